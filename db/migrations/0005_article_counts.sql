CREATE TABLE `article_counts` (
	`scope` text NOT NULL,
	`scope_id` integer NOT NULL,
	`published` integer DEFAULT 0 NOT NULL,
	PRIMARY KEY(`scope`, `scope_id`)
);
