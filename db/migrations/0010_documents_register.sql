CREATE TABLE `article_documents` (
	`article_id` integer NOT NULL,
	`document_id` integer NOT NULL,
	`sort_order` integer DEFAULT 0 NOT NULL,
	PRIMARY KEY(`article_id`, `document_id`),
	FOREIGN KEY (`article_id`) REFERENCES `articles`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`document_id`) REFERENCES `documents`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `article_documents_document_idx` ON `article_documents` (`document_id`);--> statement-breakpoint
CREATE TABLE `document_files` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`document_id` integer NOT NULL,
	`storage_key` text NOT NULL,
	`file_name` text NOT NULL,
	`kind` text NOT NULL,
	`size_bytes` integer NOT NULL,
	`preview_key` text,
	`sort_order` integer DEFAULT 0 NOT NULL,
	`download_count` integer DEFAULT 0 NOT NULL,
	`uploaded_by` integer,
	`created_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	FOREIGN KEY (`document_id`) REFERENCES `documents`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`uploaded_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE UNIQUE INDEX `document_files_storage_key_unique` ON `document_files` (`storage_key`);--> statement-breakpoint
CREATE INDEX `document_files_document_idx` ON `document_files` (`document_id`,`sort_order`);--> statement-breakpoint
CREATE TABLE `document_forms` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`name` text NOT NULL,
	`sort_order` integer DEFAULT 0 NOT NULL,
	`created_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `document_forms_name_unique` ON `document_forms` (`name`);--> statement-breakpoint
CREATE TABLE `document_issuers` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`name` text NOT NULL,
	`unit_id` integer,
	`sort_order` integer DEFAULT 0 NOT NULL,
	`created_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	FOREIGN KEY (`unit_id`) REFERENCES `units`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE UNIQUE INDEX `document_issuers_name_unique` ON `document_issuers` (`name`);--> statement-breakpoint
CREATE UNIQUE INDEX `document_issuers_unit_unique` ON `document_issuers` (`unit_id`);--> statement-breakpoint
CREATE TABLE `documents` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`slug` text NOT NULL,
	`form_id` integer NOT NULL,
	`issuer_id` integer NOT NULL,
	`number` text DEFAULT '' NOT NULL,
	`number_key` text DEFAULT '' NOT NULL,
	`issued_on` text NOT NULL,
	`in_force_on` text,
	`ceases_on` text,
	`signer` text DEFAULT '' NOT NULL,
	`abstract` text NOT NULL,
	`field` text DEFAULT '' NOT NULL,
	`legal_status` text DEFAULT 'in-force' NOT NULL,
	`search_text` text DEFAULT '' NOT NULL,
	`status` text DEFAULT 'draft' NOT NULL,
	`published_at` integer,
	`created_by` integer,
	`updated_by` integer,
	`created_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	`updated_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	`version` integer DEFAULT 1 NOT NULL,
	FOREIGN KEY (`form_id`) REFERENCES `document_forms`(`id`) ON UPDATE no action ON DELETE restrict,
	FOREIGN KEY (`issuer_id`) REFERENCES `document_issuers`(`id`) ON UPDATE no action ON DELETE restrict,
	FOREIGN KEY (`created_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE set null,
	FOREIGN KEY (`updated_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE UNIQUE INDEX `documents_slug_unique` ON `documents` (`slug`);--> statement-breakpoint
CREATE INDEX `documents_public_idx` ON `documents` (`status`,`issued_on`,`id`);--> statement-breakpoint
CREATE INDEX `documents_form_public_idx` ON `documents` (`form_id`,`status`,`issued_on`,`id`);--> statement-breakpoint
CREATE INDEX `documents_issuer_public_idx` ON `documents` (`issuer_id`,`status`,`issued_on`,`id`);--> statement-breakpoint
CREATE INDEX `documents_number_idx` ON `documents` (`number_key`,`form_id`);--> statement-breakpoint
-- A new register starts with the usual forms of a union's documents; admins edit the list.
INSERT INTO "document_forms" ("name", "sort_order") VALUES ('Nghị quyết', 1), ('Quyết định', 2), ('Chỉ thị', 3), ('Kế hoạch', 4), ('Chương trình', 5), ('Hướng dẫn', 6), ('Công văn', 7), ('Thông báo', 8), ('Báo cáo', 9);
