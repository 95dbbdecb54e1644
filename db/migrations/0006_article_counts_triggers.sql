-- Keeps article_counts in step with articles inside the writing transaction, whoever writes
-- (the editor, the seeds, the bulk generator, tests). A row is counted when it is published
-- with a publish time, scheduled or not; readers subtract the scheduled-not-yet-due rows.
CREATE TRIGGER `article_counts_after_insert` AFTER INSERT ON `articles`
WHEN NEW.`status` = 'published' AND NEW.`published_at` IS NOT NULL
BEGIN
  INSERT INTO `article_counts` (`scope`, `scope_id`, `published`)
  VALUES ('all', 0, 1), ('category', NEW.`category_id`, 1), ('unit', NEW.`unit_id`, 1)
  ON CONFLICT (`scope`, `scope_id`) DO UPDATE SET `published` = `published` + 1;
END;
--> statement-breakpoint
CREATE TRIGGER `article_counts_after_delete` AFTER DELETE ON `articles`
WHEN OLD.`status` = 'published' AND OLD.`published_at` IS NOT NULL
BEGIN
  UPDATE `article_counts` SET `published` = `published` - 1
  WHERE (`scope` = 'all' AND `scope_id` = 0)
     OR (`scope` = 'category' AND `scope_id` = OLD.`category_id`)
     OR (`scope` = 'unit' AND `scope_id` = OLD.`unit_id`);
END;
--> statement-breakpoint
-- An update moves the article out of its old listings and into its new ones; saves that change
-- none of the four columns (most autosaves, every view count) touch no count.
CREATE TRIGGER `article_counts_after_update_old` AFTER UPDATE OF `status`, `published_at`, `category_id`, `unit_id` ON `articles`
WHEN OLD.`status` = 'published' AND OLD.`published_at` IS NOT NULL
  AND NOT (NEW.`status` = 'published' AND NEW.`published_at` IS NOT NULL
           AND NEW.`category_id` = OLD.`category_id` AND NEW.`unit_id` = OLD.`unit_id`)
BEGIN
  UPDATE `article_counts` SET `published` = `published` - 1
  WHERE (`scope` = 'all' AND `scope_id` = 0)
     OR (`scope` = 'category' AND `scope_id` = OLD.`category_id`)
     OR (`scope` = 'unit' AND `scope_id` = OLD.`unit_id`);
END;
--> statement-breakpoint
CREATE TRIGGER `article_counts_after_update_new` AFTER UPDATE OF `status`, `published_at`, `category_id`, `unit_id` ON `articles`
WHEN NEW.`status` = 'published' AND NEW.`published_at` IS NOT NULL
  AND NOT (OLD.`status` = 'published' AND OLD.`published_at` IS NOT NULL
           AND NEW.`category_id` = OLD.`category_id` AND NEW.`unit_id` = OLD.`unit_id`)
BEGIN
  INSERT INTO `article_counts` (`scope`, `scope_id`, `published`)
  VALUES ('all', 0, 1), ('category', NEW.`category_id`, 1), ('unit', NEW.`unit_id`, 1)
  ON CONFLICT (`scope`, `scope_id`) DO UPDATE SET `published` = `published` + 1;
END;
--> statement-breakpoint
INSERT INTO `article_counts` (`scope`, `scope_id`, `published`)
SELECT 'all', 0, count(*) FROM `articles` WHERE `status` = 'published' AND `published_at` IS NOT NULL
UNION ALL
SELECT 'category', `category_id`, count(*) FROM `articles` WHERE `status` = 'published' AND `published_at` IS NOT NULL GROUP BY `category_id`
UNION ALL
SELECT 'unit', `unit_id`, count(*) FROM `articles` WHERE `status` = 'published' AND `published_at` IS NOT NULL GROUP BY `unit_id`;
