// The site with MEDIA_STORE=s3://… against a real S3 server (s3rver, tests/s3-server.ts), through the
// real parts: the upload's storing, the /api/media route, the media library's deletion, a document's
// file stored, downloaded and removed, and a backup of the bucket restored into an empty one.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { GetObjectCommand } from "@aws-sdk/client-s3";
import { eq } from "drizzle-orm";
import sharp from "sharp";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { documentStoredPath } from "@/core/document-files";
import { mediaFileName } from "@/core/media-files";
import type { Database } from "@/db/client";
import { mediaById } from "@/db/queries/media";
import { documentFiles } from "@/db/schema";
import type { SessionUser } from "@/db/queries/users";
import { createTestDatabase, insertUnit, insertUser, type TestDatabase } from "@/db/test-database";
import { RECOUNT_AFTER_MS } from "@/core/recent-readers";
import { localReaderMemory } from "./reader-memory";
import { createBackupSite, type BackupSite } from "@/tests/backup-site";
import { onePagePdf } from "@/tests/pdf-fixtures";
import { startTestS3, type TestS3 } from "@/tests/s3-server";
import { createBackupArchive } from "./backup-archive";
import { saveDocumentCommand } from "./document-commands";
import { documentFileResponse } from "./document-download";
import { attachDocumentFileCommand, removeDocumentFileCommand } from "./document-file-commands";
import { deleteMediaCommand } from "./media-commands";
import type { MediaStore } from "./media-store";
import { storeUploadedImage } from "./media-upload";
import { restoreBackup, RestoreRefusal } from "./restore-archive";

type MediaRoute = typeof import("@/app/api/media/[name]/route");

let s3: TestS3;
let work: string;
let store: MediaStore;
let openStore: typeof import("./media-store").openMediaStore;
let route: MediaRoute;
let handle: TestDatabase;
let db: Database;
let editor: SessionUser;

beforeAll(async () => {
  s3 = await startTestS3();
  work = fs.mkdtempSync(path.join(os.tmpdir(), "ban-tin-s3-site-"));
  // The site's environment, as a server started with MEDIA_STORE would read it (server/env.ts).
  for (const [name, value] of Object.entries(s3.env)) vi.stubEnv(name, value);
  vi.stubEnv("MEDIA_DIR", path.join(work, "media"));
  vi.resetModules();
  const configured = await import("./media-store");
  store = configured.mediaStore();
  openStore = configured.openMediaStore;
  route = await import("@/app/api/media/[name]/route");
});
afterAll(async () => {
  vi.unstubAllEnvs();
  await s3.stop();
  fs.rmSync(work, { recursive: true, force: true });
});
beforeEach(async () => {
  handle = await createTestDatabase();
  db = handle.db;
  editor = await insertUser(db, { role: "editor", unitId: (await insertUnit(db, { name: "Liên đoàn Lao động tỉnh" })).id });
});
afterEach(() => handle.close());

const objectBytes = async (key: string) => Buffer.from(await (await s3.client.send(new GetObjectCommand({ Bucket: s3.bucket, Key: key }))).Body!.transformToByteArray());
const serve = (name: string) => route.GET(new Request(`http://localhost/api/media/${encodeURIComponent(name)}`), { params: Promise.resolve({ name }) });

/** The file's keys, which its view model does not carry. */
async function storedKeys(fileId: number): Promise<{ storageKey: string; previewKey: string | null }> {
  const [row] = await db.select({ storageKey: documentFiles.storageKey, previewKey: documentFiles.previewKey }).from(documentFiles).where(eq(documentFiles.id, fileId));
  if (!row) throw new Error(`no file ${fileId}`);
  return row;
}

let uploads = 0;
/** As the upload route hands it over: the body already streamed to a temporary file. */
function uploaded(bytes: Buffer | Uint8Array): string {
  const file = path.join(work, `tai-len-${++uploads}.upload`);
  fs.writeFileSync(file, bytes);
  return file;
}

