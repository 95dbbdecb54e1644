import { openDatabase } from "@/db/client";
import { ensureSearchIndex } from "@/db/queries/search-index";
import { isDatabaseEmpty, seedDemoContent } from "@/seeds/demo";
import { env } from "@/server/env";

/**
 * Migrates the database and, when it is empty and the demo is wanted, fills it with demo content;
 * then makes sure the search index holds every published article (the seed writes rows directly).
 */
export async function prepareDatabase(): Promise<void> {
  const db = openDatabase(env.DATABASE_PATH);
  try {
    if (env.DEMO_SEED && isDatabaseEmpty(db)) {
      console.log(`Cơ sở dữ liệu trống: đang nạp nội dung mẫu vào ${env.DATABASE_PATH} …`);
      await seedDemoContent(db, env.MEDIA_DIR);
      console.log("Đã nạp nội dung mẫu.");
    }
    if (ensureSearchIndex(db)) console.log("Đã dựng chỉ mục tìm kiếm.");
  } finally {
    db.$client.close();
  }
}

if (import.meta.filename === process.argv[1]) {
  prepareDatabase().catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
}
