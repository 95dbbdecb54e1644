// The documents register's editable lists (issue 16): the forms ("loại văn bản") and the outside
// issuing bodies. A unit's issuer row is not on this list: it takes its unit's name (issuerForUnit).
import { and, asc, count, eq, isNull, max, ne } from "drizzle-orm";
import type { Database, Transaction } from "../client";
import { documentForms, documentIssuers, documents } from "../schema";

export type DocumentListKind = "form" | "issuer";
export type DocumentListEntry = { id: number; name: string; documentCount: number };

async function usage(db: Database | Transaction, kind: DocumentListKind): Promise<Map<number, number>> {
  const column = kind === "form" ? documents.formId : documents.issuerId;
  const rows = await db.select({ id: column, n: count() }).from(documents).groupBy(column);
  return new Map(rows.map((row) => [row.id, row.n]));
}

/** The entries in their order, each with how many documents name it. */
export async function documentListEntries(db: Database | Transaction, kind: DocumentListKind): Promise<DocumentListEntry[]> {
  const used = await usage(db, kind);
  const rows =
    kind === "form"
      ? await db.select({ id: documentForms.id, name: documentForms.name }).from(documentForms).orderBy(asc(documentForms.sortOrder), asc(documentForms.id))
      : await db.select({ id: documentIssuers.id, name: documentIssuers.name }).from(documentIssuers).where(isNull(documentIssuers.unitId)).orderBy(asc(documentIssuers.sortOrder), asc(documentIssuers.id));
  return rows.map((row) => ({ ...row, documentCount: used.get(row.id) ?? 0 }));
}

export async function documentListEntry(db: Database | Transaction, kind: DocumentListKind, id: number): Promise<DocumentListEntry | null> {
  return (await documentListEntries(db, kind)).find((entry) => entry.id === id) ?? null;
}

/** Whether another row already has this name (issuers: units' rows too, since names are unique across them). */
export async function documentListNameTaken(db: Database | Transaction, kind: DocumentListKind, name: string, exceptId: number | null): Promise<boolean> {
  const rows =
    kind === "form"
      ? await db.select({ id: documentForms.id }).from(documentForms).where(and(eq(documentForms.name, name), ne(documentForms.id, exceptId ?? -1))).limit(1)
      : await db.select({ id: documentIssuers.id }).from(documentIssuers).where(and(eq(documentIssuers.name, name), ne(documentIssuers.id, exceptId ?? -1))).limit(1);
  return rows.length > 0;
}

export async function insertDocumentListEntry(tx: Transaction, kind: DocumentListKind, name: string): Promise<void> {
  if (kind === "form") {
    const [last] = await tx.select({ n: max(documentForms.sortOrder) }).from(documentForms);
    await tx.insert(documentForms).values({ name, sortOrder: Number(last?.n ?? -1) + 1 });
  } else {
    const [last] = await tx.select({ n: max(documentIssuers.sortOrder) }).from(documentIssuers);
    await tx.insert(documentIssuers).values({ name, sortOrder: Number(last?.n ?? -1) + 1 });
  }
}

export async function renameDocumentListEntry(tx: Transaction, kind: DocumentListKind, id: number, name: string): Promise<void> {
  if (kind === "form") await tx.update(documentForms).set({ name }).where(eq(documentForms.id, id));
  else await tx.update(documentIssuers).set({ name }).where(and(eq(documentIssuers.id, id), isNull(documentIssuers.unitId)));
}

export async function deleteDocumentListEntry(tx: Transaction, kind: DocumentListKind, id: number): Promise<void> {
  if (kind === "form") await tx.delete(documentForms).where(eq(documentForms.id, id));
  else await tx.delete(documentIssuers).where(and(eq(documentIssuers.id, id), isNull(documentIssuers.unitId)));
}

async function setSortOrder(tx: Transaction, kind: DocumentListKind, id: number, sortOrder: number): Promise<void> {
  if (kind === "form") await tx.update(documentForms).set({ sortOrder }).where(eq(documentForms.id, id));
  else await tx.update(documentIssuers).set({ sortOrder }).where(eq(documentIssuers.id, id));
}

/** Swaps an entry with its neighbour and numbers the list 0, 1, 2… again; false at either end. */
export async function moveDocumentListEntry(tx: Transaction, kind: DocumentListKind, id: number, direction: "up" | "down"): Promise<boolean> {
  const ids = (await documentListEntries(tx, kind)).map((entry) => entry.id);
  const at = ids.indexOf(id);
  const to = direction === "up" ? at - 1 : at + 1;
  if (at < 0 || to < 0 || to >= ids.length) return false;
  [ids[at], ids[to]] = [ids[to] as number, ids[at] as number];
  for (const [sortOrder, entryId] of ids.entries()) await setSortOrder(tx, kind, entryId, sortOrder);
  return true;
}
