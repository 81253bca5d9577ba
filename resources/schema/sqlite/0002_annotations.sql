-- SPDX-License-Identifier: GPL-3.0-or-later
-- Gloss library, schema 2: the codebook (tags as arguments), highlights with their anchors and notes, and the
-- named highlight colours.

CREATE TABLE tag (
    id          INTEGER PRIMARY KEY,
    parent_id   INTEGER REFERENCES tag(id) ON DELETE CASCADE,
    name        TEXT NOT NULL CHECK (name <> '' AND instr(name, '/') = 0),
    colour      TEXT NOT NULL,              -- #rrggbb
    description TEXT NOT NULL DEFAULT '',
    position    INTEGER NOT NULL DEFAULT 0
);
-- Sibling names are unique; top-level tags (parent NULL) too.
CREATE UNIQUE INDEX tag_sibling_name ON tag (ifnull(parent_id, 0), name);

CREATE TABLE highlight_colour (
    id       INTEGER PRIMARY KEY,
    name     TEXT NOT NULL,
    colour   TEXT NOT NULL UNIQUE,          -- #rrggbb
    meaning  TEXT NOT NULL DEFAULT '',      -- what the reader uses it for; editable
    position INTEGER NOT NULL
);

CREATE TABLE highlight (
    id           INTEGER PRIMARY KEY,
    post_id      INTEGER NOT NULL REFERENCES post(id) ON DELETE CASCADE,
    quote        TEXT NOT NULL,
    prefix       TEXT NOT NULL DEFAULT '',
    suffix       TEXT NOT NULL DEFAULT '',
    start_offset INTEGER NOT NULL,          -- in the post's anchor text; -1 when orphaned
    end_offset   INTEGER NOT NULL,
    orphaned     INTEGER NOT NULL DEFAULT 0 CHECK (orphaned IN (0, 1)),
    colour       TEXT,                      -- #rrggbb; NULL: the first tag's colour
    style        TEXT NOT NULL DEFAULT 'background'
                 CHECK (style IN ('background', 'underline', 'strikethrough')),
    note         TEXT NOT NULL DEFAULT '',  -- Markdown source
    created_at   TEXT NOT NULL,             -- ISO 8601, UTC
    modified_at  TEXT NOT NULL
);
CREATE INDEX highlight_post ON highlight (post_id, start_offset);

CREATE TABLE highlight_tag (
    highlight_id INTEGER NOT NULL REFERENCES highlight(id) ON DELETE CASCADE,
    tag_id       INTEGER NOT NULL REFERENCES tag(id) ON DELETE CASCADE,
    stance       TEXT NOT NULL DEFAULT 'supports' CHECK (stance IN ('supports', 'challenges', 'example')),
    position     INTEGER NOT NULL,
    PRIMARY KEY (highlight_id, tag_id)
);
CREATE INDEX highlight_tag_tag ON highlight_tag (tag_id);
