-- SPDX-License-Identifier: GPL-3.0-or-later
-- Gloss library, schema 4: pages of an argument's highlights come straight from an index, without sorting the
-- whole group; counts per tag and stance read the index alone. It covers what highlight_tag_tag did.

CREATE INDEX highlight_tag_tag_highlight ON highlight_tag (tag_id, highlight_id, stance);
DROP INDEX highlight_tag_tag;