describe("MEDIA_STORE=s3://…", () => {
  it("is the store the site opens: a bucket, with nothing written to MEDIA_DIR", () => {
    expect(store.localRoot).toBeNull();
    expect(store.description).toBe(`s3://${s3.bucket}`);
  });

  it("stores an upload's every width as objects, serves each from /api/media, and deleting the image removes them", async () => {
    const photo = await sharp({ create: { width: 2000, height: 1000, channels: 3, background: "#b91c1c" } }).jpeg().toBuffer();
    const outcome = await storeUploadedImage(db, { path: uploaded(photo), fileName: "hoi-nghi.jpg", alt: "Hội nghị", uploadedBy: editor.id }, store);
    if (!outcome.ok) throw new Error(outcome.message);
    const row = await mediaById(db, outcome.media.id);
    if (!row) throw new Error("no row");
    expect(row.variantWidths).toEqual([480, 960, 1600]);
    const names = [...row.variantWidths.map((width) => mediaFileName(row.storageKey, width, "webp")), mediaFileName(row.storageKey, 1600, "jpg")];
    expect(await s3.keysOf(s3.bucket)).toEqual([...names].sort());
    expect(fs.existsSync(path.join(work, "media"))).toBe(false);

    for (const name of names) {
      const response = await serve(name);
      expect(response.status).toBe(200);
      const body = Buffer.from(await response.arrayBuffer());
      expect(body.equals(await objectBytes(name))).toBe(true);
      expect(Object.fromEntries(response.headers)).toMatchObject({
        "content-type": name.endsWith(".jpg") ? "image/jpeg" : "image/webp",
        "content-length": String(body.length),
        "cache-control": "public, max-age=31536000, immutable",
        "x-content-type-options": "nosniff",
      });
      expect((await sharp(body).metadata()).width).toBe(Number(/-(\d+)\./.exec(name)?.[1]));
    }

    expect(await deleteMediaCommand(db, editor, row.id, { ip: "", store })).toMatchObject({ ok: true });
    expect(await s3.keysOf(s3.bucket)).toEqual([]);
    const gone = await serve(names[0] ?? "");
    expect(gone.status).toBe(404);
    expect(await gone.text()).toBe("Không tìm thấy ảnh.");
  });

  it("answers 404 in Vietnamese for a name that is not one of ours, and for one the bucket does not hold", async () => {
    for (const name of ["../ban-tin.sqlite", "van-ban/abc.pdf", "khong-co-960.webp"]) {
      const response = await serve(name);
      expect(response.status).toBe(404);
      expect(await response.text()).toBe("Không tìm thấy ảnh.");
    }
  });

  it("stores a document's PDF and its preview in the bucket, streams the download with its size, and removing the file removes them", async () => {
    const fields = { formId: "4", issuer: `unit:${editor.unitId}`, newIssuer: "", number: "47/KH-LĐLĐ", issuedOn: "21/12/2022", inForceOn: "", ceasesOn: "", signer: "", abstract: "Kế hoạch tổ chức Tháng Công nhân", field: "", legalStatus: "in-force", slug: "" };
    const saved = await saveDocumentCommand(db, editor, { documentId: null, baseVersion: null, intent: "save", fields });
    if (!saved.ok) throw new Error(saved.formError);
    const pdf = onePagePdf([0, 0, 1]);
    const attached = await attachDocumentFileCommand(db, editor, saved.documentId, { path: uploaded(pdf), fileName: "Kế hoạch 47.pdf" }, { store });
    if (!attached.ok) throw new Error(attached.message);
    const { storageKey, previewKey } = await storedKeys(attached.file.id);
    const fileKey = documentStoredPath(storageKey, "pdf");
    const previews = [mediaFileName(previewKey ?? "", 480, "webp"), mediaFileName(previewKey ?? "", 960, "jpg"), mediaFileName(previewKey ?? "", 960, "webp")];
    expect(await s3.keysOf(s3.bucket)).toEqual([...previews, fileKey].sort());
    expect((await objectBytes(fileKey)).equals(pdf)).toBe(true);

    const deps = { db, store, siteOrigin: "https://ldld.example.vn", readers: localReaderMemory({ windowMs: RECOUNT_AFTER_MS, maxEntries: 10 }) };
    const request = { id: String(attached.file.id), headers: new Headers({ "user-agent": "Mozilla/5.0 Chrome/140.0" }), ip: "203.0.113.7", actor: async () => editor };
    const response = await documentFileResponse(deps, request);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("application/pdf");
    expect(response.headers.get("content-length")).toBe(String(pdf.length));
    expect(response.headers.get("content-disposition")).toContain("attachment");
    expect(Buffer.from(await response.arrayBuffer()).equals(pdf)).toBe(true);

    expect(await removeDocumentFileCommand(db, editor, attached.file.id, { store })).toMatchObject({ ok: true });
    expect(await s3.keysOf(s3.bucket)).toEqual([]);
  });

  it("answers a document file missing from the bucket with the Vietnamese 404", async () => {
    const fields = { formId: "4", issuer: `unit:${editor.unitId}`, newIssuer: "", number: "48/KH-LĐLĐ", issuedOn: "21/12/2022", inForceOn: "", ceasesOn: "", signer: "", abstract: "Kế hoạch", field: "", legalStatus: "in-force", slug: "" };
    const saved = await saveDocumentCommand(db, editor, { documentId: null, baseVersion: null, intent: "save", fields });
    if (!saved.ok) throw new Error(saved.formError);
    const attached = await attachDocumentFileCommand(db, editor, saved.documentId, { path: uploaded(onePagePdf()), fileName: "a.pdf" }, { store });
    if (!attached.ok) throw new Error(attached.message);
    await store.remove(documentStoredPath((await storedKeys(attached.file.id)).storageKey, "pdf"));
    const deps = { db, store, siteOrigin: "https://ldld.example.vn", readers: localReaderMemory({ windowMs: RECOUNT_AFTER_MS, maxEntries: 10 }) };
    const response = await documentFileResponse(deps, { id: String(attached.file.id), headers: new Headers(), ip: "203.0.113.7", actor: async () => editor });
    expect(response.status).toBe(404);
    expect(await response.text()).toContain("Không tìm thấy tệp văn bản này");
    expect(await removeDocumentFileCommand(db, editor, attached.file.id, { store })).toMatchObject({ ok: true });
  });
});

