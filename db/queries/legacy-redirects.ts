// The old portals' addresses, kept by an import (issue 17): each key (core/legacy-addresses.ts)
// leads to exactly one article, category or unit, and is served as a permanent redirect.
import { and, count, eq, inArray } from "drizzle-orm";
import type { Database, Transaction } from "../client";
import { excluded, placeholders, preparedQuery } from "../prepared";
import { articles, categories, legacyRedirects, units } from "../schema";
import { isPublicAt } from "./public-articles";

export type LegacyRedirectDestination = { articleId: number } | { categoryId: number } | { unitId: number };

/** Where an old address leads, as a reader may go there now: the new page's kind and slug. */
export type LegacyRedirectTarget = { kind: "article" | "category" | "unit"; id: number; slug: string };

export type LegacyRedirectLookup = {
  target: LegacyRedirectTarget | null;
  /** The articles the keys name, public or not: the page that served them changes with each. */
  articleIds: number[];
};

/**
 * Stores the keys of one old page, in one statement. A key written again moves to the new
 * destination (an import run again, or the mapping file changed). Call it in the transaction that
 * writes the article, category or unit, so an old address never leads to something half-written.
 */
export async function writeLegacyRedirects(tx: Transaction, keys: string[], destination: LegacyRedirectDestination): Promise<void> {
  if (keys.length === 0) return;
  const columns = {
    articleId: "articleId" in destination ? destination.articleId : null,
    categoryId: "categoryId" in destination ? destination.categoryId : null,
    unitId: "unitId" in destination ? destination.unitId : null,
  };
  const distinct = [...new Set(keys)];
  if (distinct.length === 1) {
    await upsertOneRedirect(tx, { key: distinct[0], ...columns });
    return;
  }
  await tx
    .insert(legacyRedirects)
    .values(distinct.map((key) => ({ key, ...columns })))
    .onConflictDoUpdate({ target: legacyRedirects.key, set: columns });
}

// An imported article has one old address key: prepared once (db/prepared.ts), as it runs 100,000 times.
const upsertOneRedirect = preparedQuery("legacy-redirect-upsert", (tx: Transaction) => {
  const { articleId, categoryId, unitId } = legacyRedirects;
  return tx
    .insert(legacyRedirects)
    .values(placeholders(["key", "articleId", "categoryId", "unitId"] as const))
    .onConflictDoUpdate({ target: legacyRedirects.key, set: { articleId: excluded(articleId), categoryId: excluded(categoryId), unitId: excluded(unitId) } });
});

/**
 * The first of `keys`, in their order, that leads somewhere a reader may go now: an article only
 * while it is public (a draft, a take-down or a scheduled one is not served), a category or a unit
 * always. One indexed read, whatever the number of keys.
 */
export async function legacyRedirectTarget(db: Database, keys: string[], now: Date = new Date()): Promise<LegacyRedirectLookup> {
  if (keys.length === 0) return { target: null, articleIds: [] };
  const rows = await db
    .select({
      key: legacyRedirects.key,
      articleId: legacyRedirects.articleId,
      articleSlug: articles.slug,
      categoryId: categories.id,
      categorySlug: categories.slug,
      unitId: units.id,
      unitSlug: units.slug,
    })
    .from(legacyRedirects)
    .leftJoin(articles, and(eq(articles.id, legacyRedirects.articleId), isPublicAt(now)))
    .leftJoin(categories, eq(categories.id, legacyRedirects.categoryId))
    .leftJoin(units, eq(units.id, legacyRedirects.unitId))
    .where(inArray(legacyRedirects.key, keys));
  const byKey = new Map(rows.map((row) => [row.key, row]));
  const articleIds = [...new Set(rows.flatMap((row) => (row.articleId === null ? [] : [row.articleId])))];
  for (const key of keys) {
    const row = byKey.get(key);
    if (!row) continue;
    if (row.articleId !== null && row.articleSlug !== null) return { target: { kind: "article", id: row.articleId, slug: row.articleSlug }, articleIds };
    if (row.categoryId !== null && row.categorySlug !== null) return { target: { kind: "category", id: row.categoryId, slug: row.categorySlug }, articleIds };
    if (row.unitId !== null && row.unitSlug !== null) return { target: { kind: "unit", id: row.unitId, slug: row.unitSlug }, articleIds };
  }
  return { target: null, articleIds };
}

/** How many old addresses are kept: the bench reuses its database only when they are all there. */
export async function legacyRedirectCount(db: Database): Promise<number> {
  const [row] = await db.select({ n: count() }).from(legacyRedirects);
  return Number(row?.n ?? 0);
}
