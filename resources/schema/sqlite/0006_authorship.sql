-- SPDX-License-Identifier: GPL-3.0-or-later
-- Gloss library, schema 6: who made each highlight and each argument of the codebook, who changed it last, and a
-- version per highlight. A write names the version it read and fails when the row has moved on, so two people
-- (or two windows) editing one note never overwrite each other unseen. Rows from before have no known author ('').

ALTER TABLE highlight ADD COLUMN created_by TEXT NOT NULL DEFAULT '';
ALTER TABLE highlight ADD COLUMN modified_by TEXT NOT NULL DEFAULT '';
ALTER TABLE highlight ADD COLUMN version INTEGER NOT NULL DEFAULT 1 CHECK (version > 0);
-- The list of authors to filter by, without reading every highlight.
CREATE INDEX highlight_created_by ON highlight (created_by);

ALTER TABLE tag ADD COLUMN created_by TEXT NOT NULL DEFAULT '';
ALTER TABLE tag ADD COLUMN modified_by TEXT NOT NULL DEFAULT '';
-- ISO 8601, UTC; '' when unknown.
ALTER TABLE tag ADD COLUMN modified_at TEXT NOT NULL DEFAULT '';
