# SPDX-License-Identifier: GPL-3.0-or-later
# Shared by scripts/setup, scripts/run, scripts/test and scripts/bench. Sourced, never run.
#
# Gloss needs Qt >= 6.5 and KF6 SyntaxHighlighting. Where the host has them, everything runs natively. On older
# Debian hosts (Debian 12 ships Qt 6.4 and no KF6) a Debian 13 build root is made with debootstrap from the host's
# own apt mirror, and every build or run is entered through a private mount namespace, so nothing stays mounted.
#
# All progress goes to stderr: stdout belongs to Gloss.

GLOSS_SRC=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
GLOSS_SUITE=${GLOSS_SUITE:-trixie}
# Packages of the build root. Changing this list makes a new root (its hash is in the folder name).
GLOSS_ROOT_PACKAGES=(
  g++ cmake ninja-build pkgconf
  qt6-base-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools libqt6sql6-sqlite libqt6sql6-psql
  libkf6syntaxhighlighting-dev libkf6texttemplate-dev libsqlite3-dev libgl-dev
  libgumbo-dev libqt6svg6 qt6-translations-l10n mandoc
  xvfb xauth fonts-dejavu-core desktop-file-utils appstream
  clang libclang-rt-19-dev gdb postgresql
)

_gloss_t0=$(date +%s)
log() { printf 'gloss: %s\n' "$*" >&2; }
die() { printf 'gloss: error: %s\n' "$*" >&2; exit 1; }
# step NAME CMD…: runs CMD with its output on stderr and reports how long it took.
step() {
  local name=$1; shift
  local t=$(date +%s)
  log "$name…"
  "$@" >&2 || die "$name failed (exit $?)"
  log "$name: done in $(( $(date +%s) - t )) s"
}

# True when the host itself can build Gloss: Qt >= 6.5 and KF6SyntaxHighlighting CMake packages are installed.
host_has_toolchain() {
  [ "${GLOSS_FORCE_BUILDROOT:-0}" = 1 ] && return 1
  command -v cmake >/dev/null && command -v ninja >/dev/null || return 1
  local f v
  f=$(ls /usr/lib/*/cmake/Qt6Core/Qt6CoreConfigVersion.cmake /usr/lib*/cmake/Qt6Core/Qt6CoreConfigVersion.cmake \
        2>/dev/null | head -n1)
  [ -n "$f" ] || return 1
  v=$(sed -n 's/.*set(PACKAGE_VERSION "\([0-9.]*\)").*/\1/p' "$f" | head -n1)
  [ -n "$v" ] || return 1
  [ "$(printf '%s\n6.5.0\n' "$v" | sort -V | head -n1)" = 6.5.0 ] || return 1
  ls /usr/lib/*/cmake/KF6SyntaxHighlighting/KF6SyntaxHighlightingConfig.cmake \
     /usr/lib*/cmake/KF6SyntaxHighlighting/KF6SyntaxHighlightingConfig.cmake >/dev/null 2>&1 || return 1
  # The test build (dev preset) is clang with ASan, UBSan and libFuzzer.
  command -v clang++ >/dev/null || return 1
  [ -f "$(clang++ -print-file-name="libclang_rt.fuzzer-$(uname -m).a")" ]
}

