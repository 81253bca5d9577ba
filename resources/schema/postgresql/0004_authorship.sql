-- SPDX-License-Identifier: GPL-3.0-or-later
-- Team library, schema 4: the authorship and versions of the SQLite library's schema 6 (same columns, same
-- meanings). The author is the account the teammate signed in with.

ALTER TABLE highlight ADD COLUMN created_by TEXT NOT NULL DEFAULT '';
ALTER TABLE highlight ADD COLUMN modified_by TEXT NOT NULL DEFAULT '';
ALTER TABLE highlight ADD COLUMN version INTEGER NOT NULL DEFAULT 1 CHECK (version > 0);
CREATE INDEX highlight_created_by ON highlight (created_by);

ALTER TABLE tag ADD COLUMN created_by TEXT NOT NULL DEFAULT '';
ALTER TABLE tag ADD COLUMN modified_by TEXT NOT NULL DEFAULT '';
ALTER TABLE tag ADD COLUMN modified_at TEXT NOT NULL DEFAULT '';
