CREATE TABLE "legacy_items" (
	"source" text NOT NULL,
	"kind" text NOT NULL,
	"old_key" text NOT NULL,
	"new_id" integer NOT NULL,
	"fingerprint" text DEFAULT '' NOT NULL,
	"imported_at" timestamp (3) with time zone NOT NULL,
	CONSTRAINT "legacy_items_source_kind_old_key_pk" PRIMARY KEY("source","kind","old_key")
);
--> statement-breakpoint
CREATE TABLE "legacy_redirects" (
	"key" text PRIMARY KEY NOT NULL,
	"article_id" integer,
	"category_id" integer,
	"unit_id" integer,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "legacy_redirects" ADD CONSTRAINT "legacy_redirects_article_id_articles_id_fk" FOREIGN KEY ("article_id") REFERENCES "public"."articles"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "legacy_redirects" ADD CONSTRAINT "legacy_redirects_category_id_categories_id_fk" FOREIGN KEY ("category_id") REFERENCES "public"."categories"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "legacy_redirects" ADD CONSTRAINT "legacy_redirects_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "legacy_redirects_article_idx" ON "legacy_redirects" USING btree ("article_id");