CREATE TABLE `article_revisions` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`article_id` integer NOT NULL,
	`version` integer NOT NULL,
	`title` text NOT NULL,
	`slug` text NOT NULL,
	`summary` text NOT NULL,
	`body_html` text NOT NULL,
	`cover_media_id` integer,
	`cover_caption` text NOT NULL,
	`byline` text NOT NULL,
	`unit_id` integer NOT NULL,
	`category_id` integer NOT NULL,
	`series_id` integer,
	`series_part` integer,
	`published_at` integer,
	`kind` text NOT NULL,
	`saved_by` integer,
	`saved_at` integer NOT NULL,
	FOREIGN KEY (`article_id`) REFERENCES `articles`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`cover_media_id`) REFERENCES `media`(`id`) ON UPDATE no action ON DELETE set null,
	FOREIGN KEY (`saved_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE INDEX `article_revisions_article_idx` ON `article_revisions` (`article_id`,`saved_at`);--> statement-breakpoint
CREATE TABLE `article_slug_redirects` (
	`slug` text PRIMARY KEY NOT NULL,
	`article_id` integer NOT NULL,
	`created_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	FOREIGN KEY (`article_id`) REFERENCES `articles`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
ALTER TABLE `articles` ADD `submitted_at` integer;--> statement-breakpoint
ALTER TABLE `articles` ADD `review_comment` text DEFAULT '' NOT NULL;--> statement-breakpoint
CREATE INDEX `articles_workspace_idx` ON `articles` (`status`,`updated_at`);--> statement-breakpoint
CREATE INDEX `articles_author_idx` ON `articles` (`created_by`,`updated_at`);--> statement-breakpoint
ALTER TABLE `users` ADD `session_version` integer DEFAULT 1 NOT NULL;--> statement-breakpoint
ALTER TABLE `users` ADD `must_change_password` integer DEFAULT false NOT NULL;