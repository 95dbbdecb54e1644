import { closeDatabase, openDatabase } from "@/db/client";
import { describeLocation } from "@/db/dialect";
import { assertMigrated } from "@/db/postgres";
import { ensureSearchIndex } from "@/db/queries/search-index";
import { ensureSiteSettings } from "@/db/queries/site-settings";
import { isDatabaseEmpty, seedDemoContent } from "@/seeds/demo";
import { env } from "@/server/env";
import { mediaStore } from "@/server/media-store";

/**
 * Migrates the SQLite database (PostgreSQL must already be: assertMigrated) and, when it is empty and the demo is wanted, fills it with demo content;
 * then makes sure the search index holds every published article (the seed writes rows directly),
 * and that the site settings exist: on a first start, SITE_SLOGAN and the root unit's name become
 * their version 1, which the admin then edits at /quan-tri/cai-dat.
 */
export async function prepareDatabase(): Promise<void> {
  await assertMigrated(env.DATABASE_LOCATION);
  const db = openDatabase(env.DATABASE_LOCATION);
  try {
    if (env.DEMO_SEED && (await isDatabaseEmpty(db))) {
      console.log(`Cơ sở dữ liệu trống: đang nạp nội dung mẫu vào ${describeLocation(env.DATABASE_LOCATION)} …`);
      await seedDemoContent(db, mediaStore());
      console.log("Đã nạp nội dung mẫu.");
    }
    if (await ensureSearchIndex(db)) console.log("Đã dựng chỉ mục tìm kiếm.");
    if (await ensureSiteSettings(db, env.SITE_SLOGAN)) console.log("Đã tạo cài đặt trang ban đầu (tên đơn vị gốc, SITE_SLOGAN): sửa tại /quan-tri/cai-dat.");
  } finally {
    await closeDatabase(db);
  }
}

if (import.meta.filename === process.argv[1]) {
  prepareDatabase().catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  });
}
