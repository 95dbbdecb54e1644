// An article's photos as both dialects compute them in the generated column articles.photo_count:
// its cover and each <img> of its body (the sanitiser keeps only our own <img> tags, so counting
// the tag counts the photos). length and replace mean the same on SQLite and PostgreSQL.
import { sql } from "drizzle-orm";

export const articlePhotoCount = sql.raw(
  "(case when cover_media_id is not null then 1 else 0 end) + (length(body_html) - length(replace(body_html, '<img', ''))) / 4",
);
