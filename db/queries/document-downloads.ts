// Downloads of a document's files (/api/van-ban/tep/<id>, issue 16): which file a request names,
// whether its document is public, and the count, written through at once.
import { eq, sql } from "drizzle-orm";
import type { DocumentFileKind } from "@/core/document-files";
import type { ArticleRef } from "@/core/permissions";
import type { Database } from "../client";
import { writeTransaction } from "../transaction";
import { documentFiles, documents } from "../schema";

export type DownloadableFile = {
  id: number;
  documentId: number;
  storageKey: string;
  kind: DocumentFileKind;
  fileName: string;
  /** Its document, as the permission table reads it: readers get a file only once it is published. */
  document: ArticleRef;
};

/** A file and its document's status and author; null when there is no such file. */
export async function downloadableFile(db: Database, fileId: number): Promise<DownloadableFile | null> {
  const [row] = await db
    .select({
      id: documentFiles.id,
      documentId: documentFiles.documentId,
      storageKey: documentFiles.storageKey,
      kind: documentFiles.kind,
      fileName: documentFiles.fileName,
      status: documents.status,
      createdBy: documents.createdBy,
    })
    .from(documentFiles)
    .innerJoin(documents, eq(documents.id, documentFiles.documentId))
    .where(eq(documentFiles.id, fileId))
    .limit(1);
  if (!row) return null;
  const { status, createdBy, ...file } = row;
  return { ...file, document: { status, createdBy } };
}

/**
 * One more download of a file. Written at once, not batched as views are: downloads are rare, and
 * a count kept in the database stays exact whichever instance served the file.
 */
export async function countDocumentDownload(db: Database, fileId: number): Promise<void> {
  await writeTransaction(db, (tx) =>
    tx
      .update(documentFiles)
      .set({ downloadCount: sql`${documentFiles.downloadCount} + 1` })
      .where(eq(documentFiles.id, fileId)),
  );
}
