CREATE TABLE `legacy_items` (
	`source` text NOT NULL,
	`kind` text NOT NULL,
	`old_key` text NOT NULL,
	`new_id` integer NOT NULL,
	`fingerprint` text DEFAULT '' NOT NULL,
	`imported_at` integer NOT NULL,
	PRIMARY KEY(`source`, `kind`, `old_key`)
);
--> statement-breakpoint
CREATE TABLE `legacy_redirects` (
	`key` text PRIMARY KEY NOT NULL,
	`article_id` integer,
	`category_id` integer,
	`unit_id` integer,
	`created_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	FOREIGN KEY (`article_id`) REFERENCES `articles`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`category_id`) REFERENCES `categories`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`unit_id`) REFERENCES `units`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `legacy_redirects_article_idx` ON `legacy_redirects` (`article_id`);