// The public documents register (issue 16): published documents newest issued first, with the
// filters and the search box of /van-ban. View models only; days come back as calendar days.
import { and, asc, count, desc, eq, isNotNull, lte, ne, or, sql, type SQL } from "drizzle-orm";
import type { DocumentFileKind } from "@/core/document-files";
import { documentNumberQuery, type DocumentStatus, effectiveDocumentStatus, looksLikeDocumentNumber } from "@/core/documents";
import { MAX_QUERY_WORDS, searchWords } from "@/core/search-text";
import { type CalendarDay, dayKey, storedDay } from "@/core/vi-date";
import type { Database } from "../client";
import { escapeLike, like } from "../sql";
import { articleDocuments, documentFiles, documentForms, documentIssuers, documents } from "../schema";

export type DocumentRegisterFilter = {
  formId?: number;
  issuerId?: number;
  year?: number;
  field?: string;
  legalStatus?: DocumentStatus;
  /** What the reader typed: words of the abstract, or a number and symbol ("47/KH"). */
  query?: string;
};

export type DocumentListItem = {
  id: number;
  slug: string;
  number: string;
  abstract: string;
  formName: string;
  issuerName: string;
  issuedOn: CalendarDay;
  legalStatus: DocumentStatus;
};

// A row of the register or of an article's documents, before its days are read.
const listColumns = {
  id: documents.id,
  slug: documents.slug,
  number: documents.number,
  abstract: documents.abstract,
  formName: documentForms.name,
  issuerName: documentIssuers.name,
  issuedOn: documents.issuedOn,
  legalStatus: documents.legalStatus,
  ceasesOn: documents.ceasesOn,
};

/**
 * Words match the beginnings of words of the number, abstract and signer, each of them, without
 * tone marks. Typed like a number ("47/KH", "COVID-19"), the query matches a number from any of
 * its boundaries (core/documents.ts), or its words one after another in the text.
 */
export function searchCondition(query: string): SQL | undefined {
  const words = searchWords(query).slice(0, MAX_QUERY_WORDS);
  if (words.length === 0) return undefined;
  const text = sql`(' ' || ${documents.searchText})`;
  if (!looksLikeDocumentNumber(query)) return and(...words.map((word) => like(text, `% ${escapeLike(word)}%`)));
  const number = documentNumberQuery(query);
  const byNumber = number
    ? [like(documents.numberKey, `${escapeLike(number.start)}%`), ...number.afterSeparator.map((part) => like(documents.numberKey, `%${escapeLike(part)}%`))]
    : [];
  return or(...byNumber, like(text, `% ${escapeLike(words.join(" "))}%`));
}

/** Issued in that calendar year: a range of the text days, which the register's indexes can read. */
export function issuedInYear(year: number): SQL {
  return sql`${documents.issuedOn} >= ${`${year}-01-01`} and ${documents.issuedOn} < ${`${year + 1}-01-01`}`;
}

function registerConditions(filter: DocumentRegisterFilter, today: CalendarDay): SQL[] {
  const conditions: SQL[] = [eq(documents.status, "published")];
  if (filter.formId !== undefined) conditions.push(eq(documents.formId, filter.formId));
  if (filter.issuerId !== undefined) conditions.push(eq(documents.issuerId, filter.issuerId));
  if (filter.year !== undefined) conditions.push(issuedInYear(filter.year));
  if (filter.field) conditions.push(eq(documents.field, filter.field));
  const todayKey = dayKey(today);
  // Out of force: so marked, or its day of ceasing has come (effectiveDocumentStatus).
  const expired = or(eq(documents.legalStatus, "expired"), and(isNotNull(documents.ceasesOn), lte(documents.ceasesOn, todayKey)));
  if (filter.legalStatus === "expired" && expired) conditions.push(expired);
  if (filter.legalStatus === "in-force") {
    const inForce = and(ne(documents.legalStatus, "expired"), or(sql`${documents.ceasesOn} is null`, sql`${documents.ceasesOn} > ${todayKey}`));
    if (inForce) conditions.push(inForce);
  }
  if (filter.query !== undefined && filter.query.trim() !== "") {
    const matched = searchCondition(filter.query);
    if (matched) conditions.push(matched);
  }
  return conditions;
}

/** One page of the register and how many documents the filter finds in all. */
export async function documentRegisterPage(
  db: Database,
  filter: DocumentRegisterFilter,
  page: { offset: number; limit: number },
  today: CalendarDay,
): Promise<{ items: DocumentListItem[]; total: number }> {
  const where = and(...registerConditions(filter, today));
  const rows = await db
    .select(listColumns)
    .from(documents)
    .innerJoin(documentForms, eq(documentForms.id, documents.formId))
    .innerJoin(documentIssuers, eq(documentIssuers.id, documents.issuerId))
    .where(where)
    .orderBy(desc(documents.issuedOn), desc(documents.id))
    .limit(page.limit)
    .offset(page.offset);
  const [counted] = await db.select({ n: count() }).from(documents).where(where);
  return { items: rows.map((row) => listItemOf(row, today)), total: counted?.n ?? 0 };
}

type ListRow = Omit<DocumentListItem, "issuedOn"> & { issuedOn: string; ceasesOn: string | null };

function listItemOf({ ceasesOn, issuedOn, legalStatus, ...row }: ListRow, today: CalendarDay): DocumentListItem {
  return { ...row, issuedOn: storedDay(issuedOn), legalStatus: effectiveDocumentStatus(legalStatus, ceasesOn ? storedDay(ceasesOn) : null, today) };
}

const vietnameseOrder = new Intl.Collator("vi");

