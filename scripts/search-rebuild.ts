// `npm run search:rebuild`: fills the search index again from the articles table (after a restore
// from backup, an import done by hand in SQL, or a change to how text is normalised).
import { closeDatabase, openDatabase } from "@/db/client";
import { rebuildSearchIndex } from "@/db/queries/search-index";
import { env } from "@/server/env";

const db = openDatabase(env.DATABASE_LOCATION);
try {
  const count = await rebuildSearchIndex(db);
  console.log(`Đã dựng lại chỉ mục tìm kiếm: ${count} bài đã xuất bản hoặc hẹn giờ.`);
} finally {
  await closeDatabase(db);
}
