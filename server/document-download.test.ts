// Downloads of a document's files on a real database (each dialect) and real files: who gets a
// file, with which headers, and which downloads raise "Lượt tải".
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { eq } from "drizzle-orm";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { documentStoredPath } from "@/core/document-files";
import type { Actor, ArticleStatus } from "@/core/permissions";
import { RECOUNT_AFTER_MS } from "@/core/recent-readers";
import { localReaderMemory } from "./reader-memory";
import type { Database } from "@/db/client";
import { insertDocument, issuerNamed } from "@/db/queries/document-writes";
import { documentFiles, documentForms } from "@/db/schema";
import { createTestDatabase, insertUser, type TestDatabase } from "@/db/test-database";
import { writeTransaction } from "@/db/transaction";
import { onePagePdf } from "@/tests/pdf-fixtures";
import { documentFileResponse, type DownloadDeps } from "./document-download";
import { localMediaStore } from "@/server/media-store-local";

const SITE = "https://ldld.example.vn";
const CHROME = "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/140.0 Safari/537.36";
const FILE_NAME = "Kế hoạch 47-KH-LĐLĐ tháng công nhân.pdf";

let handle: TestDatabase;
let db: Database;
let mediaDir: string;
let now: Date;
let deps: DownloadDeps;
let expired: number[];

beforeEach(async () => {
  handle = await createTestDatabase();
  db = handle.db;
  mediaDir = fs.mkdtempSync(path.join(os.tmpdir(), "ban-tin-tep-"));
  now = new Date("2026-11-30T03:00:00Z");
  expired = [];
  deps = { db, store: localMediaStore(mediaDir), siteOrigin: SITE, readers: localReaderMemory({ windowMs: RECOUNT_AFTER_MS, maxEntries: 1000 }), clock: () => now, onCounted: (id) => expired.push(id) };
});
afterEach(async () => {
  await handle.close();
  fs.rmSync(mediaDir, { recursive: true, force: true });
});

let sequence = 0;
/** A document with one PDF written where the register keeps it; returns the file's id. */
async function documentWithFile(status: ArticleStatus, createdBy: number | null = null, writeBytes = true): Promise<{ fileId: number; documentId: number }> {
  const n = ++sequence;
  const [form] = await db.select().from(documentForms).limit(1);
  return await writeTransaction(db, async (tx) => {
    const issuerId = await issuerNamed(tx, "Liên đoàn Lao động tỉnh");
    const content = { slug: `ke-hoach-${n}`, formId: form?.id ?? 0, issuerId, number: `${n}/KH-LĐLĐ`, issuedOn: { year: 2026, month: 4, day: 2 }, inForceOn: null, ceasesOn: null, signer: "Nguyễn Văn An", abstract: "Kế hoạch tổ chức Tháng Công nhân", field: "", legalStatus: "in-force" as const };
    const { id: documentId } = await insertDocument(tx, content, createdBy, status, now);
    const storageKey = `tep-thu-${n}`;
    const [file] = await tx.insert(documentFiles).values({ documentId, storageKey, fileName: FILE_NAME, kind: "pdf", sizeBytes: 1 }).returning({ id: documentFiles.id });
    if (writeBytes) {
      const stored = path.join(mediaDir, documentStoredPath(storageKey, "pdf"));
      fs.mkdirSync(path.dirname(stored), { recursive: true });
      fs.writeFileSync(stored, onePagePdf());
    }
    return { fileId: file?.id ?? 0, documentId };
  });
}

const download = (id: number | string, options: { ip?: string; userAgent?: string | null; actor?: Actor | null; headers?: Record<string, string> } = {}) => {
  const headers = new Headers(options.headers);
  if (options.userAgent !== null) headers.set("user-agent", options.userAgent ?? CHROME);
  return documentFileResponse(deps, { id: String(id), headers, ip: options.ip ?? "203.0.113.7", actor: async () => options.actor ?? null });
};
const downloads = async (fileId: number) => (await db.select({ n: documentFiles.downloadCount }).from(documentFiles).where(eq(documentFiles.id, fileId)))[0]?.n;