export type DocumentRegisterChoices = {
  forms: { id: number; name: string }[];
  issuers: { id: number; name: string }[];
  years: number[];
  fields: string[];
};

/** What the register's filters offer: every form, and the issuers, years and fields of published documents. */
export async function documentRegisterChoices(db: Database): Promise<DocumentRegisterChoices> {
  const published = eq(documents.status, "published");
  const forms = await db.select({ id: documentForms.id, name: documentForms.name }).from(documentForms).orderBy(asc(documentForms.sortOrder), asc(documentForms.name));
  const issuers = await db
    .selectDistinct({ id: documentIssuers.id, name: documentIssuers.name, sortOrder: documentIssuers.sortOrder })
    .from(documentIssuers)
    .innerJoin(documents, and(eq(documents.issuerId, documentIssuers.id), published));
  const years = await db
    .selectDistinct({ year: sql<string>`substr(${documents.issuedOn}, 1, 4)` })
    .from(documents)
    .where(published)
    .orderBy(desc(sql`substr(${documents.issuedOn}, 1, 4)`));
  const fields = await db
    .selectDistinct({ field: documents.field })
    .from(documents)
    .where(and(published, ne(documents.field, "")));
  // In Vietnamese order ("LĐLĐ" before "Liên", "Tổ" before "Tuyên"), which neither database's collation gives.
  return {
    forms,
    issuers: issuers.sort((a, b) => a.sortOrder - b.sortOrder || vietnameseOrder.compare(a.name, b.name)).map(({ id, name }) => ({ id, name })),
    years: years.map((row) => Number(row.year)),
    fields: fields.map((row) => row.field).sort(vietnameseOrder.compare),
  };
}

export type DocumentDetail = DocumentListItem & {
  issuerId: number;
  formId: number;
  inForceOn: CalendarDay | null;
  ceasesOn: CalendarDay | null;
  signer: string;
  field: string;
  files: { id: number; storageKey: string; fileName: string; kind: DocumentFileKind; sizeBytes: number; previewKey: string | null; downloadCount: number }[];
  /** Downloads of all its files, as the detail page shows them. */
  downloadCount: number;
};

/** A published document's page (/van-ban/<slug>): its fields, and its files in the editor's order. */
export async function publishedDocumentBySlug(db: Database, slug: string, today: CalendarDay): Promise<DocumentDetail | null> {
  const [row] = await db
    .select({
      id: documents.id,
      slug: documents.slug,
      number: documents.number,
      abstract: documents.abstract,
      formId: documents.formId,
      formName: documentForms.name,
      issuerId: documents.issuerId,
      issuerName: documentIssuers.name,
      issuedOn: documents.issuedOn,
      inForceOn: documents.inForceOn,
      ceasesOn: documents.ceasesOn,
      signer: documents.signer,
      field: documents.field,
      legalStatus: documents.legalStatus,
    })
    .from(documents)
    .innerJoin(documentForms, eq(documentForms.id, documents.formId))
    .innerJoin(documentIssuers, eq(documentIssuers.id, documents.issuerId))
    .where(and(eq(documents.slug, slug), eq(documents.status, "published")))
    .limit(1);
  if (!row) return null;
  const files = await db
    .select({
      id: documentFiles.id,
      storageKey: documentFiles.storageKey,
      fileName: documentFiles.fileName,
      kind: documentFiles.kind,
      sizeBytes: documentFiles.sizeBytes,
      previewKey: documentFiles.previewKey,
      downloadCount: documentFiles.downloadCount,
    })
    .from(documentFiles)
    .where(eq(documentFiles.documentId, row.id))
    .orderBy(asc(documentFiles.sortOrder), asc(documentFiles.id));
  const ceasesOn = row.ceasesOn ? storedDay(row.ceasesOn) : null;
  return {
    ...row,
    issuedOn: storedDay(row.issuedOn),
    inForceOn: row.inForceOn ? storedDay(row.inForceOn) : null,
    ceasesOn,
    legalStatus: effectiveDocumentStatus(row.legalStatus, ceasesOn, today),
    files,
    downloadCount: files.reduce((sum, file) => sum + file.downloadCount, 0),
  };
}

/** "Văn bản liên quan" under an article: its published documents, in the order the editor set. */
export async function documentsOfArticle(db: Database, articleId: number, today: CalendarDay): Promise<DocumentListItem[]> {
  const rows = await db
    .select(listColumns)
    .from(articleDocuments)
    .innerJoin(documents, and(eq(documents.id, articleDocuments.documentId), eq(documents.status, "published")))
    .innerJoin(documentForms, eq(documentForms.id, documents.formId))
    .innerJoin(documentIssuers, eq(documentIssuers.id, documents.issuerId))
    .where(eq(articleDocuments.articleId, articleId))
    .orderBy(asc(articleDocuments.sortOrder), asc(documents.id));
  return rows.map((row) => listItemOf(row, today));
}

/** How many documents are published: the sitemap's share of them. */
export async function publishedDocumentCount(db: Database): Promise<number> {
  const [counted] = await db.select({ n: count() }).from(documents).where(eq(documents.status, "published"));
  return counted?.n ?? 0;
}

/** The sitemap's documents, newest issued first, a slice at a time. */
export async function publishedDocumentAddresses(db: Database, slice: { offset: number; limit: number }): Promise<{ slug: string; updatedAt: Date }[]> {
  if (slice.limit <= 0) return [];
  return db
    .select({ slug: documents.slug, updatedAt: documents.updatedAt })
    .from(documents)
    .where(eq(documents.status, "published"))
    .orderBy(desc(documents.issuedOn), desc(documents.id))
    .limit(slice.limit)
    .offset(slice.offset);
}
