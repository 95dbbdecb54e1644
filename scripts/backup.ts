// `npm run backup`: one archive of the database, the media and a manifest into BACKUP_DIR, while
// the site goes on serving; then only the newest BACKUP_KEEP are kept. What it does and why:
// server/backup-archive.ts.
import fs from "node:fs";
import { parseArgs } from "node:util";
import { describeCounts } from "@/core/backup-manifest";
import { formatFileSize } from "@/core/vi-number";
import { closeDatabase, openDatabase } from "@/db/client";
import { backupSettings, takeBackup } from "@/server/backup-commands";
import { env } from "@/server/env";

async function main(): Promise<number> {
  try {
    parseArgs({ options: {} });
  } catch {
    console.error("Cách dùng: npm run backup (thư mục đích là BACKUP_DIR, giữ BACKUP_KEEP bản mới nhất).");
    return 2;
  }
  // openDatabase would make an empty database here, and back that up.
  if (!env.DATABASE_URL && !fs.existsSync(env.DATABASE_PATH)) {
    console.error(`Không tìm thấy cơ sở dữ liệu ở ${env.DATABASE_PATH}. Hãy đặt DATABASE_PATH trỏ tới tệp của trang.`);
    return 1;
  }
  const db = openDatabase(env.DATABASE_LOCATION);
  try {
    const taken = await takeBackup(db, backupSettings(env), "command", { id: null, name: "Dòng lệnh (npm run backup)" });
    console.log(`Đã sao lưu vào ${taken.file} (${formatFileSize(taken.sizeBytes)}): ${describeCounts(taken.manifest.counts)}.`);
    if (taken.pruned.length) console.log(`Giữ ${env.BACKUP_KEEP} bản mới nhất; đã xóa: ${taken.pruned.join(", ")}.`);
    return 0;
  } catch (error) {
    console.error(`Chưa sao lưu được: ${error instanceof Error ? error.message : String(error)}`);
    return 1;
  } finally {
    await closeDatabase(db);
  }
}

process.exitCode = await main();
