// `npm run restore -- <archive> [--force]`: puts a backup in place of DATABASE_PATH and the media
// store (MEDIA_DIR, or the bucket of MEDIA_STORE).
// On PostgreSQL it says how to restore in two steps: into a SQLite file, then `npm run db:copy`.
// Stop the server first. Refuses a target that holds data unless --force (the old data is set
// aside, not deleted), and checks the whole archive before anything is moved into place.
import path from "node:path";
import { parseArgs } from "node:util";
import { describeCounts } from "@/core/backup-manifest";
import { formatShortDateTime } from "@/core/vi-date";
import { env } from "@/server/env";
import { mediaStore } from "@/server/media-store";
import { restoreBackup, RestoreRefusal } from "@/server/restore-archive";

const USAGE = "Cách dùng: npm run restore -- <tệp sao lưu .tar.gz> [--force]";

function readArguments(): { archive: string; force: boolean } | null {
  try {
    const { values, positionals } = parseArgs({ allowPositionals: true, options: { force: { type: "boolean", default: false } } });
    return positionals.length === 1 && positionals[0] ? { archive: path.resolve(positionals[0]), force: values.force } : null;
  } catch {
    return null;
  }
}

async function main(): Promise<number> {
  const args = readArguments();
  if (!args) {
    console.error(USAGE);
    return 2;
  }
  if (env.DATABASE_URL) {
    // The archive holds a SQLite file: it is restored as one, then copied into PostgreSQL.
    const file = "data/khoi-phuc/ban-tin.sqlite";
    console.error(
      [
        "Trang chạy trên PostgreSQL (DATABASE_URL), còn bản sao lưu chứa một tệp SQLite. Khi máy chủ đã dừng, khôi phục theo hai bước:",
        `  env -u DATABASE_URL DATABASE_PATH=${file} npm run restore -- ${args.archive}${args.force ? " --force" : ""}`,
        `  npm run db:copy -- --from sqlite:${file} --to "$DATABASE_URL" --force`,
      ].join("\n"),
    );
    return 2;
  }
  const store = mediaStore();
  try {
    const { manifest, keptAside } = await restoreBackup(args.archive, { databasePath: env.DATABASE_PATH, store }, { force: args.force });
    console.log(`Đã khôi phục bản sao lưu tạo lúc ${formatShortDateTime(new Date(manifest.createdAt))} (giờ Việt Nam) vào ${env.DATABASE_PATH} và ${store.description}: ${describeCounts(manifest.counts)}.`);
    for (const kept of keptAside) console.log(`Dữ liệu cũ được giữ lại ở ${kept}.`);
    console.log("Hãy khởi động máy chủ: npm start.");
    return 0;
  } catch (error) {
    if (error instanceof RestoreRefusal) console.error(`Không khôi phục: ${error.message}`);
    else console.error("Khôi phục thất bại:", error);
    return 1;
  }
}

process.exitCode = await main();
