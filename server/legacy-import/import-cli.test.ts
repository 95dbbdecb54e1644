// `npm run import` as a person runs it (issue 17): the real command in a child process, against
// the real MariaDB and a SQLite file of its own. A mistake says what is wrong, exits with status 2
// and writes nothing; a dry run writes the proposed mapping and the report.
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import BetterSqlite3 from "better-sqlite3";
import mysql from "mysql2/promise";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { closeDatabase, openDatabase } from "@/db/client";
import { insertUnit, insertUser } from "@/db/test-database";
import { joomlaOldHost } from "@/tests/fixtures/legacy-joomla";
import { createJoomlaDatabase, createNukeVietDatabase, loadJoomlaFixture, writeLegacyMedia } from "@/tests/legacy-portals";
import { runImport } from "./import-run";
import { openJoomlaSource } from "./joomla-source";
import { localMediaStore } from "@/server/media-store-local";

const JOOMLA_DB = `cli_joomla_${process.pid}`;
const NUKEVIET_DB = `cli_nukeviet_${process.pid}`;
const adminUrl = inject("legacyAdminUrl");
const readBase = inject("legacyReadUrl");
let work: string;
let joomlaMedia: string;

beforeAll(async () => {
  work = fs.mkdtempSync(path.join(os.tmpdir(), "ban-tin-import-cli-"));
  joomlaMedia = path.join(work, "images");
  await writeLegacyMedia(joomlaMedia, "joomla");
  await createJoomlaDatabase(adminUrl, JOOMLA_DB);
  await loadJoomlaFixture(adminUrl, JOOMLA_DB);
  await createNukeVietDatabase(adminUrl, NUKEVIET_DB);
}, 180_000);

afterAll(async () => {
  const connection = await mysql.createConnection(adminUrl);
  await connection.query(`DROP DATABASE IF EXISTS \`${JOOMLA_DB}\``);
  await connection.query(`DROP DATABASE IF EXISTS \`${NUKEVIET_DB}\``);
  await connection.end();
  fs.rmSync(work, { recursive: true, force: true });
});

const { DATABASE_URL: _postgres, ...withoutDatabaseUrl } = process.env;

function runImportCommand(args: string[], name: string) {
  const dir = path.join(work, name);
  fs.mkdirSync(dir, { recursive: true });
  const result = spawnSync(process.execPath, [path.resolve("node_modules/tsx/dist/cli.mjs"), path.resolve("scripts/import.ts"), ...args], {
    // As `npm run import` runs it: in the project's folder, the person's own folder in INIT_CWD.
    cwd: process.cwd(),
    encoding: "utf8",
    timeout: 120_000,
    env: { ...withoutDatabaseUrl, INIT_CWD: dir, DATABASE_PATH: path.join(dir, "ban-tin.sqlite"), MEDIA_DIR: path.join(dir, "media"), PORT: "1" },
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr, dir, databaseWritten: fs.existsSync(path.join(dir, "ban-tin.sqlite")) };
}

const withPassword = (password: string, database: string) => {
  const url = new URL(`${readBase}/${database}`);
  url.password = password;
  return url.toString();
};

describe("npm run import", () => {
  it.each([
    ["a wrong password", () => ["joomla", "--mysql", withPassword("sai-mat-khau", JOOMLA_DB)], /^Sai tên đăng nhập hoặc mật khẩu MySQL/],
    ["a host that does not answer", () => ["joomla", "--mysql", `mysql://legacy:legacy@127.0.0.1:1/${JOOMLA_DB}`], /^Không kết nối được máy chủ MySQL\/MariaDB 127\.0\.0\.1:1 \(ECONNREFUSED\)/],
    ["a database that is not Joomla", () => ["joomla", "--mysql", `${readBase}/${NUKEVIET_DB}`], /^Không phải cơ sở dữ liệu Joomla 3.*thiếu bảng jos_content/],
    ["an option it does not know", () => ["joomla", "--mysql", `${readBase}/${JOOMLA_DB}`, "--khong-co"], /^Không hiểu tùy chọn --khong-co\./],
  ])("refuses %s with a clear message, exit status 2, and writes nothing", (_, args, message) => {
    const run = runImportCommand(args(), `sai-${Math.random().toString(36).slice(2)}`);
    expect(run.status, run.stderr).toBe(2);
    expect(run.stderr).toMatch(message);
    expect(run.stderr).not.toMatch(/\n\s+at /);
    expect(run.databaseWritten).toBe(false);
  });

  it("a dry run writes the proposed mapping and the report, and imports nothing; a mapping with an unknown category is refused", async () => {
    // The site as a union has it before the import: its units and an admin.
    const dir = path.join(work, "chay-thu");
    fs.mkdirSync(dir, { recursive: true });
    const site = openDatabase(path.join(dir, "ban-tin.sqlite"));
    await insertUnit(site, { name: "Liên đoàn Lao động tỉnh Lạng Sơn", slug: "ldld-tinh" });
    await insertUser(site, { role: "admin" });
    await closeDatabase(site);

    const dry = runImportCommand(["joomla", "--mysql", `${readBase}/${JOOMLA_DB}`, "--dry-run", "--no-media"], "chay-thu");
    expect(dry.status, dry.stderr).toBe(0);
    expect(dry.stdout).toContain("Chạy thử (không ghi gì)");
    expect(dry.stdout).toContain("Bài đã đọc: 14 · sẽ nhập: 11 · sẽ cập nhật: 0 · không đổi: 0 · bỏ qua: 3");
    const mapping = JSON.parse(fs.readFileSync(path.join(dry.dir, "import-mapping.json"), "utf8")) as { source: string; categories: { oldId: number }[] };
    expect(mapping.source).toBe("joomla");
    expect(mapping.categories.map((entry) => entry.oldId)).toEqual([2, 8, 9, 10, 11, 12]);
    const report = JSON.parse(fs.readFileSync(path.join(dry.dir, "import-report.json"), "utf8")) as { dryRun: boolean; counts: { imported: number } };
    expect(report).toMatchObject({ dryRun: true, counts: { imported: 11 } });

    mapping.categories.push({ ...mapping.categories[0], oldId: 404 } as { oldId: number });
    fs.writeFileSync(path.join(dry.dir, "sua.json"), JSON.stringify(mapping));
    const refused = runImportCommand(["joomla", "--mysql", `${readBase}/${JOOMLA_DB}`, "--map", "sua.json", "--no-media"], "chay-thu");
    expect(refused.status, refused.stderr).toBe(2);
    expect(refused.stderr).toContain("Chuyên mục cũ số 404");
  });

  it("imports the text alone (--no-media) with its articles prepared on a worker thread, exactly as an import prepared on its own thread", async () => {
    await emptySite("chu-tren-luong-rieng");
    const run = runImportCommand(["joomla", "--mysql", `${readBase}/${JOOMLA_DB}`, "--no-media"], "chu-tren-luong-rieng");
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout).toContain("nhập mới: 11");

    await importHere("chu-tai-cho", { mediaRoot: null, withMedia: false });

    const fromWorker = textOf(siteFile("chu-tren-luong-rieng"));
    expect(fromWorker.articles).toHaveLength(11);
    expect(fromWorker.search.length).toBeGreaterThan(5);
    expect(fromWorker.revisions.every((revision) => (revision as { kind: string }).kind === "import")).toBe(true);
    expect(fromWorker).toEqual(textOf(siteFile("chu-tai-cho")));
  });

  it("imports the photos made on a worker thread of their own, the same files and rows as photos made on the import's thread", async () => {
    await emptySite("anh-tren-luong-rieng");
    const run = runImportCommand(["joomla", "--mysql", `${readBase}/${JOOMLA_DB}`, "--media-root", joomlaMedia, "--old-base-url", joomlaOldHost], "anh-tren-luong-rieng");
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout).toContain("nhập mới: 11");

    await importHere("anh-tai-cho", { mediaRoot: joomlaMedia, withMedia: true });

    const fromWorker = photosOf("anh-tren-luong-rieng");
    expect(fromWorker.media.length).toBeGreaterThan(3);
    expect(fromWorker.files.length).toBeGreaterThan(fromWorker.media.length * 3);
    expect(fromWorker).toEqual(photosOf("anh-tai-cho"));
  });
});

