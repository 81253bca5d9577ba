// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

class QTextStream;

// `gloss copy --from WHERE --to WHERE [--format tsv|json] [--batch-size N]`: copies a whole library from a file or
// team library into an empty one (or continues an interrupted copy of the same source), verifies every table and
// prints per table: rows in the source and the target, checksum, whether they match. Progress goes to err: a line
// that updates itself on a terminal, else a line per table. Ctrl-C stops between two batches; the same command
// continues the copy later.
// arguments[0] names the program ("gloss copy"), the options follow.
// Returns 0 when the copy is complete and verified, 1 when it failed, was refused or interrupted, 2 on bad usage.
int runCopyCommand(const QStringList &arguments, QTextStream &out, QTextStream &err);
