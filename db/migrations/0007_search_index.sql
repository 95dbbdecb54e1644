-- Full-text index of published articles (db/queries/search-index.ts keeps it in step; rowid = articles.id).
-- article_search holds text normalised by core/search-text.ts (lower case, đ → d, no tone marks), so a
-- query typed with or without marks finds the same articles.
CREATE VIRTUAL TABLE `article_search` USING fts5(title, summary, body, tokenize = 'unicode61 remove_diacritics 2');
--> statement-breakpoint
-- The same text lower-cased with its marks kept: an exact spelling ("đường", not "dương") ranks first.
CREATE VIRTUAL TABLE `article_search_exact` USING fts5(title, summary, body, tokenize = 'unicode61 remove_diacritics 0');
