CREATE TABLE "moved_slugs" (
	"section" text NOT NULL,
	"slug" text NOT NULL,
	"page_id" integer,
	"album_id" integer,
	"document_id" integer,
	"video_id" integer,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "moved_slugs_section_slug_pk" PRIMARY KEY("section","slug")
);
--> statement-breakpoint
ALTER TABLE "moved_slugs" ADD CONSTRAINT "moved_slugs_page_id_pages_id_fk" FOREIGN KEY ("page_id") REFERENCES "public"."pages"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "moved_slugs" ADD CONSTRAINT "moved_slugs_album_id_albums_id_fk" FOREIGN KEY ("album_id") REFERENCES "public"."albums"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "moved_slugs" ADD CONSTRAINT "moved_slugs_document_id_documents_id_fk" FOREIGN KEY ("document_id") REFERENCES "public"."documents"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "moved_slugs" ADD CONSTRAINT "moved_slugs_video_id_videos_id_fk" FOREIGN KEY ("video_id") REFERENCES "public"."videos"("id") ON DELETE cascade ON UPDATE no action;