describe("a backup of a site whose media are in a bucket", () => {
  let site: BackupSite;
  beforeEach(async () => {
    site = await createBackupSite({ articles: 2, images: 2, store: openStore({ MEDIA_DIR: "", MEDIA_STORE: { bucket: s3.bucket, prefix: "site" }, AWS_ENDPOINT_URL: s3.endpoint, AWS_ENDPOINT_URL_S3: undefined, AWS_REGION: "us-east-1" }) });
  });
  afterEach(() => site.close());

  it("holds every object, and restores them into an empty bucket; a bucket already holding objects is refused without --force", async () => {
    const held = (await s3.keysOf(s3.bucket)).filter((key) => key.startsWith("site/")).map((key) => key.slice("site/".length));
    // Two 600 px images: WebP at 480 and 600, JPEG at 600.
    expect(held).toHaveLength(6);
    const backup = await createBackupArchive(site.settings, { origin: "command", takenBy: "Thử nghiệm" });
    expect(backup.manifest.files.filter((file) => file.path.startsWith("media/")).map((file) => file.path.slice("media/".length)).sort()).toEqual(held);

    const empty = await s3.createBucket("anh-khoi-phuc");
    const target = { databasePath: path.join(site.root, "khoi-phuc", "ban-tin.sqlite"), store: openStore({ MEDIA_DIR: "", MEDIA_STORE: { bucket: empty, prefix: "" }, AWS_ENDPOINT_URL: s3.endpoint, AWS_ENDPOINT_URL_S3: undefined, AWS_REGION: "us-east-1" }) };
    const outcome = await restoreBackup(backup.file, target, { force: false });
    expect(outcome.keptAside).toEqual([]);
    expect(await s3.keysOf(empty)).toEqual(held);
    for (const key of held) expect((await objectBytes(`site/${key}`)).equals(Buffer.from(await (await s3.client.send(new GetObjectCommand({ Bucket: empty, Key: key }))).Body!.transformToByteArray()))).toBe(true);
    expect(fs.existsSync(target.databasePath)).toBe(true);

    fs.rmSync(target.databasePath);
    const again = restoreBackup(backup.file, target, { force: false });
    await expect(again).rejects.toThrow(RestoreRefusal);
    await expect(again).rejects.toThrow(`Nơi khôi phục đã có dữ liệu: kho ảnh s3://${empty}.`);
    await expect(restoreBackup(backup.file, target, { force: true })).resolves.toMatchObject({ keptAside: [] });
    expect(await s3.keysOf(empty)).toEqual(held);
  });
});
