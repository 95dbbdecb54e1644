-- The workflow trail starts with what the articles already say (issue 18); see the SQLite
-- migration 0015_article_events_backfill for the reasoning.
INSERT INTO "article_events" ("article_id", "action", "actor_id", "at")
SELECT "id", 'submit', "created_by", "submitted_at" FROM "articles" WHERE "submitted_at" IS NOT NULL;
--> statement-breakpoint
INSERT INTO "article_events" ("article_id", "action", "actor_id", "at")
SELECT "id", 'publish', "updated_by", greatest("published_at", "submitted_at") FROM "articles" WHERE "status" IN ('published', 'unpublished') AND "published_at" IS NOT NULL;
--> statement-breakpoint
INSERT INTO "article_events" ("article_id", "action", "actor_id", "at")
SELECT "id", 'unpublish', "updated_by", "updated_at" FROM "articles" WHERE "status" = 'unpublished';
--> statement-breakpoint
INSERT INTO "article_events" ("article_id", "action", "actor_id", "at")
SELECT "id", 'return', "updated_by", "updated_at" FROM "articles" WHERE "status" = 'draft' AND "review_comment" <> '';
