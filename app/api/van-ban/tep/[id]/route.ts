import { revalidateTag } from "next/cache";
import { getDatabase } from "@/server/database";
import { cacheTags } from "@/server/cache-tags";
import { documentFileResponse, processDownloadReaders } from "@/server/document-download";
import { env } from "@/server/env";
import { mediaStore } from "@/server/media-store";
import { requestIp } from "@/server/request-ip";
import { getWorkingUser } from "@/server/session";

/**
 * Downloads a document's file: a published document's for anyone, another only for staff who may
 * view it (server/document-download.ts). It reads, and may count, but changes nothing a request of
 * another site could abuse: a cross-site request is served and counted only as a reader's
 * navigation (core/document-download.ts), so it does not refuse foreign pages, which link files.
 */
export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }) {
  return documentFileResponse(
    {
      db: getDatabase(),
      store: mediaStore(),
      siteOrigin: new URL(env.SITE_URL).origin,
      readers: processDownloadReaders(),
      // "Lượt tải" on the cached page is rendered again at its next request: downloads are rare.
      onCounted: (documentId) => revalidateTag(cacheTags.document(documentId), { expire: 0 }),
    },
    { id: (await params).id, headers: request.headers, ip: await requestIp(), actor: getWorkingUser },
  );
}
