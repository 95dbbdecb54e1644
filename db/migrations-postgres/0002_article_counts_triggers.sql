-- Keeps article_counts in step with articles inside the writing transaction, whoever writes (the
-- editor, the seeds, db:copy, tests): the same semantics as SQLite's migration 0006. A row is
-- counted when it is published with a publish time, scheduled or not; readers subtract the
-- scheduled-not-yet-due rows. One function serves the three triggers.
CREATE FUNCTION article_counts_apply() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  old_counted boolean := false;
  new_counted boolean := false;
  same_listings boolean := false;
BEGIN
  -- OLD is unset on INSERT and NEW on DELETE, so each is read only when the operation has it.
  IF TG_OP IN ('UPDATE', 'DELETE') THEN
    old_counted := OLD.status = 'published' AND OLD.published_at IS NOT NULL;
  END IF;
  IF TG_OP IN ('UPDATE', 'INSERT') THEN
    new_counted := NEW.status = 'published' AND NEW.published_at IS NOT NULL;
  END IF;
  IF TG_OP = 'UPDATE' THEN
    same_listings := NEW.category_id = OLD.category_id AND NEW.unit_id = OLD.unit_id;
  END IF;
  -- An update that keeps a counted article in the same listings (an edit of the publish time, a
  -- re-save) touches no count; one that moves it leaves the old listings and joins the new ones.
  IF old_counted AND NOT (new_counted AND same_listings) THEN
    UPDATE article_counts SET published = published - 1
    WHERE (scope = 'all' AND scope_id = 0)
       OR (scope = 'category' AND scope_id = OLD.category_id)
       OR (scope = 'unit' AND scope_id = OLD.unit_id);
  END IF;
  IF new_counted AND NOT (old_counted AND same_listings) THEN
    INSERT INTO article_counts (scope, scope_id, published)
    VALUES ('all', 0, 1), ('category', NEW.category_id, 1), ('unit', NEW.unit_id, 1)
    ON CONFLICT (scope, scope_id) DO UPDATE SET published = article_counts.published + 1;
  END IF;
  RETURN NULL;
END;
$$;
--> statement-breakpoint
CREATE TRIGGER article_counts_after_insert AFTER INSERT ON articles
FOR EACH ROW EXECUTE FUNCTION article_counts_apply();
--> statement-breakpoint
CREATE TRIGGER article_counts_after_delete AFTER DELETE ON articles
FOR EACH ROW EXECUTE FUNCTION article_counts_apply();
--> statement-breakpoint
-- Saves that name none of the four columns (most autosaves, every view count) fire nothing.
CREATE TRIGGER article_counts_after_update AFTER UPDATE OF status, published_at, category_id, unit_id ON articles
FOR EACH ROW EXECUTE FUNCTION article_counts_apply();
--> statement-breakpoint
-- A database that already holds articles starts with their counts (a fresh one has none).
INSERT INTO article_counts (scope, scope_id, published)
SELECT 'all', 0, count(*) FROM articles WHERE status = 'published' AND published_at IS NOT NULL
UNION ALL
SELECT 'category', category_id, count(*) FROM articles WHERE status = 'published' AND published_at IS NOT NULL GROUP BY category_id
UNION ALL
SELECT 'unit', unit_id, count(*) FROM articles WHERE status = 'published' AND published_at IS NOT NULL GROUP BY unit_id;
