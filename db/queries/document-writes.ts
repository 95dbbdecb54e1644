// Writing documents (issue 16): what the register's search reads is written with the row, from the
// same rules the search applies (core/documents.ts, core/search-text.ts).
import { eq } from "drizzle-orm";
import { documentNumberKey, type DocumentStatus } from "@/core/documents";
import type { ArticleStatus } from "@/core/permissions";
import { normaliseForSearch } from "@/core/search-text";
import { type CalendarDay, dayKey } from "@/core/vi-date";
import type { Transaction } from "../client";
import { documentIssuers, documents, units } from "../schema";
import { onlyRow } from "../sql";

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
