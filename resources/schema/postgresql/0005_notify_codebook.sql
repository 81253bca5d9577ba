-- SPDX-License-Identifier: GPL-3.0-or-later
-- Team library, schema 5: a notification on channel gloss_codebook whenever a teammate adds, renames, recolours,
-- moves or deletes an argument, or changes what a highlight colour means. Once per statement; PostgreSQL folds
-- the identical notifications of one transaction into one, sent at commit. LibraryWatcher turns it into a reload
-- of the codebook in teammates' open windows.

CREATE FUNCTION gloss_notify_codebook() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM pg_notify('gloss_codebook', '');
    RETURN NULL;
END;
$$;
CREATE TRIGGER tag_notify AFTER INSERT OR UPDATE OR DELETE ON tag
    FOR EACH STATEMENT EXECUTE FUNCTION gloss_notify_codebook();
CREATE TRIGGER highlight_colour_notify AFTER INSERT OR UPDATE OR DELETE ON highlight_colour
    FOR EACH STATEMENT EXECUTE FUNCTION gloss_notify_codebook();
