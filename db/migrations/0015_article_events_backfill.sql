-- The workflow trail starts with what the articles already say (issue 18): the last "Gửi duyệt"
-- (submitted_at), the publication (published_at), a take-down and a send-back (the last change).
-- Earlier steps were never recorded; the report's decision record says so.
INSERT INTO `article_events` (`article_id`, `action`, `actor_id`, `at`)
SELECT `id`, 'submit', `created_by`, `submitted_at` FROM `articles` WHERE `submitted_at` IS NOT NULL;
--> statement-breakpoint
INSERT INTO `article_events` (`article_id`, `action`, `actor_id`, `at`)
SELECT `id`, 'publish', `updated_by`, max(`published_at`, coalesce(`submitted_at`, 0)) FROM `articles` WHERE `status` IN ('published', 'unpublished') AND `published_at` IS NOT NULL;
--> statement-breakpoint
INSERT INTO `article_events` (`article_id`, `action`, `actor_id`, `at`)
SELECT `id`, 'unpublish', `updated_by`, `updated_at` FROM `articles` WHERE `status` = 'unpublished';
--> statement-breakpoint
INSERT INTO `article_events` (`article_id`, `action`, `actor_id`, `at`)
SELECT `id`, 'return', `updated_by`, `updated_at` FROM `articles` WHERE `status` = 'draft' AND `review_comment` <> '';