# The Debian mirror the host's apt already uses: deb822 "URIs:" first, then one-line "deb" entries.
host_debian_mirror() {
  local uri
  uri=$(cat /etc/apt/sources.list.d/*.sources 2>/dev/null \
        | awk 'tolower($1)=="uris:" { for (i = 2; i <= NF; i++) print $i }' \
        | grep -E '/debian/?$' | head -n1)
  if [ -z "$uri" ]; then
    uri=$(cat /etc/apt/sources.list /etc/apt/sources.list.d/*.list 2>/dev/null \
          | awk '$1=="deb" { for (i = 2; i <= NF; i++) if ($i ~ /^[a-z+]+:\/\//) { print $i; break } }' \
          | grep -E '/debian/?$' | head -n1)
  fi
  printf '%s' "${uri%/}"
}

buildroot_dir() {
  local hash
  hash=$(printf '%s\n' "$GLOSS_SUITE" "${GLOSS_ROOT_PACKAGES[@]}" | sha256sum | cut -c1-12)
  printf '%s/gloss/buildroot-%s' "${XDG_CACHE_HOME:-$HOME/.cache}" "$hash"
}

# Runs a command inside the build root in a private mount namespace. The checkout, $HOME and /tmp appear at the
# same paths, so build trees, data files and X11 sockets are shared with the host; the mounts vanish with the command.
in_buildroot() {
  local root; root=$(buildroot_dir)
  local binds=("$GLOSS_SRC" "$HOME" /tmp)
  [ -n "${XAUTHORITY:-}" ] && [ -f "$XAUTHORITY" ] && binds+=("$XAUTHORITY")
  [ -n "${GLOSS_EXTRA_BINDS:-}" ] && binds+=($GLOSS_EXTRA_BINDS)
  unshare --mount --fork /bin/bash -c "$_gloss_enter" gloss-enter "$root" "$PWD" "${binds[@]}" -- "$@"
}
# The part of in_buildroot that runs inside the new mount namespace: mounts, then chroot with the same cwd.
_gloss_enter='
set -e
root=$1; cwd=$2; shift 2
binds=()
while [ "$1" != -- ]; do binds+=("$1"); shift; done
shift
mount --make-rprivate /
mount -t proc proc "$root/proc"
mount --rbind /dev "$root/dev"
mount --rbind /sys "$root/sys"
for b in "${binds[@]}"; do
  [ -e "$b" ] || continue
  if [ -d "$b" ]; then mkdir -p "$root$b"; else mkdir -p "$root$(dirname "$b")"; touch "$root$b"; fi
  mount --bind "$b" "$root$b"
done
cp -L /etc/resolv.conf "$root/etc/resolv.conf" 2>/dev/null || true
exec chroot "$root" /usr/bin/env -C "$cwd" "$@"
'

make_buildroot() {
  local root; root=$(buildroot_dir)
  [ -f "$root/.gloss-ready" ] && return 0
  [ "$(id -u)" = 0 ] || die "Qt >= 6.5 and KF6 SyntaxHighlighting are not installed, and making a Debian 13 build
root needs root. Either install them (Debian 13: apt-get install qt6-base-dev qt6-tools-dev qt6-l10n-tools
libqt6sql6-sqlite libkf6syntaxhighlighting-dev libkf6texttemplate-dev cmake ninja-build g++), or run this once as root."
  command -v apt-get >/dev/null || die "no apt-get: install Qt >= 6.5 and KF6 SyntaxHighlighting with your package manager"
  mkdir -p "$(dirname "$root")"
  exec 9>"$root.lock"
  log "waiting for the build-root lock ($root.lock)"
  flock 9
  if [ -f "$root/.gloss-ready" ]; then exec 9>&-; return 0; fi
  local mirror; mirror=$(host_debian_mirror)
  [ -n "$mirror" ] || die "cannot find a Debian mirror in /etc/apt/sources.list or /etc/apt/sources.list.d/"
  log "making a Debian $GLOSS_SUITE build root in $root from $mirror"
  if ! command -v debootstrap >/dev/null; then
    step "apt-get update" apt-get update -qq
    step "installing debootstrap" env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq debootstrap
  fi
  # A root without its stamp is a leftover of an interrupted run: start it again.
  rm -rf "$root"
  step "debootstrap $GLOSS_SUITE" debootstrap --variant=minbase "$GLOSS_SUITE" "$root" "$mirror"
  # Packages must not start services (PostgreSQL's would) in a root that is only entered to build and test.
  printf '#!/bin/sh\nexit 101\n' > "$root/usr/sbin/policy-rc.d"
  chmod +x "$root/usr/sbin/policy-rc.d"
  step "apt-get update (build root)" in_buildroot apt-get update -qq
  step "installing ${#GLOSS_ROOT_PACKAGES[@]} packages (build root)" in_buildroot env DEBIAN_FRONTEND=noninteractive \
    apt-get install -y -qq --no-install-recommends "${GLOSS_ROOT_PACKAGES[@]}"
  in_buildroot apt-get clean >&2
  date -u +%FT%TZ > "$root/.gloss-ready"
  exec 9>&-
  log "build root ready"
}

# gloss_exec CMD…: runs CMD where Gloss builds: on the host or in the build root.
gloss_exec() {
  if [ "$GLOSS_MODE" = native ]; then "$@"; else in_buildroot "$@"; fi
}

ensure_toolchain() {
  if host_has_toolchain; then
    GLOSS_MODE=native
  else
    GLOSS_MODE=buildroot
    make_buildroot
  fi
  export GLOSS_MODE
}

# ensure_built PRESET [TARGET…]: configures once, then builds incrementally. Output on stderr.
ensure_built() {
  local preset=$1; shift
  local dir="$GLOSS_SRC/build/$preset"
  if [ ! -f "$dir/build.ninja" ]; then
    step "configuring ($preset)" gloss_exec cmake --preset "$preset" -S "$GLOSS_SRC"
  fi
  local t=$(date +%s)
  gloss_exec cmake --build "$dir" "${@/#/--target=}" >&2 || die "build failed"
  log "build ($preset): $(( $(date +%s) - t )) s"
}

# start_test_postgres: starts a throw-away PostgreSQL server for the store tests' second backend and exports
# GLOSS_TEST_POSTGRES (its URL) and PGPASSWORD: initdb in a temporary folder, a random password, the loopback
# interface only, a free port, no fsync. stop_test_postgres stops it and removes the folder. Without PostgreSQL
# (or without a user other than root to run it), it says so and the server-backend tests skip themselves.
start_test_postgres() {
  local bin; bin=$(gloss_exec sh -c 'ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n1')
  if [ -z "$bin" ]; then
    log "PostgreSQL is not installed: the store tests run on SQLite only"
    return 0
  fi
  local as=()
  if [ "$(id -u)" = 0 ]; then
    if ! gloss_exec id postgres >/dev/null 2>&1; then
      log "no 'postgres' user to run the test server: the store tests run on SQLite only"
      return 0
    fi
    as=(runuser -u postgres --)
  fi
  GLOSS_PG_DIR=$(mktemp -d /tmp/gloss-pg.XXXXXX)
  local password; password=$(od -An -N16 -tx1 /dev/urandom | tr -d ' \n')
  printf '%s\n' "$password" > "$GLOSS_PG_DIR/password"
  [ ${#as[@]} -gt 0 ] && gloss_exec chown -R postgres "$GLOSS_PG_DIR"
  if ! gloss_exec "${as[@]}" "$bin/initdb" -D "$GLOSS_PG_DIR/data" -U gloss --pwfile="$GLOSS_PG_DIR/password" \
       -A scram-sha-256 --no-sync --encoding=UTF8 --locale=C.UTF-8 >"$GLOSS_PG_DIR/initdb.log" 2>&1; then
    log "initdb failed (see $GLOSS_PG_DIR/initdb.log): the store tests run on SQLite only"
    return 0
  fi
  local port tries
  for tries in 1 2 3 4 5; do
    port=$(( 20000 + $(od -An -N2 -tu2 /dev/urandom | tr -d ' ') % 40000 ))
    (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null && continue # taken
    # The server outlives this command's mount namespace: it keeps it alive until pg_ctl stops it.
    if gloss_exec "${as[@]}" "$bin/pg_ctl" -D "$GLOSS_PG_DIR/data" -l "$GLOSS_PG_DIR/server.log" -w -t 30 \
         -o "-p $port -c listen_addresses=127.0.0.1 -k $GLOSS_PG_DIR -c fsync=off -c synchronous_commit=off \
             -c full_page_writes=off" start >/dev/null 2>&1; then
      export GLOSS_TEST_POSTGRES="postgresql://gloss@127.0.0.1:$port/postgres" PGPASSWORD="$password"
      GLOSS_PG_BIN=$bin GLOSS_PG_AS="${as[*]}"
      log "PostgreSQL test server on 127.0.0.1:$port"
      return 0
    fi
  done
  log "the PostgreSQL test server did not start (see $GLOSS_PG_DIR/server.log): the store tests run on SQLite only"
}

stop_test_postgres() {
  [ -n "${GLOSS_PG_DIR:-}" ] || return 0
  if [ -n "${GLOSS_TEST_POSTGRES:-}" ]; then
    # shellcheck disable=SC2086 # GLOSS_PG_AS is a command prefix
    gloss_exec $GLOSS_PG_AS "$GLOSS_PG_BIN/pg_ctl" -D "$GLOSS_PG_DIR/data" -m immediate stop >/dev/null 2>&1 || true
  fi
  rm -rf "$GLOSS_PG_DIR"
  unset GLOSS_PG_DIR GLOSS_TEST_POSTGRES PGPASSWORD
}
