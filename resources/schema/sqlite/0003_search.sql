-- SPDX-License-Identifier: GPL-3.0-or-later
-- Gloss library, schema 3: full-text search over posts and highlights (FTS5).
-- The index is kept by triggers, so it changes in the same transaction as the rows it mirrors and no store has to
-- remember it. Both tables keep their own copy of the text, which snippet() needs.
-- Diacritics are folded ("recéptionist" finds "receptionist").

-- One row per post, rowid = post.id. The comments of a post share one column so that every word of a query can
-- match anywhere in the post: title, byline, body or comments.
CREATE VIRTUAL TABLE post_search USING fts5 (
    title, author, body, comments,
    tokenize = "unicode61 remove_diacritics 2"
);

-- One row per highlight, rowid = highlight.id. tags holds the names of its tags, stances their stances
-- (supports, challenges, example), so tag: and stance: are column filters in the one MATCH.
CREATE VIRTUAL TABLE highlight_search USING fts5 (
    quote, note, tags, stances,
    tokenize = "unicode61 remove_diacritics 2"
);

-- Posts. Comments are written after their post, so a new post starts with none.
CREATE TRIGGER post_search_insert AFTER INSERT ON post
BEGIN
    INSERT INTO post_search (rowid, title, author, body, comments)
    VALUES (new.id, new.title, new.author, new.body, '');
END;

CREATE TRIGGER post_search_delete AFTER DELETE ON post
BEGIN
    DELETE FROM post_search WHERE rowid = old.id;
END;

CREATE TRIGGER post_search_update AFTER UPDATE OF id, title, author, body ON post
WHEN old.id IS NOT new.id OR old.title IS NOT new.title OR old.author IS NOT new.author
     OR old.body IS NOT new.body
BEGIN
    DELETE FROM post_search WHERE rowid = old.id;
    INSERT INTO post_search (rowid, title, author, body, comments)
    VALUES (new.id, new.title, new.author, new.body,
            ifnull((SELECT group_concat(body, char(10)) FROM (SELECT body FROM comment
                    WHERE post_id = new.id ORDER BY position)), ''));
END;

-- Comments: the post's comments column is rebuilt in comment order.
CREATE TRIGGER comment_search_insert AFTER INSERT ON comment
BEGIN
    UPDATE post_search
    SET comments = ifnull((SELECT group_concat(body, char(10)) FROM (SELECT body FROM comment
                           WHERE post_id = new.post_id ORDER BY position)), '')
    WHERE rowid = new.post_id;
END;

CREATE TRIGGER comment_search_delete AFTER DELETE ON comment
BEGIN
    UPDATE post_search
    SET comments = ifnull((SELECT group_concat(body, char(10)) FROM (SELECT body FROM comment
                           WHERE post_id = old.post_id ORDER BY position)), '')
    WHERE rowid = old.post_id;
END;

CREATE TRIGGER comment_search_update AFTER UPDATE OF post_id, position, body ON comment
BEGIN
    UPDATE post_search
    SET comments = ifnull((SELECT group_concat(body, char(10)) FROM (SELECT body FROM comment
                           WHERE post_id = old.post_id ORDER BY position)), '')
    WHERE rowid = old.post_id;
    UPDATE post_search
    SET comments = ifnull((SELECT group_concat(body, char(10)) FROM (SELECT body FROM comment
                           WHERE post_id = new.post_id ORDER BY position)), '')
    WHERE rowid = new.post_id;
END;

-- Highlights. Tags are written after their highlight (and rewritten on every update), so highlight_tag's own
-- triggers keep tags and stances current. A change of colour or offsets alone leaves the index be.
CREATE TRIGGER highlight_search_insert AFTER INSERT ON highlight
BEGIN
    INSERT INTO highlight_search (rowid, quote, note, tags, stances)
    VALUES (new.id, new.quote, new.note,
            ifnull((SELECT group_concat(t.name, char(10)) FROM highlight_tag ht JOIN tag t ON t.id = ht.tag_id
                    WHERE ht.highlight_id = new.id), ''),
            ifnull((SELECT group_concat(DISTINCT stance) FROM highlight_tag WHERE highlight_id = new.id), ''));
END;

CREATE TRIGGER highlight_search_delete AFTER DELETE ON highlight
BEGIN
    DELETE FROM highlight_search WHERE rowid = old.id;
END;

