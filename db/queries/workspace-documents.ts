// The documents in the workspace (/quan-tri/van-ban, issue 16): every status, newest first, found
// by the register's own search (words of the abstract, or a number such as "47/KH"); and one
// document as its form edits it.
import { and, count, desc, eq, ne, type SQL } from "drizzle-orm";
import { alias } from "drizzle-orm/sqlite-core";
import type { DocumentStatus } from "@/core/documents";
import { type ArticleStatus, articleStatuses } from "@/core/permissions";
import { formatCalendarDay, storedDay } from "@/core/vi-date";
import type { Database } from "../client";
import { documentForms, documentIssuers, documents, users } from "../schema";
import { searchCondition } from "./documents";

export type WorkspaceDocumentFilter = {
  status?: ArticleStatus;
  /** What was typed in the search box. */
  query?: string;
  /** Contributors see only the documents they registered: set by the server, never from the URL. */
  onlyCreatorId?: number;
};

export type WorkspaceDocumentRow = {
  id: number;
  number: string;
  abstract: string;
  formName: string;
  issuerName: string;
  issuedOn: string;
  status: ArticleStatus;
  publishedAt: Date | null;
  updatedAt: Date;
  creatorName: string | null;
};

const creator = alias(users, "creator");

function conditions(filter: WorkspaceDocumentFilter): SQL | undefined {
  const parts: SQL[] = [];
  if (filter.status) parts.push(eq(documents.status, filter.status));
  if (filter.onlyCreatorId !== undefined) parts.push(eq(documents.createdBy, filter.onlyCreatorId));
  const typed = filter.query?.trim();
  const matched = typed ? searchCondition(typed) : undefined;
  if (matched) parts.push(matched);
  return parts.length ? and(...parts) : undefined;
}

const dayText = (key: string) => formatCalendarDay(storedDay(key));

/** One page of the documents, newest registered first, and how many the filter finds. */
export async function workspaceDocumentsPage(db: Database, filter: WorkspaceDocumentFilter, page: { offset: number; limit: number }): Promise<{ items: WorkspaceDocumentRow[]; total: number }> {
  const where = conditions(filter);
  const [counted] = await db.select({ n: count() }).from(documents).where(where);
  const rows = await db
    .select({
      id: documents.id,
      number: documents.number,
      abstract: documents.abstract,
      formName: documentForms.name,
      issuerName: documentIssuers.name,
      issuedOn: documents.issuedOn,
      status: documents.status,
      publishedAt: documents.publishedAt,
      updatedAt: documents.updatedAt,
      creatorName: creator.displayName,
    })
    .from(documents)
    .innerJoin(documentForms, eq(documentForms.id, documents.formId))
    .innerJoin(documentIssuers, eq(documentIssuers.id, documents.issuerId))
    .leftJoin(creator, eq(creator.id, documents.createdBy))
    .where(where)
    .orderBy(desc(documents.createdAt), desc(documents.id))
    .limit(page.limit)
    .offset(page.offset);
  return { items: rows.map((row) => ({ ...row, issuedOn: dayText(row.issuedOn) })), total: counted?.n ?? 0 };
}

export async function documentCountsByStatus(db: Database, onlyCreatorId?: number): Promise<Record<ArticleStatus, number>> {
  const rows = await db
    .select({ status: documents.status, n: count() })
    .from(documents)
    .where(onlyCreatorId === undefined ? undefined : eq(documents.createdBy, onlyCreatorId))
    .groupBy(documents.status);
  const counts = Object.fromEntries(articleStatuses.map((status) => [status, 0])) as Record<ArticleStatus, number>;
  for (const row of rows) counts[row.status] = row.n;
  return counts;
}

/** A document as its form shows it: the fields as typed (days dd/mm/yyyy), who made it and where it stands. */
export type EditableDocument = {
  id: number;
  version: number;
  status: ArticleStatus;
  publishedAt: Date | null;
  createdBy: number | null;
  slug: string;
  fields: {
    formId: string;
    issuer: string;
    newIssuer: string;
    number: string;
    issuedOn: string;
    inForceOn: string;
    ceasesOn: string;
    signer: string;
    abstract: string;
    field: string;
    legalStatus: DocumentStatus;
    slug: string;
  };
};

const typedDay = (key: string | null) => (key ? dayText(key) : "");

export async function editableDocument(db: Database, id: number): Promise<EditableDocument | null> {
  const [row] = await db
    .select({ document: documents, issuerUnitId: documentIssuers.unitId })
    .from(documents)
    .innerJoin(documentIssuers, eq(documentIssuers.id, documents.issuerId))
    .where(eq(documents.id, id))
    .limit(1);
  if (!row) return null;
  const { document } = row;
  return {
    id: document.id,
    version: document.version,
    status: document.status,
    publishedAt: document.publishedAt,
    createdBy: document.createdBy,
    slug: document.slug,
    fields: {
      formId: String(document.formId),
      issuer: row.issuerUnitId === null ? `body:${document.issuerId}` : `unit:${row.issuerUnitId}`,
      newIssuer: "",
      number: document.number,
      issuedOn: typedDay(document.issuedOn),
      inForceOn: typedDay(document.inForceOn),
      ceasesOn: typedDay(document.ceasesOn),
      signer: document.signer,
      abstract: document.abstract,
      field: document.field,
      legalStatus: document.legalStatus,
      slug: document.slug,
    },
  };
}

/** The fields already used, for the form's suggestions. */
export async function documentFieldsInUse(db: Database): Promise<string[]> {
  const rows = await db.selectDistinct({ field: documents.field }).from(documents).where(ne(documents.field, ""));
  return rows.map((row) => row.field).sort(new Intl.Collator("vi").compare);
}
