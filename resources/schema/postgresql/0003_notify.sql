-- SPDX-License-Identifier: GPL-3.0-or-later
-- Team library, schema 3: a notification on channel gloss_highlights, its payload the post's id, whenever a
-- highlight of that post or one of its taggings is added, changed or removed. PostgreSQL sends it when the
-- transaction commits, once per post however many rows changed; LibraryWatcher turns it into a refresh of the
-- open windows of teammates.

CREATE FUNCTION gloss_notify_highlight() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP <> 'INSERT' THEN
        PERFORM pg_notify('gloss_highlights', OLD.post_id::text);
    END IF;
    IF TG_OP <> 'DELETE' THEN
        PERFORM pg_notify('gloss_highlights', NEW.post_id::text);
    END IF;
    RETURN NULL;
END;
$$;
CREATE TRIGGER highlight_notify AFTER INSERT OR UPDATE OR DELETE ON highlight
    FOR EACH ROW EXECUTE FUNCTION gloss_notify_highlight();

-- A tagging names its highlight only; a highlight deleted with its taggings has notified above.
CREATE FUNCTION gloss_notify_highlight_tag() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM pg_notify('gloss_highlights', h.post_id::text)
    FROM highlight h
    WHERE h.id IN (CASE WHEN TG_OP = 'INSERT' THEN NULL ELSE OLD.highlight_id END,
                   CASE WHEN TG_OP = 'DELETE' THEN NULL ELSE NEW.highlight_id END);
    RETURN NULL;
END;
$$;
CREATE TRIGGER highlight_tag_notify AFTER INSERT OR UPDATE OR DELETE ON highlight_tag
    FOR EACH ROW EXECUTE FUNCTION gloss_notify_highlight_tag();
