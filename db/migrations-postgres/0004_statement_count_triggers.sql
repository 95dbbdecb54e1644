-- Inserts and deletes now keep article_counts per statement, not per row: a bulk insert (the
-- bench seed, db:copy, an import) of 100,000 articles updated the same three count rows 100,000
-- times each inside one transaction, and every update walked the chain of that row's earlier
-- versions, which no vacuum can prune until the transaction ends (minutes instead of seconds). A
-- statement-level trigger sees the statement's rows as a transition table and adds each listing's
-- count once. Updates stay per row (0002): a column list, which keeps autosaves and view counts
-- from firing anything, cannot be combined with transition tables, and updates come one article
-- at a time.
DROP TRIGGER article_counts_after_insert ON articles;
--> statement-breakpoint
DROP TRIGGER article_counts_after_delete ON articles;
--> statement-breakpoint
CREATE FUNCTION article_counts_apply_statement() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    INSERT INTO article_counts (scope, scope_id, published)
    SELECT scope, scope_id, n FROM (
      SELECT 'all' AS scope, 0 AS scope_id, count(*) AS n FROM changed_rows WHERE status = 'published' AND published_at IS NOT NULL
      UNION ALL
      SELECT 'category', category_id, count(*) FROM changed_rows WHERE status = 'published' AND published_at IS NOT NULL GROUP BY category_id
      UNION ALL
      SELECT 'unit', unit_id, count(*) FROM changed_rows WHERE status = 'published' AND published_at IS NOT NULL GROUP BY unit_id
    ) AS added WHERE n > 0
    ON CONFLICT (scope, scope_id) DO UPDATE SET published = article_counts.published + excluded.published;
  ELSE
    UPDATE article_counts SET published = article_counts.published - removed.n
    FROM (
      SELECT 'all' AS scope, 0 AS scope_id, count(*) AS n FROM changed_rows WHERE status = 'published' AND published_at IS NOT NULL
      UNION ALL
      SELECT 'category', category_id, count(*) FROM changed_rows WHERE status = 'published' AND published_at IS NOT NULL GROUP BY category_id
      UNION ALL
      SELECT 'unit', unit_id, count(*) FROM changed_rows WHERE status = 'published' AND published_at IS NOT NULL GROUP BY unit_id
    ) AS removed
    WHERE removed.n > 0 AND article_counts.scope = removed.scope AND article_counts.scope_id = removed.scope_id;
  END IF;
  RETURN NULL;
END;
$$;
--> statement-breakpoint
CREATE TRIGGER article_counts_after_insert AFTER INSERT ON articles
REFERENCING NEW TABLE AS changed_rows
FOR EACH STATEMENT EXECUTE FUNCTION article_counts_apply_statement();
--> statement-breakpoint
CREATE TRIGGER article_counts_after_delete AFTER DELETE ON articles
REFERENCING OLD TABLE AS changed_rows
FOR EACH STATEMENT EXECUTE FUNCTION article_counts_apply_statement();
