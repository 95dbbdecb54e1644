CREATE TABLE `album_photos` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`album_id` integer NOT NULL,
	`media_id` integer NOT NULL,
	`caption` text DEFAULT '' NOT NULL,
	`credit` text DEFAULT '' NOT NULL,
	`sort_order` integer DEFAULT 0 NOT NULL,
	`created_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	FOREIGN KEY (`album_id`) REFERENCES `albums`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`media_id`) REFERENCES `media`(`id`) ON UPDATE no action ON DELETE restrict
);
--> statement-breakpoint
CREATE UNIQUE INDEX `album_photos_album_media_unique` ON `album_photos` (`album_id`,`media_id`);--> statement-breakpoint
CREATE INDEX `album_photos_album_idx` ON `album_photos` (`album_id`,`sort_order`,`id`);--> statement-breakpoint
CREATE INDEX `album_photos_media_idx` ON `album_photos` (`media_id`);--> statement-breakpoint
CREATE TABLE `albums` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`slug` text NOT NULL,
	`title` text NOT NULL,
	`description` text DEFAULT '' NOT NULL,
	`taken_on` text NOT NULL,
	`unit_id` integer,
	`cover_photo_id` integer,
	`status` text DEFAULT 'draft' NOT NULL,
	`published_at` integer,
	`created_by` integer,
	`updated_by` integer,
	`created_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	`updated_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	`version` integer DEFAULT 1 NOT NULL,
	FOREIGN KEY (`unit_id`) REFERENCES `units`(`id`) ON UPDATE no action ON DELETE set null,
	FOREIGN KEY (`created_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE set null,
	FOREIGN KEY (`updated_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE UNIQUE INDEX `albums_slug_unique` ON `albums` (`slug`);--> statement-breakpoint
CREATE INDEX `albums_public_idx` ON `albums` (`status`,`taken_on`,`id`);--> statement-breakpoint
CREATE INDEX `albums_unit_public_idx` ON `albums` (`unit_id`,`status`,`taken_on`,`id`);--> statement-breakpoint
CREATE TABLE `article_albums` (
	`article_id` integer NOT NULL,
	`album_id` integer NOT NULL,
	PRIMARY KEY(`article_id`, `album_id`),
	FOREIGN KEY (`article_id`) REFERENCES `articles`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`album_id`) REFERENCES `albums`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `article_albums_article_unique` ON `article_albums` (`article_id`);--> statement-breakpoint
CREATE INDEX `article_albums_album_idx` ON `article_albums` (`album_id`);