// What an import of an old portal (issue 17) reads and writes beyond the ordinary article queries:
// the old rows it already wrote (legacy_items), the account it writes as, series found by title,
// and the facts only an import sets (the old view count, creation time and status).
import { and, asc, eq, like, sql } from "drizzle-orm";
import { searchEntryOf, type SearchEntry } from "@/core/search-text";
import type { LegacyItemKind, LegacySource } from "@/core/legacy-addresses";
import { slugify, uniqueSlug } from "@/core/slug";
import type { Database, Transaction } from "../client";
import { excluded, placeholders, preparedQuery } from "../prepared";
import { onlyRow } from "../sql";
import { articles, legacyItems, series, users } from "../schema";
import { createArticle, saveArticleContent, type ArticleContent, type ImportedFacts } from "./article-writes";
import { insertSeries } from "./bulk-articles";
import { syncArticleSearch, syncArticleSearchWith, type NewSearchEntry } from "./search-index";

export type LegacyItem = { newId: number; fingerprint: string };

/** Every row of one kind an import of this source wrote, by old key: a few MB for 100,000 articles. */
export async function legacyItemsOf(db: Database, source: LegacySource, kind: LegacyItemKind): Promise<Map<string, LegacyItem>> {
  const rows = await db
    .select({ oldKey: legacyItems.oldKey, newId: legacyItems.newId, fingerprint: legacyItems.fingerprint })
    .from(legacyItems)
    .where(and(eq(legacyItems.source, source), eq(legacyItems.kind, kind)));
  return new Map(rows.map((row) => [row.oldKey, { newId: row.newId, fingerprint: row.fingerprint }]));
}

export async function recordLegacyItem(
  tx: Transaction,
  item: { source: LegacySource; kind: LegacyItemKind; oldKey: string; newId: number; fingerprint: string; at: Date },
): Promise<void> {
  const { at, ...values } = item;
  await upsertLegacyItem(tx, { ...values, importedAt: at });
}

// Written with every imported article: prepared once (db/prepared.ts).
const upsertLegacyItem = preparedQuery("legacy-item-upsert", (tx: Transaction) => {
  const { newId, fingerprint, importedAt } = legacyItems;
  return tx
    .insert(legacyItems)
    .values(placeholders(["source", "kind", "oldKey", "newId", "fingerprint", "importedAt"] as const))
    .onConflictDoUpdate({
      target: [legacyItems.source, legacyItems.kind, legacyItems.oldKey],
      set: { newId: excluded(newId), fingerprint: excluded(fingerprint), importedAt: excluded(importedAt) },
    });
});

/** The account an import writes as: the one named, else the first active admin. */
export async function importingAccount(db: Database, username: string | null): Promise<{ id: number; displayName: string } | null> {
  const [account] = await db
    .select({ id: users.id, displayName: users.displayName })
    .from(users)
    .where(username === null ? and(eq(users.role, "admin"), eq(users.isActive, true)) : and(eq(users.username, username), eq(users.isActive, true)))
    .orderBy(asc(users.id))
    .limit(1);
  return account ?? null;
}

/** An old portal's user as a disabled account (`--with-accounts`): a name for the articles, no way in. */
export async function insertDisabledAccount(tx: Transaction, values: { username: string; displayName: string; unitId: number | null; passwordHash: string }): Promise<number> {
  const base = values.username;
  const taken = new Set((await tx.select({ username: users.username }).from(users).where(like(users.username, `${base}%`))).map((row) => row.username));
  let username = base;
  for (let n = 2; taken.has(username); n += 1) username = `${base}${n}`;
  return onlyRow(
    await tx
      .insert(users)
      .values({ ...values, username, role: "contributor", isActive: false, mustChangePassword: true })
      .returning({ id: users.id }),
  ).id;
}

/** The series with this title, made when it does not exist yet: the parts of an old series find each other. */
export async function seriesForTitle(tx: Transaction, title: string): Promise<number> {
  const [found] = await tx.select({ id: series.id }).from(series).where(eq(series.title, title)).limit(1);
  if (found) return found.id;
  const base = slugify(title);
  const taken = new Set((await tx.select({ slug: series.slug }).from(series).where(like(series.slug, `${base}%`))).map((row) => row.slug));
  return insertSeries(tx, { title, slug: uniqueSlug(base, taken), summary: "" });
}

/** An imported article's version now, or null when it was deleted in Bản tin since. */
export async function articleVersion(db: Database, id: number): Promise<number | null> {
  const [row] = await db.select({ version: articles.version }).from(articles).where(eq(articles.id, id));
  return row?.version ?? null;
}

/**
 * Writes an old article as a new one, or over the one an earlier run wrote (`existing`, unchanged
 * in Bản tin since: its version is the save's condition), with one revision "import", and the
 * facts only an import sets. Returns its id and version. `searchEntry`, when the caller has it
 * (core/search-text searchEntryOf of this content), is indexed without reading the article back.
 * A new article's entry (that one, or made here from the content) goes to `indexLater` instead,
 * for the caller to index with the rest of its transaction's new articles (indexNewArticles)
 * before the transaction ends.
 */
export async function writeImportedArticle(
  tx: Transaction,
  options: {
    existing: { id: number; version: number } | null;
    content: ArticleContent;
    facts: ImportedFacts;
    importedBy: number;
    now: Date;
    searchEntry?: SearchEntry;
    indexLater: NewSearchEntry[];
  },
): Promise<{ id: number; version: number } | null> {
  const { existing, content, facts, importedBy, now, searchEntry, indexLater } = options;
  const index = async (id: number) => (searchEntry ? syncArticleSearchWith(tx, id, facts, searchEntry) : syncArticleSearch(tx, id));
  if (!existing) {
    const created = await createArticle(tx, content, importedBy, "import", now, facts);
    indexLater.push({ articleId: created.id, article: facts, entry: searchEntry ?? searchEntryOf(content) });
    return created;
  }
  const saved = await saveArticleContent(tx, { id: existing.id, baseVersion: existing.version, content, savedBy: importedBy, kind: "import", now });
  if (!saved.ok) return null;
  const [row] = await tx
    .update(articles)
    .set({ status: facts.status, publishedAt: facts.publishedAt, createdAt: facts.createdAt, viewCount: facts.viewCount })
    .where(eq(articles.id, existing.id))
    .returning({ version: articles.version });
  await index(existing.id);
  return row ? { id: existing.id, version: row.version } : null;
}

/** An imported article's address and view count now (an update keeps the address, and adds the old site's new views). */
export async function importedArticleNow(db: Database, id: number): Promise<{ slug: string; viewCount: number } | null> {
  const [row] = await db.select({ slug: articles.slug, viewCount: articles.viewCount }).from(articles).where(eq(articles.id, id));
  return row ?? null;
}

/** Adds the views the old site counted since the last run; nothing else of the article changes. */
export async function addImportedViews(tx: Transaction, id: number, views: number): Promise<boolean> {
  const changed = await tx
    .update(articles)
    .set({ viewCount: sql`case when ${articles.viewCount} + ${views} < 0 then 0 else ${articles.viewCount} + ${views} end` })
    .where(eq(articles.id, id))
    .returning({ id: articles.id });
  return changed.length === 1;
}