describe("downloading a document's file", () => {
  it("sends a published document's PDF as an attachment with its Vietnamese name, its type, size and a private year-long cache", async () => {
    const { fileId } = await documentWithFile("published");
    const response = await download(fileId);
    expect(response.status).toBe(200);
    const bytes = Buffer.from(await response.arrayBuffer());
    expect(bytes.equals(onePagePdf())).toBe(true);
    expect(Object.fromEntries(response.headers)).toMatchObject({
      "content-type": "application/pdf",
      "content-length": String(onePagePdf().length),
      "x-content-type-options": "nosniff",
      "cache-control": "private, max-age=31536000, immutable",
    });
    const disposition = response.headers.get("content-disposition") ?? "";
    expect(disposition).toMatch(/^attachment; filename="Ke hoach 47-KH-LDLD thang cong nhan\.pdf"; filename\*=UTF-8''/);
    expect(decodeURIComponent(disposition.split("filename*=UTF-8''")[1] ?? "")).toBe(FILE_NAME);
  });

  it("counts a reader once within the window, again after it, and another reader at once; the document's page is told", async () => {
    const { fileId, documentId } = await documentWithFile("published");
    await download(fileId);
    await download(fileId);
    expect(await downloads(fileId)).toBe(1);
    await download(fileId, { ip: "203.0.113.8" });
    expect(await downloads(fileId)).toBe(2);
    now = new Date(now.getTime() + RECOUNT_AFTER_MS + 1000);
    await download(fileId);
    expect(await downloads(fileId)).toBe(3);
    expect(expired).toEqual([documentId, documentId, documentId]);
  });

  it("does not count crawlers, clients without a user agent, or another site's script", async () => {
    const { fileId } = await documentWithFile("published");
    const answers = [
      await download(fileId, { userAgent: "Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)" }),
      await download(fileId, { userAgent: "Zalo" , ip: "203.0.113.9" }),
      await download(fileId, { userAgent: null, ip: "203.0.113.10" }),
      await download(fileId, { ip: "203.0.113.11", headers: { origin: "https://evil.example", "sec-fetch-site": "cross-site", "sec-fetch-mode": "cors" } }),
    ];
    expect(answers.map((answer) => answer.status)).toEqual([200, 200, 200, 200]);
    expect(await downloads(fileId)).toBe(0);
    await download(fileId, { ip: "203.0.113.12", headers: { "sec-fetch-site": "cross-site", "sec-fetch-mode": "navigate" } });
    expect(await downloads(fileId)).toBe(1);
  });

  it("answers 404 to readers for an unpublished document's file, and serves it uncounted to staff who may view it", async () => {
    const contributor = await insertUser(db, { role: "contributor" });
    const otherContributor = await insertUser(db, { role: "contributor" });
    const editor = await insertUser(db, { role: "editor" });
    const { fileId } = await documentWithFile("pending", contributor.id);
    const unpublished = await documentWithFile("unpublished", editor.id);
    expect((await download(fileId)).status).toBe(404);
    expect(await (await download(fileId)).text()).toContain("Không tìm thấy tệp văn bản");
    expect((await download(fileId, { actor: otherContributor })).status).toBe(404);
    expect((await download(fileId, { actor: contributor })).status).toBe(200);
    expect((await download(fileId, { actor: editor, ip: "198.51.100.1" })).status).toBe(200);
    expect((await download(unpublished.fileId)).status).toBe(404);
    expect((await download(unpublished.fileId, { actor: editor })).status).toBe(200);
    expect(await downloads(fileId)).toBe(0);
    expect(await downloads(unpublished.fileId)).toBe(0);
    expect(expired).toEqual([]);
  });

  it.each(["0", "abc", "1.5", "-3", "01", "9999999999"])("answers a malformed id (%s) with 400 in Vietnamese", async (id) => {
    const response = await download(id);
    expect(response.status).toBe(400);
    expect(await response.text()).toContain("Mã tệp văn bản không hợp lệ");
  });

  it("answers 404 for an unknown file and for a file whose bytes are missing", async () => {
    const { fileId } = await documentWithFile("published", null, false);
    expect((await download(fileId)).status).toBe(404);
    expect((await download(fileId + 1000)).status).toBe(404);
    expect(await downloads(fileId)).toBe(0);
  });
});
