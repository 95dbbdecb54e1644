DROP INDEX "article_events_article_idx";--> statement-breakpoint
DROP INDEX "articles_public_idx";--> statement-breakpoint
ALTER TABLE "articles" ADD COLUMN "photo_count" integer GENERATED ALWAYS AS ((case when cover_media_id is not null then 1 else 0 end) + (length(body_html) - length(replace(body_html, '<img', ''))) / 4) STORED;--> statement-breakpoint
CREATE INDEX "article_events_article_idx" ON "article_events" USING btree ("article_id","action","at");--> statement-breakpoint
CREATE INDEX "articles_public_idx" ON "articles" USING btree ("status","published_at","id","unit_id","created_by","photo_count");