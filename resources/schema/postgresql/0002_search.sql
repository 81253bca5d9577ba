-- SPDX-License-Identifier: GPL-3.0-or-later
-- Team library, schema 2: full-text search over posts and highlights, as the SQLite library's FTS5 tables do it.
-- One tsvector per post and per highlight, kept by triggers in the same transaction as the rows they mirror. The
-- fields are tsvector weights, so title:, tag: and the like are weight filters in one tsquery:
--   post:      A title, B author, C body, D comments
--   highlight: A quote, B tag names, C note, D stances
-- The text search configuration "gloss" is "simple" (no stemming, any language) with accents folded by the
-- unaccent extension (a trusted extension: the database's owner may add it), so "recéptionist" finds
-- "receptionist" here too.

CREATE EXTENSION IF NOT EXISTS unaccent;
CREATE TEXT SEARCH CONFIGURATION gloss (COPY = simple);
ALTER TEXT SEARCH CONFIGURATION gloss ALTER MAPPING FOR asciiword, asciihword, hword_asciipart, word, hword,
    hword_part WITH unaccent, simple;

CREATE TABLE post_search (
    post_id  BIGINT PRIMARY KEY REFERENCES post(id) ON DELETE CASCADE,
    document tsvector NOT NULL
);
CREATE INDEX post_search_document ON post_search USING gin (document);

CREATE TABLE highlight_search (
    highlight_id BIGINT PRIMARY KEY REFERENCES highlight(id) ON DELETE CASCADE,
    document     tsvector NOT NULL
);
CREATE INDEX highlight_search_document ON highlight_search USING gin (document);

CREATE FUNCTION gloss_index_post(post BIGINT) RETURNS void LANGUAGE sql AS $$
    INSERT INTO post_search (post_id, document)
    SELECT p.id,
           setweight(to_tsvector('gloss', p.title), 'A') || setweight(to_tsvector('gloss', p.author), 'B')
           || setweight(to_tsvector('gloss', p.body), 'C')
           || setweight(to_tsvector('gloss', coalesce((SELECT string_agg(c.body, E'\n' ORDER BY c.position)
                                                      FROM comment c WHERE c.post_id = p.id), '')), 'D')
    FROM post p WHERE p.id = post
    ON CONFLICT (post_id) DO UPDATE SET document = excluded.document;
$$;

CREATE FUNCTION gloss_index_highlight(highlight BIGINT) RETURNS void LANGUAGE sql AS $$
    INSERT INTO highlight_search (highlight_id, document)
    SELECT h.id,
           setweight(to_tsvector('gloss', h.quote), 'A')
           || setweight(to_tsvector('gloss', coalesce((SELECT string_agg(t.name, ' ' ORDER BY ht.position)
                                                      FROM highlight_tag ht JOIN tag t ON t.id = ht.tag_id
                                                      WHERE ht.highlight_id = h.id), '')), 'B')
           || setweight(to_tsvector('gloss', h.note), 'C')
           || setweight(to_tsvector('gloss', coalesce((SELECT string_agg(ht.stance, ' ')
                                                      FROM highlight_tag ht WHERE ht.highlight_id = h.id), '')), 'D')
    FROM highlight h WHERE h.id = highlight
    ON CONFLICT (highlight_id) DO UPDATE SET document = excluded.document;
$$;

CREATE FUNCTION gloss_post_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM gloss_index_post(NEW.id);
    RETURN NULL;
END;
$$;
CREATE TRIGGER post_search_index AFTER INSERT OR UPDATE OF title, author, body ON post
    FOR EACH ROW EXECUTE FUNCTION gloss_post_changed();

CREATE FUNCTION gloss_comment_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP <> 'INSERT' THEN
        PERFORM gloss_index_post(OLD.post_id);
    END IF;
    IF TG_OP = 'INSERT' OR (TG_OP = 'UPDATE' AND NEW.post_id <> OLD.post_id) THEN
        PERFORM gloss_index_post(NEW.post_id);
    END IF;
    RETURN NULL;
END;
$$;
CREATE TRIGGER comment_search_index AFTER INSERT OR UPDATE OR DELETE ON comment
    FOR EACH ROW EXECUTE FUNCTION gloss_comment_changed();

CREATE FUNCTION gloss_highlight_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM gloss_index_highlight(NEW.id);
    RETURN NULL;
END;
$$;
CREATE TRIGGER highlight_search_index AFTER INSERT OR UPDATE OF quote, note ON highlight
    FOR EACH ROW EXECUTE FUNCTION gloss_highlight_changed();

CREATE FUNCTION gloss_highlight_tag_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP <> 'INSERT' THEN
        PERFORM gloss_index_highlight(OLD.highlight_id);
    END IF;
    IF TG_OP <> 'DELETE' THEN
        PERFORM gloss_index_highlight(NEW.highlight_id);
    END IF;
    RETURN NULL;
END;
$$;
CREATE TRIGGER highlight_tag_search_index AFTER INSERT OR UPDATE OR DELETE ON highlight_tag
    FOR EACH ROW EXECUTE FUNCTION gloss_highlight_tag_changed();

CREATE FUNCTION gloss_tag_renamed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM gloss_index_highlight(ht.highlight_id) FROM highlight_tag ht WHERE ht.tag_id = NEW.id;
    RETURN NULL;
END;
$$;
CREATE TRIGGER tag_search_rename AFTER UPDATE OF name ON tag
    FOR EACH ROW EXECUTE FUNCTION gloss_tag_renamed();

-- A library made with schema 1 gets its index now.
DO $$
BEGIN
    PERFORM gloss_index_post(id) FROM post;
    PERFORM gloss_index_highlight(id) FROM highlight;
END;
$$;
