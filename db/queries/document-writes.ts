// Writing documents (issue 16): what the register's search reads is written with the row, from the
// same rules the search applies (core/documents.ts, core/search-text.ts).
import { and, eq, like, ne } from "drizzle-orm";
import { documentNumberKey, type DocumentStatus } from "@/core/documents";
import type { ArticleStatus } from "@/core/permissions";
import { normaliseForSearch } from "@/core/search-text";
import { type CalendarDay, dayKey } from "@/core/vi-date";
import { slugStem } from "@/core/slug";
import type { Database, Transaction } from "../client";
import { documentForms, documentIssuers, documents, units } from "../schema";
import { onlyRow } from "../sql";
import { type StoredDocumentFile, storedFilesOfDocument } from "./document-files";
import { issuedInYear } from "./documents";
import { keepMovedSlug, movedSlugsOfOthers } from "./moved-slugs";

export type DocumentContent = {
  slug: string;
  formId: number;
  issuerId: number;
  number: string;
  issuedOn: CalendarDay;
  inForceOn: CalendarDay | null;
  ceasesOn: CalendarDay | null;
  signer: string;
  abstract: string;
  field: string;
  legalStatus: DocumentStatus;
};

/** The words the register's search box finds a document by: its number, abstract and signer. */
export function documentSearchText(content: Pick<DocumentContent, "number" | "abstract" | "signer">): string {
  return normaliseForSearch(`${content.number} ${content.abstract} ${content.signer}`);
}

function rowOf(content: DocumentContent) {
  return {
    ...content,
    issuedOn: dayKey(content.issuedOn),
    inForceOn: content.inForceOn && dayKey(content.inForceOn),
    ceasesOn: content.ceasesOn && dayKey(content.ceasesOn),
    numberKey: documentNumberKey(content.number),
    searchText: documentSearchText(content),
  };
}

export async function insertDocument(tx: Transaction, content: DocumentContent, by: number | null, status: ArticleStatus, now: Date): Promise<{ id: number; version: number }> {
  return onlyRow(
    await tx
      .insert(documents)
      .values({ ...rowOf(content), status, publishedAt: status === "published" ? now : null, createdBy: by, updatedBy: by, createdAt: now, updatedAt: now })
      .returning({ id: documents.id, version: documents.version }),
  );
}

/** The issuer row of a unit of the site, made the first time a document names the unit. */
export async function issuerForUnit(tx: Transaction, unitId: number): Promise<number> {
  const [existing] = await tx.select({ id: documentIssuers.id }).from(documentIssuers).where(eq(documentIssuers.unitId, unitId)).limit(1);
  if (existing) return existing.id;
  const [unit] = await tx.select({ name: units.name, sortOrder: units.sortOrder }).from(units).where(eq(units.id, unitId)).limit(1);
  if (!unit) throw new Error(`unit ${unitId} does not exist`);
  return onlyRow(await tx.insert(documentIssuers).values({ name: unit.name, unitId, sortOrder: unit.sortOrder }).returning({ id: documentIssuers.id })).id;
}

/** An issuer outside the site's units ("UBND tỉnh"), made once by its name. */
export async function issuerNamed(tx: Transaction, name: string): Promise<number> {
  const [existing] = await tx.select({ id: documentIssuers.id }).from(documentIssuers).where(eq(documentIssuers.name, name)).limit(1);
  if (existing) return existing.id;
  return onlyRow(await tx.insert(documentIssuers).values({ name }).returning({ id: documentIssuers.id })).id;
}

/** What a save of a document checks and keeps: who made it, where it is in the workflow, its version. */
export type DocumentState = { id: number; createdBy: number | null; status: ArticleStatus; version: number; publishedAt: Date | null; slug: string; label: string };

export async function documentState(db: Database | Transaction, id: number): Promise<DocumentState | null> {
  const [row] = await db
    .select({
      id: documents.id,
      createdBy: documents.createdBy,
      status: documents.status,
      version: documents.version,
      publishedAt: documents.publishedAt,
      slug: documents.slug,
      number: documents.number,
      abstract: documents.abstract,
    })
    .from(documents)
    .where(eq(documents.id, id))
    .limit(1);
  if (!row) return null;
  const { number, abstract, ...state } = row;
  // How the audit log names it: its number, or its abstract when it has none.
  return { ...state, label: number || abstract };
}

/**
 * Saves a document's content when it is still at `baseVersion` (the version check is the
 * update's own condition); returns the new version, or null when someone saved first.
 */
export async function updateDocument(tx: Transaction, id: number, baseVersion: number, content: DocumentContent, by: number, now: Date): Promise<number | null> {
  const [before] = await tx.select({ slug: documents.slug, status: documents.status }).from(documents).where(eq(documents.id, id));
  const [row] = await tx
    .update(documents)
    .set({ ...rowOf(content), updatedBy: by, updatedAt: now, version: baseVersion + 1 })
    .where(and(eq(documents.id, id), eq(documents.version, baseVersion)))
    .returning({ version: documents.version });
  if (!row || !before) return null;
  await keepMovedSlug(tx, "document", id, { from: before.slug, to: content.slug, statusBefore: before.status }, now);
  return row.version;
}

export async function setDocumentStatus(tx: Transaction, id: number, status: ArticleStatus, publishedAt: Date | null): Promise<void> {
  await tx.update(documents).set({ status, publishedAt }).where(eq(documents.id, id));
}

/**
 * The slugs of other documents that `base`, `base-2`, `base-3`… could collide with: looked up by the
 * stem the numbered ones keep (core/slug slugStem), since a long base loses words to its suffix.
 */
export async function takenDocumentSlugs(db: Database | Transaction, base: string, exceptId: number | null): Promise<Set<string>> {
  const rows = await db
    .select({ slug: documents.slug })
    .from(documents)
    .where(and(like(documents.slug, `${slugStem(base)}%`), ne(documents.id, exceptId ?? -1)));
  return new Set([...rows.map((row) => row.slug), ...(await movedSlugsOfOthers(db, "document", base, exceptId))]);
}

/** Other documents of the same form and year registered under the same number: a warning, not a refusal. */
export async function documentsWithNumber(db: Database | Transaction, content: Pick<DocumentContent, "number" | "formId" | "issuedOn">, exceptId: number | null): Promise<string[]> {
  const key = documentNumberKey(content.number);
  if (key === "") return [];
  const year = content.issuedOn.year;
  const rows = await db
    .select({ abstract: documents.abstract })
    .from(documents)
    .where(
      and(
        eq(documents.numberKey, key),
        eq(documents.formId, content.formId),
        issuedInYear(year),
        ne(documents.id, exceptId ?? -1),
      ),
    );
  return rows.map((row) => row.abstract);
}

export async function documentFormExists(db: Database | Transaction, id: number): Promise<boolean> {
  return (await db.select({ id: documentForms.id }).from(documentForms).where(eq(documentForms.id, id)).limit(1)).length > 0;
}

export async function documentIssuerExists(db: Database | Transaction, id: number): Promise<boolean> {
  return (await db.select({ id: documentIssuers.id }).from(documentIssuers).where(eq(documentIssuers.id, id)).limit(1)).length > 0;
}

/** Deletes a document with its links and file rows; returns its files, whose bytes are to go once this commits. */
export async function deleteDocumentRow(tx: Transaction, id: number): Promise<StoredDocumentFile[]> {
  const files = await storedFilesOfDocument(tx, id);
  await tx.delete(documents).where(eq(documents.id, id));
  return files;
}
