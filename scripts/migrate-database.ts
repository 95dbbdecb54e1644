// `npm run db:migrate`: brings the configured database up to this version's migrations. Needed
// for PostgreSQL before a server starts (several instances share it; an advisory lock lets two
// that run this at once take turns); a SQLite file is also migrated by every start.
import { closeDatabase, openDatabase } from "@/db/client";
import { describeLocation, isPostgresUrl } from "@/db/dialect";
import { migratePostgres, pendingPostgresMigrations } from "@/db/postgres";
import { env } from "@/server/env";

const location = env.DATABASE_LOCATION;
try {
  if (isPostgresUrl(location)) {
    const pending = await pendingPostgresMigrations(location);
    await migratePostgres(location);
    console.log(pending > 0 ? `Đã áp dụng ${pending} bước chuyển đổi cho ${describeLocation(location)}.` : `${describeLocation(location)} đã ở phiên bản mới nhất.`);
  } else {
    await closeDatabase(openDatabase(location));
    console.log(`Đã cập nhật ${describeLocation(location)}.`);
  }
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
}
