// Serving a document's file (GET /api/van-ban/tep/<id>, issue 16) and counting the download as a
// view is counted (server/view-counter.ts): not for crawlers, nor the same reader again within
// RECOUNT_AFTER_MS. The route handler gives the request's facts; everything else is here, so it
// runs on a real database in the tests.
import { create as contentDisposition } from "content-disposition";
import { asciiDownloadName, downloadMayCount } from "@/core/document-download";
import { DOCUMENT_FILE_KINDS, documentStoredPath } from "@/core/document-files";
import { can, type Actor } from "@/core/permissions";
import { RECOUNT_AFTER_MS } from "@/core/recent-readers";
import { recordIdFrom } from "@/core/record-id";
import type { Database } from "@/db/client";
import { countDocumentDownload, downloadableFile } from "@/db/queries/document-downloads";
import { env } from "./env";
import type { MediaStore } from "./media-store";
import { privateText } from "./private-answers";
import { readerMemory, type ReaderMemory } from "./reader-memory";
import { readerKey } from "./view-counter";

export type DownloadDeps = {
  db: Database;
  store: MediaStore;
  siteOrigin: string;
  /** The readers counted recently, kept by the process (or by a test). */
  readers: ReaderMemory;
  clock?: () => Date;
  /** Told after a counted download, with the file's document: the route expires its cached page. */
  onCounted?: (documentId: number) => void;
};

export type DownloadRequest = {
  /** The [id] segment as it came. */
  id: string;
  headers: Headers;
  ip: string;
  /** The signed-in user, asked only for a file of a document readers cannot see yet. */
  actor: () => Promise<Actor | null>;
};

const NOT_FOUND = "Không tìm thấy tệp văn bản này. Có thể văn bản đã được gỡ hoặc đường dẫn không đúng.";

/** The file as an attachment, streamed from the media store; a 400 or 404 in Vietnamese otherwise. */
export async function documentFileResponse(deps: DownloadDeps, request: DownloadRequest): Promise<Response> {
  const fileId = recordIdFrom(request.id);
  if (fileId === null) return privateText("Mã tệp văn bản không hợp lệ: đường dẫn tải về phải kết thúc bằng một số, ví dụ /api/van-ban/tep/12.", 400);
  const file = await downloadableFile(deps.db, fileId);
  if (!file) return privateText(NOT_FOUND, 404);
  const published = file.document.status === "published";
  // Not published: only someone who may open the document in the workspace; to anyone else it does not exist.
  if (!published && !can(await request.actor(), "view", file.document)) return privateText(NOT_FOUND, 404);

  // Opened before counting: a file missing from the store (or a store that does not answer) is a 404, not a download.
  const stored = await deps.store.stream(documentStoredPath(file.storageKey, file.kind));
  if (!stored) return privateText(NOT_FOUND, 404);
  try {
    await countIfNew(deps, request, file, published);
  } catch (error) {
    // The body is never read then: let the store's connection or file go.
    await stored.body.cancel();
    throw error;
  }
  const { body, size } = stored;
  return new Response(body, {
    headers: {
      "Content-Type": DOCUMENT_FILE_KINDS[file.kind].mime,
      "Content-Length": String(size),
      // Always an attachment: a PDF with JavaScript in it is never shown inside the site's origin.
      "Content-Disposition": contentDisposition(file.fileName, { fallback: asciiDownloadName(file.fileName) }),
      "Content-Security-Policy": "default-src 'none'; sandbox",
      "X-Content-Type-Options": "nosniff",
      // private: a shared cache (nginx) must not answer a download without it being counted. A
      // file's id never gets other bytes (a new upload is a new file), so the browser keeps it.
      "Cache-Control": "private, max-age=31536000, immutable",
    },
  });
}

async function countIfNew(deps: DownloadDeps, request: DownloadRequest, file: { id: number; documentId: number }, published: boolean) {
  const userAgent = request.headers.get("user-agent");
  const origin = { origin: request.headers.get("origin"), secFetchSite: request.headers.get("sec-fetch-site"), secFetchMode: request.headers.get("sec-fetch-mode") };
  if (!downloadMayCount({ published, userAgent, origin }, deps.siteOrigin)) return;
  const now = (deps.clock ?? (() => new Date()))();
  if (!(await deps.readers.admit(readerKey(request.ip, userAgent, `tep-${file.id}`), now.getTime()))) return;
  await countDocumentDownload(deps.db, file.id);
  deps.onCounted?.(file.documentId);
}

// One memory of recent downloaders per process (shared through Redis by several instances), on
// globalThis so every bundle of the server shares it.
const holder = globalThis as typeof globalThis & { banTinDownloadReaders?: ReaderMemory };

export function processDownloadReaders(): ReaderMemory {
  holder.banTinDownloadReaders ??= readerMemory(env, { windowMs: RECOUNT_AFTER_MS, maxEntries: 100_000, keyPrefix: "ban-tin:tai-ve:" });
  return holder.banTinDownloadReaders;
}