const siteFile = (name: string) => path.join(work, name, "ban-tin.sqlite");

/** A Bản tin site as a union has it before the import, in its own folder: a unit and an admin. */
async function emptySite(name: string) {
  fs.mkdirSync(path.join(work, name), { recursive: true });
  const db = openDatabase(siteFile(name));
  await insertUnit(db, { name: "Liên đoàn Lao động tỉnh Lạng Sơn", slug: "ldld-tinh" });
  await insertUser(db, { role: "admin" });
  return db;
}

/** The same import as the command's, run on this thread (runImport's defaults: preparation and photos here). */
async function importHere(name: string, media: { mediaRoot: string | null; withMedia: boolean }) {
  const db = await emptySite(name);
  const reader = await openJoomlaSource(`${readBase}/${JOOMLA_DB}`, { prefix: "jos_" });
  try {
    const options = { dryRun: false, mappingText: null, mediaOnly: false, withAccounts: false, oldBaseUrl: joomlaOldHost, importer: null, ...media };
    await runImport(db, reader, { ...options, store: localMediaStore(path.join(work, name, "media")) });
  } finally {
    await reader.close();
    await closeDatabase(db);
  }
}

function textOf(file: string) {
  const db = new BetterSqlite3(file, { readonly: true });
  try {
    return {
      articles: db.prepare("select title, slug, summary, body_html, byline, status, published_at, created_at, view_count, series_part from articles order by slug").all(),
      revisions: db.prepare("select r.kind, r.title, r.body_html from article_revisions r join articles a on a.id = r.article_id order by a.slug").all(),
      search: db.prepare("select a.slug, s.title, s.summary, s.body from article_search s join articles a on a.id = s.rowid order by a.slug").all(),
      exact: db.prepare("select a.slug, s.title, s.summary, s.body from article_search_exact s join articles a on a.id = s.rowid order by a.slug").all(),
      counts: db.prepare("select scope, published from article_counts where scope = 'all'").all(),
    };
  } finally {
    db.close();
  }
}

/**
 * The photos a site holds, with each photo's random storage key replaced by the old file it was
 * made from: its rows, where its articles show it, and the files it became (name and size).
 */
function photosOf(name: string) {
  const db = new BetterSqlite3(siteFile(name), { readonly: true });
  try {
    const media = db.prepare("select storage_key, original_name, width, height, variant_widths, size_bytes, alt, credit from media order by original_name, size_bytes").all() as { storage_key: string; original_name: string }[];
    const named = (text: string) => media.reduce((named, photo) => named.replaceAll(photo.storage_key, photo.original_name), text);
    const bodies = db.prepare("select slug, body_html from articles order by slug").all() as { slug: string; body_html: string }[];
    const mediaDir = path.join(work, name, "media");
    return {
      media: media.map(({ storage_key: _key, ...photo }) => photo),
      bodies: bodies.map((article) => ({ ...article, body_html: named(article.body_html) })),
      files: fs
        .readdirSync(mediaDir)
        .map((file) => `${named(file)} ${fs.statSync(path.join(mediaDir, file)).size}`)
        .sort(),
    };
  } finally {
    db.close();
  }
}