CREATE TRIGGER highlight_search_update AFTER UPDATE OF id, quote, note ON highlight
WHEN old.id IS NOT new.id OR old.quote IS NOT new.quote OR old.note IS NOT new.note
BEGIN
    DELETE FROM highlight_search WHERE rowid = old.id;
    INSERT INTO highlight_search (rowid, quote, note, tags, stances)
    VALUES (new.id, new.quote, new.note,
            ifnull((SELECT group_concat(t.name, char(10)) FROM highlight_tag ht JOIN tag t ON t.id = ht.tag_id
                    WHERE ht.highlight_id = new.id), ''),
            ifnull((SELECT group_concat(DISTINCT stance) FROM highlight_tag WHERE highlight_id = new.id), ''));
END;

CREATE TRIGGER highlight_tag_search_insert AFTER INSERT ON highlight_tag
BEGIN
    UPDATE highlight_search
    SET tags = ifnull((SELECT group_concat(t.name, char(10)) FROM highlight_tag ht JOIN tag t ON t.id = ht.tag_id
                       WHERE ht.highlight_id = new.highlight_id), ''),
        stances = ifnull((SELECT group_concat(DISTINCT stance) FROM highlight_tag
                          WHERE highlight_id = new.highlight_id), '')
    WHERE rowid = new.highlight_id;
END;

CREATE TRIGGER highlight_tag_search_delete AFTER DELETE ON highlight_tag
BEGIN
    UPDATE highlight_search
    SET tags = ifnull((SELECT group_concat(t.name, char(10)) FROM highlight_tag ht JOIN tag t ON t.id = ht.tag_id
                       WHERE ht.highlight_id = old.highlight_id), ''),
        stances = ifnull((SELECT group_concat(DISTINCT stance) FROM highlight_tag
                          WHERE highlight_id = old.highlight_id), '')
    WHERE rowid = old.highlight_id;
END;

CREATE TRIGGER highlight_tag_search_update AFTER UPDATE OF highlight_id, tag_id, stance ON highlight_tag
BEGIN
    UPDATE highlight_search
    SET tags = ifnull((SELECT group_concat(t.name, char(10)) FROM highlight_tag ht JOIN tag t ON t.id = ht.tag_id
                       WHERE ht.highlight_id = old.highlight_id), ''),
        stances = ifnull((SELECT group_concat(DISTINCT stance) FROM highlight_tag
                          WHERE highlight_id = old.highlight_id), '')
    WHERE rowid = old.highlight_id;
    UPDATE highlight_search
    SET tags = ifnull((SELECT group_concat(t.name, char(10)) FROM highlight_tag ht JOIN tag t ON t.id = ht.tag_id
                       WHERE ht.highlight_id = new.highlight_id), ''),
        stances = ifnull((SELECT group_concat(DISTINCT stance) FROM highlight_tag
                          WHERE highlight_id = new.highlight_id), '')
    WHERE rowid = new.highlight_id;
END;

-- A renamed tag: every highlight carrying it gets the new name (merging tags re-points highlight_tag, above).
CREATE TRIGGER tag_search_rename AFTER UPDATE OF name ON tag
WHEN old.name IS NOT new.name
BEGIN
    UPDATE highlight_search
    SET tags = ifnull((SELECT group_concat(t.name, char(10)) FROM highlight_tag ht JOIN tag t ON t.id = ht.tag_id
                       WHERE ht.highlight_id = highlight_search.rowid), '')
    WHERE rowid IN (SELECT highlight_id FROM highlight_tag WHERE tag_id = new.id);
END;

-- A library from schema 2 brings its posts and highlights along.
INSERT INTO post_search (rowid, title, author, body, comments)
SELECT p.id, p.title, p.author, p.body,
       ifnull((SELECT group_concat(body, char(10)) FROM (SELECT body FROM comment
               WHERE post_id = p.id ORDER BY position)), '')
FROM post p;

INSERT INTO highlight_search (rowid, quote, note, tags, stances)
SELECT h.id, h.quote, h.note,
       ifnull((SELECT group_concat(t.name, char(10)) FROM highlight_tag ht JOIN tag t ON t.id = ht.tag_id
               WHERE ht.highlight_id = h.id), ''),
       ifnull((SELECT group_concat(DISTINCT stance) FROM highlight_tag WHERE highlight_id = h.id), '')
FROM highlight h;
