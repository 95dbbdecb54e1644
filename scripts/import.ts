// `npm run import -- joomla|nukeviet --mysql URL [options]`: brings an old portal's archive into
// Bản tin (issue 17). See IMPORT_USAGE for the options, README "Nhập từ cổng cũ" for the steps:
// a dry run, the mapping file edited, the real run, and later --media-only if the text came first.
// Exit status: 0 done, 2 a mistake in what was asked (nothing written), 130 stopped by Ctrl+C
// (run it again to go on), 1 anything else.
import fs from "node:fs/promises";
import path from "node:path";
import { LegacySourceError, type LegacyReader } from "@/core/legacy-import";
import { reportSummary } from "@/core/legacy-report";
import { progressLine } from "@/core/progress-line";
import { closeDatabase, enlargeWriteCache, openDatabase, type Database } from "@/db/client";
import { isPostgresUrl } from "@/db/dialect";
import { migratePostgres } from "@/db/postgres";
import { env } from "@/server/env";
import { mediaStore } from "@/server/media-store";
import { parseImportArguments, type ImportArguments } from "@/server/legacy-import/import-arguments";
import { preparedHere, preparedOnWorker } from "@/server/legacy-import/article-preparer";
import { photosMadeOnWorker } from "@/server/legacy-import/photo-maker";
import { LegacyImportError, runImport, storesPhotos } from "@/server/legacy-import/import-run";
import { openJoomlaSource } from "@/server/legacy-import/joomla-source";
import { openNukeVietSource } from "@/server/legacy-import/nukeviet-source";
import { requestSiteRefresh } from "@/server/site-refresh-request";

async function readMapping(args: ImportArguments): Promise<string | null> {
  const text = await fs.readFile(args.mapPath, "utf8").catch((error: NodeJS.ErrnoException) => {
    if (error.code === "ENOENT") return null;
    throw new LegacyImportError(`Không đọc được tệp ánh xạ ${args.mapPath}: ${error.message}`);
  });
  if (text === null && args.mapGiven && !args.dryRun) throw new LegacyImportError(`Không có tệp ánh xạ ${args.mapPath}. Chạy với --dry-run trước để có tệp đề xuất.`);
  return text;
}

function openSource(args: ImportArguments): Promise<LegacyReader> {
  return args.source === "joomla"
    ? openJoomlaSource(args.mysqlUrl, { prefix: args.prefix })
    : openNukeVietSource(args.mysqlUrl, { prefix: args.prefix, lang: args.lang, moduleData: args.moduleData });
}

function progressPrinter(): { update: (done: number, total: number) => void; end: () => void } {
  if (!process.stderr.isTTY) return { update: () => undefined, end: () => undefined };
  const started = Date.now();
  let drawn = 0;
  return {
    update(done, total) {
      if (Date.now() - drawn < 200 && done < total) return;
      drawn = Date.now();
      process.stderr.write(`\r${progressLine(done, total, Date.now() - started)}\x1b[K`);
    },
    end: () => process.stderr.write("\n"),
  };
}

// npm runs a script in the project's folder; the files named on the command line are where the
// person typed it (npm's INIT_CWD).
const typedIn = process.env.INIT_CWD ?? process.cwd();
const fromTypedIn = (file: string) => path.resolve(typedIn, file);

async function main(): Promise<number> {
  const parsed = parseImportArguments(process.argv.slice(2));
  if (!parsed.ok) {
    console.error(parsed.message);
    return 2;
  }
  const args: ImportArguments = {
    ...parsed.args,
    mapPath: fromTypedIn(parsed.args.mapPath),
    reportPath: fromTypedIn(parsed.args.reportPath),
    mediaRoot: parsed.args.mediaRoot === null ? null : fromTypedIn(parsed.args.mediaRoot),
  };
  let stopping = false;
  process.on("SIGINT", () => {
    if (stopping) process.exit(130);
    stopping = true;
    console.error("\nĐang dừng sau các bài đã đọc… (nhấn Ctrl+C lần nữa để dừng ngay)");
  });

  const reader = await openSource(args);
  // Text alone: the articles are prepared on a worker thread while this one writes. With photos to
  // make, the photos take both cores, on a worker thread of their own (server/legacy-import/photo-maker.ts),
  // and the articles are prepared here.
  const photos = storesPhotos(args);
  const preparer = photos ? preparedHere : preparedOnWorker();
  const photoMaker = photos ? photosMadeOnWorker() : undefined;
  let db: Database | null = null;
  const progress = progressPrinter();
  try {
    const location = env.DATABASE_LOCATION;
    if (isPostgresUrl(location)) await migratePostgres(location);
    db = openDatabase(location);
    // 100,000 articles of text: 215 s with SQLite's default page cache, 159 s with 64 MB. With
    // photos, the photos set the pace, and the 64 MB would only add to the peak memory.
    if (!photos) enlargeWriteCache(db, 64);
    const mappingText = await readMapping(args);
    console.error(`${args.dryRun ? "Chạy thử" : "Nhập"} từ ${reader.description}${mappingText === null ? " (ánh xạ chuyên mục đoán từ tên)" : ` theo ${args.mapPath}`}…`);
    const { report, mapping } = await runImport(db, reader, {
      dryRun: args.dryRun,
      mappingText,
      mediaRoot: args.mediaRoot,
      withMedia: args.withMedia,
      mediaOnly: args.mediaOnly,
      withAccounts: args.withAccounts,
      oldBaseUrl: args.oldBaseUrl,
      importer: args.importer,
      store: mediaStore(),
      onProgress: progress.update,
      shouldStop: () => stopping,
      preparer,
      photos: photoMaker,
    });
    progress.end();
    await fs.writeFile(args.reportPath, `${JSON.stringify(report, null, 2)}\n`);
    if (args.dryRun && mappingText === null) {
      await fs.writeFile(args.mapPath, `${JSON.stringify(mapping, null, 2)}\n`);
      console.log(`Đã ghi tệp ánh xạ đề xuất: ${args.mapPath}. Sửa nếu cần, rồi chạy lại không có --dry-run, với --map ${args.mapPath}.`);
    }
    console.log(reportSummary(report));
    console.log(`Báo cáo đầy đủ: ${args.reportPath}`);
    if (!args.dryRun) {
      const refreshed = await requestSiteRefresh(args.siteUrl ?? `http://127.0.0.1:${env.PORT}`);
      if (refreshed === "refreshed") console.log("Đã làm mới các trang công khai của trang đang chạy.");
      else if (refreshed !== "not-running") console.error(`Chưa làm mới được trang đang chạy (${refreshed}): các trang sẽ tự cập nhật trong vòng một giờ, hoặc khởi động lại.`);
    }
    return report.interrupted ? 130 : 0;
  } finally {
    await preparer.close();
    await photoMaker?.close();
    await reader.close();
    if (db) await closeDatabase(db);
  }
}

try {
  process.exitCode = await main();
} catch (error) {
  if (error instanceof LegacySourceError || error instanceof LegacyImportError) {
    console.error(error.message);
    process.exitCode = 2;
  } else {
    console.error("Lần nhập dừng vì một lỗi không lường trước; những bài đã ghi vẫn còn, chạy lại để nhập tiếp.");
    console.error(error);
    process.exitCode = 1;
  }
}
