import fs from "node:fs";
import path from "node:path";
import zlib from "node:zlib";
import BetterSqlite3 from "better-sqlite3";
import { create, extract, Header, type types } from "tar";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createBackupSite, filesUnder, type BackupSite } from "@/tests/backup-site";
import { createBackupArchive, type CreatedBackup } from "./backup-archive";
import { restoreBackup, RestoreRefusal, type RestoreTarget } from "./restore-archive";
import { localMediaStore } from "@/server/media-store-local";

let site: BackupSite;
let backup: CreatedBackup;
let target: RestoreTarget;
/** The target's media folder, looked at directly. */
let targetMedia: string;

beforeEach(async () => {
  site = await createBackupSite({ articles: 2, images: 1 });
  backup = await createBackupArchive(site.settings, { origin: "command", takenBy: "Thử nghiệm" });
  const folder = path.join(site.root, "khoi-phuc");
  targetMedia = path.join(folder, "media");
  target = { databasePath: path.join(folder, "ban-tin.sqlite"), store: localMediaStore(targetMedia) };
});
afterEach(() => site.close());

function rows(file: string, query: string): unknown[] {
  const db = new BetterSqlite3(file, { readonly: true });
  try {
    return db.prepare(query).all();
  } finally {
    db.close();
  }
}

/** The restore is refused with this message, and the target folder is as it was. */
async function expectRefused(archive: string, message: string | RegExp, force = false) {
  const before = filesUnder(path.dirname(target.databasePath));
  const refusal = await restoreBackup(archive, target, { force }).then(
    () => null,
    (error: unknown) => error,
  );
  expect(refusal).toBeInstanceOf(RestoreRefusal);
  expect((refusal as Error).message).toMatch(message);
  expect(filesUnder(path.dirname(target.databasePath))).toEqual(before);
}

async function unpackBackup(): Promise<string> {
  const folder = fs.mkdtempSync(path.join(site.root, "sua-"));
  await extract({ file: backup.file, cwd: folder });
  return folder;
}

function repack(folder: string, name: string): Promise<string> {
  const file = path.join(site.root, name);
  return create({ gzip: true, file, cwd: folder, portable: true }, ["manifest.json", "ban-tin.sqlite", "media"]).then(() => file);
}

/** A tar.gz written header by header, for entries that node-tar would not create from files. */
function handMadeArchive(name: string, entries: { path: string; body?: string; type?: types.EntryTypeName; linkpath?: string }[]): string {
  const blocks = entries.flatMap((entry) => {
    const body = Buffer.from(entry.body ?? "");
    const type = entry.type ?? "File";
    const header = new Header({ path: entry.path, mode: 0o644, size: type === "File" ? body.length : 0, type, linkpath: entry.linkpath, mtime: new Date() });
    header.encode();
    return type === "File" ? [header.block as Buffer, body, Buffer.alloc((512 - (body.length % 512)) % 512)] : [header.block as Buffer];
  });
  const file = path.join(site.root, name);
  fs.writeFileSync(file, zlib.gzipSync(Buffer.concat([...blocks, Buffer.alloc(1024)])));
  return file;
}

