-- SPDX-License-Identifier: GPL-3.0-or-later
-- Gloss library, schema 5.
--
-- The document list reads a covering index: title, date and author sit around the post's text in the row (and the
-- word count after it), so listing 10,000 posts from the table read every page of their text.
CREATE INDEX post_summary ON post (id, title, title_derived, published, author, word_count);

-- An import finds a post with the same content under another source without reading the table.
CREATE INDEX post_content_hash ON post (content_hash);

-- New posts are indexed for search once per transaction instead of once per post. FTS5 writes its pending terms
-- to disk at every savepoint, and SQLite opens one for each statement of a transaction, so a trigger per inserted
-- post made one small index segment per post (and the merging of them) -- half the time of a large import.
-- The insert trigger now only notes the post; PostStore indexes the noted posts in one statement at the end of
-- the outermost transaction (Database::runBeforeCommit), with their comments. Until then the comment and update
-- triggers leave a noted post alone: its row does not exist in post_search yet.
CREATE TABLE post_search_pending (
    post_id INTEGER PRIMARY KEY
);

DROP TRIGGER post_search_insert;
CREATE TRIGGER post_search_insert AFTER INSERT ON post
BEGIN
    INSERT OR IGNORE INTO post_search_pending (post_id) VALUES (new.id);
END;

DROP TRIGGER post_search_delete;
CREATE TRIGGER post_search_delete AFTER DELETE ON post
BEGIN
    DELETE FROM post_search_pending WHERE post_id = old.id;
    DELETE FROM post_search WHERE rowid = old.id;
END;

DROP TRIGGER post_search_update;
CREATE TRIGGER post_search_update AFTER UPDATE OF id, title, author, body ON post
WHEN (old.id IS NOT new.id OR old.title IS NOT new.title OR old.author IS NOT new.author
      OR old.body IS NOT new.body)
     AND NOT EXISTS (SELECT 1 FROM post_search_pending WHERE post_id IN (old.id, new.id))
BEGIN
    DELETE FROM post_search WHERE rowid = old.id;
    INSERT INTO post_search (rowid, title, author, body, comments)
    VALUES (new.id, new.title, new.author, new.body,
            ifnull((SELECT group_concat(body, char(10)) FROM (SELECT body FROM comment
                    WHERE post_id = new.id ORDER BY position)), ''));
END;

DROP TRIGGER comment_search_insert;
CREATE TRIGGER comment_search_insert AFTER INSERT ON comment
WHEN NOT EXISTS (SELECT 1 FROM post_search_pending WHERE post_id = new.post_id)
BEGIN
    UPDATE post_search
    SET comments = ifnull((SELECT group_concat(body, char(10)) FROM (SELECT body FROM comment
                           WHERE post_id = new.post_id ORDER BY position)), '')
    WHERE rowid = new.post_id;
END;

DROP TRIGGER comment_search_delete;
CREATE TRIGGER comment_search_delete AFTER DELETE ON comment
WHEN NOT EXISTS (SELECT 1 FROM post_search_pending WHERE post_id = old.post_id)
BEGIN
    UPDATE post_search
    SET comments = ifnull((SELECT group_concat(body, char(10)) FROM (SELECT body FROM comment
                           WHERE post_id = old.post_id ORDER BY position)), '')
    WHERE rowid = old.post_id;
END;

DROP TRIGGER comment_search_update;
CREATE TRIGGER comment_search_update AFTER UPDATE OF post_id, position, body ON comment
BEGIN
    UPDATE post_search
    SET comments = ifnull((SELECT group_concat(body, char(10)) FROM (SELECT body FROM comment
                           WHERE post_id = old.post_id ORDER BY position)), '')
    WHERE rowid = old.post_id AND NOT EXISTS (SELECT 1 FROM post_search_pending WHERE post_id = old.post_id);
    UPDATE post_search
    SET comments = ifnull((SELECT group_concat(body, char(10)) FROM (SELECT body FROM comment
                           WHERE post_id = new.post_id ORDER BY position)), '')
    WHERE rowid = new.post_id AND NOT EXISTS (SELECT 1 FROM post_search_pending WHERE post_id = new.post_id);
END;
