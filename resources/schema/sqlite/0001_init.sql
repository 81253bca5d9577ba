-- SPDX-License-Identifier: GPL-3.0-or-later
-- Gloss library, schema 1: posts, their categories and comments, and library-wide settings.
-- Dates are ISO 8601 text (date, or date and time when the post gave one); NULL when unknown.

CREATE TABLE library_meta (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
);

CREATE TABLE post (
    id            INTEGER PRIMARY KEY,
    source        TEXT NOT NULL UNIQUE,      -- identity: "bundled:NAME", a file path, a feed GUID
    title         TEXT NOT NULL,
    title_derived INTEGER NOT NULL DEFAULT 0 CHECK (title_derived IN (0, 1)),
    published     TEXT,
    author        TEXT NOT NULL DEFAULT '',
    body          TEXT NOT NULL,             -- paragraphs, one per line
    word_count    INTEGER NOT NULL,
    metadata      TEXT NOT NULL DEFAULT '{}', -- JSON object: what the blog's boilerplate told
    original_text TEXT NOT NULL,
    content_hash  TEXT NOT NULL,             -- SHA-256 of original_text
    imported_at   TEXT NOT NULL
);

CREATE TABLE category (
    id   INTEGER PRIMARY KEY,
    name TEXT NOT NULL UNIQUE
);

CREATE TABLE post_category (
    post_id     INTEGER NOT NULL REFERENCES post(id) ON DELETE CASCADE,
    category_id INTEGER NOT NULL REFERENCES category(id) ON DELETE CASCADE,
    position    INTEGER NOT NULL,
    PRIMARY KEY (post_id, category_id)
);

CREATE TABLE comment (
    id        INTEGER PRIMARY KEY,
    post_id   INTEGER NOT NULL REFERENCES post(id) ON DELETE CASCADE,
    position  INTEGER NOT NULL,
    kind      TEXT NOT NULL CHECK (kind IN ('comment', 'trackback')),
    author    TEXT NOT NULL DEFAULT '',
    published TEXT,
    body      TEXT NOT NULL,                 -- paragraphs, one per line
    UNIQUE (post_id, position)
);
CREATE INDEX comment_post ON comment(post_id);
