// A document's attached files in the workspace (issue 16): the list the files panel shows, adding
// one at the end, removing one, and moving one up or down. The bytes are server/document-storage.ts'.
import { asc, eq, max } from "drizzle-orm";
import { type DocumentFileKind, documentFileHref } from "@/core/document-files";
import type { Database, Transaction } from "../client";
import { documentFiles } from "../schema";
import { onlyRow } from "../sql";

/** A file as the workspace shows it (and the upload route answers with). */
export type DocumentFileItem = { id: number; fileName: string; kind: DocumentFileKind; sizeBytes: number; previewKey: string | null; href: string };

/** What a removal needs: whose file it is, and what it left on disk. */
export type StoredDocumentFile = { id: number; documentId: number; fileName: string; storageKey: string; kind: DocumentFileKind; previewKey: string | null };

const itemColumns = { id: documentFiles.id, fileName: documentFiles.fileName, kind: documentFiles.kind, sizeBytes: documentFiles.sizeBytes, previewKey: documentFiles.previewKey };

const itemOf = (row: Omit<DocumentFileItem, "href">): DocumentFileItem => ({ ...row, href: documentFileHref(row.id) });

export async function documentFilesOf(db: Database | Transaction, documentId: number): Promise<DocumentFileItem[]> {
  const rows = await db.select(itemColumns).from(documentFiles).where(eq(documentFiles.documentId, documentId)).orderBy(asc(documentFiles.sortOrder), asc(documentFiles.id));
  return rows.map(itemOf);
}

export type NewDocumentFile = { documentId: number; storageKey: string; fileName: string; kind: DocumentFileKind; sizeBytes: number; previewKey: string | null; uploadedBy: number | null; createdAt: Date };

/** Adds a file after the document's others. */
export async function insertDocumentFile(tx: Transaction, file: NewDocumentFile): Promise<DocumentFileItem> {
  const [last] = await tx.select({ sortOrder: max(documentFiles.sortOrder) }).from(documentFiles).where(eq(documentFiles.documentId, file.documentId));
  const sortOrder = last?.sortOrder === null || last?.sortOrder === undefined ? 0 : Number(last.sortOrder) + 1;
  return itemOf(onlyRow(await tx.insert(documentFiles).values({ ...file, sortOrder }).returning(itemColumns)));
}

export async function storedDocumentFile(db: Database | Transaction, fileId: number): Promise<StoredDocumentFile | null> {
  const [row] = await db
    .select({ id: documentFiles.id, documentId: documentFiles.documentId, fileName: documentFiles.fileName, storageKey: documentFiles.storageKey, kind: documentFiles.kind, previewKey: documentFiles.previewKey })
    .from(documentFiles)
    .where(eq(documentFiles.id, fileId))
    .limit(1);
  return row ?? null;
}

/** The files a document's deletion leaves on disk, read before its rows go. */
export async function storedFilesOfDocument(tx: Transaction, documentId: number): Promise<StoredDocumentFile[]> {
  return tx
    .select({ id: documentFiles.id, documentId: documentFiles.documentId, fileName: documentFiles.fileName, storageKey: documentFiles.storageKey, kind: documentFiles.kind, previewKey: documentFiles.previewKey })
    .from(documentFiles)
    .where(eq(documentFiles.documentId, documentId))
    .orderBy(asc(documentFiles.sortOrder), asc(documentFiles.id));
}

export async function deleteDocumentFileRow(tx: Transaction, fileId: number): Promise<void> {
  await tx.delete(documentFiles).where(eq(documentFiles.id, fileId));
}

/**
 * Swaps a file with its neighbour above or below, numbering the document's files 0, 1, 2… again
 * (older rows may share a number). False when it is already first or last.
 */
export async function moveDocumentFile(tx: Transaction, documentId: number, fileId: number, direction: "up" | "down"): Promise<boolean> {
  const ids = (await documentFilesOf(tx, documentId)).map((file) => file.id);
  const at = ids.indexOf(fileId);
  const to = direction === "up" ? at - 1 : at + 1;
  if (at < 0 || to < 0 || to >= ids.length) return false;
  [ids[at], ids[to]] = [ids[to] as number, ids[at] as number];
  for (const [sortOrder, id] of ids.entries()) await tx.update(documentFiles).set({ sortOrder }).where(eq(documentFiles.id, id));
  return true;
}