describe("restoreBackup", () => {
  it("restores the database and the media into an empty folder, and records the restore in the audit log", async () => {
    const outcome = await restoreBackup(backup.file, target, { force: false });
    // One file, no WAL beside it, and no temporary folder left.
    expect(fs.readdirSync(path.dirname(target.databasePath)).sort()).toEqual(["ban-tin.sqlite", "media"]);
    expect(outcome.keptAside).toEqual([]);
    expect(outcome.manifest.counts).toMatchObject({ articles: 2, revisions: 2, media: 1 });
    expect(rows(target.databasePath, "select title from articles order by id")).toEqual([{ title: "Hội nghị người lao động số 1" }, { title: "Hội nghị người lao động số 2" }]);
    expect(rows(target.databasePath, "select count(*) as n from article_revisions")).toEqual([{ n: 2 }]);
    expect(rows(target.databasePath, "select action, target from audit_log")).toEqual([{ action: "backup-restore", target: `Bản sao lưu: ${backup.name}` }]);
    expect(filesUnder(targetMedia)).toEqual(filesUnder(site.mediaDir));
  });

  it("refuses a folder whose database holds data, and with --force sets the old data aside", async () => {
    fs.mkdirSync(path.dirname(target.databasePath), { recursive: true });
    fs.copyFileSync(site.settings.databaseLocation, target.databasePath);
    fs.mkdirSync(targetMedia);
    fs.writeFileSync(path.join(targetMedia, "cu.jpg"), "ảnh cũ");
    await expectRefused(backup.file, /^Nơi khôi phục đã có dữ liệu: cơ sở dữ liệu .*; thư mục ảnh .*--force/);

    const outcome = await restoreBackup(backup.file, target, { force: true, now: new Date("2026-11-30T07:05:00Z") });
    expect(outcome.keptAside).toEqual([`${target.databasePath}.truoc-khoi-phuc-2026-11-30-1405`, `${targetMedia}.truoc-khoi-phuc-2026-11-30-1405`]);
    expect(filesUnder(targetMedia)).toEqual(filesUnder(site.mediaDir));
    expect(fs.readFileSync(path.join(`${targetMedia}.truoc-khoi-phuc-2026-11-30-1405`, "cu.jpg"), "utf8")).toBe("ảnh cũ");
    expect(rows(target.databasePath, "select count(*) as n from articles")).toEqual([{ n: 2 }]);
  });

  it("refuses a media folder that holds files even when there is no database", async () => {
    fs.mkdirSync(targetMedia, { recursive: true });
    fs.writeFileSync(path.join(targetMedia, "cu.jpg"), "ảnh cũ");
    await expectRefused(backup.file, /^Nơi khôi phục đã có dữ liệu: thư mục ảnh /);
  });

  it("refuses a file that is missing, truncated, or not an archive", async () => {
    await expectRefused(path.join(site.root, "khong-co.tar.gz"), /^Không tìm thấy tệp sao lưu /);
    const truncated = path.join(site.root, "cut.tar.gz");
    fs.writeFileSync(truncated, fs.readFileSync(backup.file).subarray(0, Math.floor(fs.statSync(backup.file).size / 2)));
    await expectRefused(truncated, /bị hỏng hoặc không phải bản sao lưu \.tar\.gz/);
    const text = path.join(site.root, "ghi-chu.tar.gz");
    fs.writeFileSync(text, "Đây không phải bản sao lưu. ".repeat(40));
    await expectRefused(text, /bị hỏng hoặc không phải bản sao lưu \.tar\.gz/);
  });

  it("refuses an archive whose file no longer matches its checksum, before anything is put in place", async () => {
    const folder = await unpackBackup();
    const image = fs.readdirSync(path.join(folder, "media"))[0] ?? "";
    const bytes = fs.readFileSync(path.join(folder, "media", image));
    bytes[bytes.length - 10] = (bytes[bytes.length - 10] ?? 0) ^ 0xff; // same size, other bytes
    fs.writeFileSync(path.join(folder, "media", image), bytes);
    await expectRefused(await repack(folder, "sua-anh.tar.gz"), `Bản sao lưu bị hỏng: tệp “media/${image}” không khớp mã kiểm tra (sha256) trong mục lục.`);
  });

  it("refuses an archive with a file its manifest does not list", async () => {
    const folder = await unpackBackup();
    fs.writeFileSync(path.join(folder, "media", "them-1600.jpg"), "thêm");
    await expectRefused(await repack(folder, "them.tar.gz"), "tệp “media/them-1600.jpg” không có trong mục lục");
  });

  it("refuses an archive without our manifest", async () => {
    const folder = await unpackBackup();
    fs.writeFileSync(path.join(folder, "manifest.json"), JSON.stringify({ ten: "khác" }));
    await expectRefused(await repack(folder, "khac.tar.gz"), "không phải bản sao lưu của Bản tin: mục lục manifest.json không đúng định dạng của Bản tin");
    const noManifest = handMadeArchive("khong-muc-luc.tar.gz", [{ path: "ban-tin.sqlite", body: "x" }]);
    await expectRefused(noManifest, "không phải bản sao lưu của Bản tin: không có mục lục manifest.json ở đầu");
  });

  it("refuses a backup made by a newer version of the software", async () => {
    const folder = await unpackBackup();
    const manifest = JSON.parse(fs.readFileSync(path.join(folder, "manifest.json"), "utf8")) as { migration: { tag: string; createdAt: number } };
    manifest.migration = { tag: "9999_tuong_lai", createdAt: manifest.migration.createdAt + 1 };
    fs.writeFileSync(path.join(folder, "manifest.json"), JSON.stringify(manifest));
    await expectRefused(await repack(folder, "moi-hon.tar.gz"), /có cấu trúc dữ liệu mới hơn phiên bản phần mềm này \(9999_tuong_lai/);
  });

  it.each([
    ["a path that climbs out", { path: "../ngoai.txt", body: "x" }, "mục “../ngoai.txt” nằm ngoài bố cục của bản sao lưu"],
    ["a path that climbs out of media", { path: "media/../../ngoai.txt", body: "x" }, "mục “media/../../ngoai.txt” nằm ngoài bố cục"],
    ["an absolute path", { path: "/tmp/ngoai.txt", body: "x" }, "mục “/tmp/ngoai.txt” nằm ngoài bố cục"],
    ["a symbolic link", { path: "media/lien-ket", type: "SymbolicLink" as const, linkpath: "/etc/passwd" }, "mục “media/lien-ket” là liên kết hoặc tệp đặc biệt"],
    ["a hard link", { path: "media/lien-ket", type: "Link" as const, linkpath: "ban-tin.sqlite" }, "mục “media/lien-ket” là liên kết hoặc tệp đặc biệt"],
  ])("refuses an archive holding %s, and writes nothing of it", async (_case, entry, message) => {
    const manifest = fs.readFileSync(path.join(await unpackBackup(), "manifest.json"), "utf8");
    const archive = handMadeArchive("xau.tar.gz", [{ path: "manifest.json", body: manifest }, entry]);
    await expectRefused(archive, message);
    expect(fs.existsSync(path.join(site.root, "ngoai.txt"))).toBe(false);
    expect(fs.existsSync("/tmp/ngoai.txt")).toBe(false);
  });
});
