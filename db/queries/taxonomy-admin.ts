// Units and categories as the admin manages them: with what uses each, so nothing in use is deleted.
import { and, asc, count, eq, isNull, max, ne, type SQL } from "drizzle-orm";
import type { TaxonomyUsage as Usage } from "@/core/taxonomy-usage";
import type { Database, Transaction } from "../client";
import { onlyRow } from "../sql";
import { articles, categories, units, users } from "../schema";

export type AdminUnit = { id: number; name: string; shortName: string; slug: string; parentId: number | null; sortOrder: number; articleCount: number; userCount: number };
export type AdminCategory = { id: number; name: string; slug: string; sortOrder: number; articleCount: number };

// A few names are enough for the admin to find them; the count says how many there are.
const NAMED = 5;

export async function adminUnits(db: Database): Promise<AdminUnit[]> {
  const articleCounts = new Map((await db.select({ id: articles.unitId, n: count() }).from(articles).groupBy(articles.unitId)).map((r) => [r.id, r.n]));
  const userCounts = new Map((await db.select({ id: users.unitId, n: count() }).from(users).groupBy(users.unitId)).map((r) => [r.id, r.n]));
  const rows = await db
    .select({ id: units.id, name: units.name, shortName: units.shortName, slug: units.slug, parentId: units.parentId, sortOrder: units.sortOrder })
    .from(units)
    .orderBy(asc(units.sortOrder), asc(units.id));
  return rows.map((unit) => ({ ...unit, articleCount: articleCounts.get(unit.id) ?? 0, userCount: userCounts.get(unit.id) ?? 0 }));
}

export async function adminCategories(db: Database): Promise<AdminCategory[]> {
  const articleCounts = new Map((await db.select({ id: articles.categoryId, n: count() }).from(articles).groupBy(articles.categoryId)).map((r) => [r.id, r.n]));
  const rows = await db
    .select({ id: categories.id, name: categories.name, slug: categories.slug, sortOrder: categories.sortOrder })
    .from(categories)
    .orderBy(asc(categories.sortOrder), asc(categories.id));
  return rows.map((category) => ({ ...category, articleCount: articleCounts.get(category.id) ?? 0 }));
}

const countOf = async (rows: Promise<{ n: number }[]>) => (await rows)[0]?.n ?? 0;

async function articleUsage(db: Database, where: SQL): Promise<Pick<Usage, "articleCount" | "articleTitles">> {
  const articleCount = await countOf(db.select({ n: count() }).from(articles).where(where));
  const titled = await db.select({ title: articles.title }).from(articles).where(where).orderBy(asc(articles.id)).limit(NAMED);
  return { articleCount, articleTitles: titled.map((r) => r.title || "(Chưa có tiêu đề)") };
}

export async function unitUsage(db: Database, id: number): Promise<Usage> {
  const usernames = await db.select({ username: users.username }).from(users).where(eq(users.unitId, id)).orderBy(asc(users.username)).limit(NAMED);
  const childUnits = await db.select({ name: units.name }).from(units).where(eq(units.parentId, id)).orderBy(asc(units.sortOrder));
  return {
    ...(await articleUsage(db, eq(articles.unitId, id))),
    userCount: await countOf(db.select({ n: count() }).from(users).where(eq(users.unitId, id))),
    usernames: usernames.map((r) => r.username),
    childUnits: childUnits.map((r) => r.name),
  };
}

export async function categoryUsage(db: Database, id: number): Promise<Usage> {
  return { ...(await articleUsage(db, eq(articles.categoryId, id))), userCount: 0, usernames: [], childUnits: [] };
}

export async function unitById(db: Database, id: number) {
  const [unit] = await db.select().from(units).where(eq(units.id, id));
  return unit ?? null;
}

export async function categoryById(db: Database, id: number) {
  const [category] = await db.select().from(categories).where(eq(categories.id, id));
  return category ?? null;
}

export async function unitSlugTaken(db: Database, slug: string, exceptId: number | null): Promise<boolean> {
  return (await db.select({ id: units.id }).from(units).where(and(eq(units.slug, slug), ne(units.id, exceptId ?? -1))).limit(1)).length > 0;
}

export async function categorySlugTaken(db: Database, slug: string, exceptId: number | null): Promise<boolean> {
  return (await db.select({ id: categories.id }).from(categories).where(and(eq(categories.slug, slug), ne(categories.id, exceptId ?? -1))).limit(1)).length > 0;
}

const siblingsOf = (parentId: number | null) => (parentId === null ? isNull(units.parentId) : eq(units.parentId, parentId));

async function lastUnitOrder(db: Database, parentId: number | null): Promise<number> {
  const [row] = await db.select({ order: max(units.sortOrder) }).from(units).where(siblingsOf(parentId));
  return row?.order ?? 0;
}

/** A new unit goes last among its siblings. */
export async function insertUnitRow(tx: Transaction, values: { name: string; shortName: string; slug: string; parentId: number | null }): Promise<number> {
  const last = await lastUnitOrder(tx, values.parentId);
  return onlyRow(await tx.insert(units).values({ ...values, sortOrder: last + 1 }).returning({ id: units.id })).id;
}

export async function updateUnitRow(tx: Transaction, id: number, values: { name: string; shortName: string; slug: string; parentId: number | null }): Promise<void> {
  const [current] = await tx.select({ parentId: units.parentId }).from(units).where(eq(units.id, id));
  // Moved under another parent, it goes last there.
  const moved = current && current.parentId !== values.parentId;
  const last = moved ? await lastUnitOrder(tx, values.parentId) : null;
  await tx.update(units).set({ ...values, ...(last !== null ? { sortOrder: last + 1 } : {}) }).where(eq(units.id, id));
}

export async function unitSiblings(db: Database, parentId: number | null) {
  return db.select({ id: units.id, sortOrder: units.sortOrder }).from(units).where(siblingsOf(parentId)).orderBy(asc(units.sortOrder), asc(units.id));
}

export async function categoriesInOrder(db: Database) {
  return db.select({ id: categories.id, sortOrder: categories.sortOrder }).from(categories).orderBy(asc(categories.sortOrder), asc(categories.id));
}

/** Renumbers a list in the given order: equal sort orders (old data) can't make a move a no-op. */
export async function writeUnitOrder(tx: Transaction, orderedIds: number[]): Promise<void> {
  for (const [index, id] of orderedIds.entries()) await tx.update(units).set({ sortOrder: index + 1 }).where(eq(units.id, id));
}

export async function writeCategoryOrder(tx: Transaction, orderedIds: number[]): Promise<void> {
  for (const [index, id] of orderedIds.entries()) await tx.update(categories).set({ sortOrder: index + 1 }).where(eq(categories.id, id));
}

export async function deleteUnitRow(tx: Transaction, id: number): Promise<boolean> {
  return (await tx.delete(units).where(eq(units.id, id)).returning({ id: units.id })).length > 0;
}

export async function insertCategoryRow(tx: Transaction, values: { name: string; slug: string }): Promise<number> {
  const [row] = await tx.select({ order: max(categories.sortOrder) }).from(categories);
  return onlyRow(await tx.insert(categories).values({ ...values, sortOrder: (row?.order ?? 0) + 1 }).returning({ id: categories.id })).id;
}

export async function updateCategoryRow(tx: Transaction, id: number, values: { name: string; slug: string }): Promise<void> {
  await tx.update(categories).set(values).where(eq(categories.id, id));
}

export async function deleteCategoryRow(tx: Transaction, id: number): Promise<boolean> {
  return (await tx.delete(categories).where(eq(categories.id, id)).returning({ id: categories.id })).length > 0;
}
