// Units and categories as the admin manages them: with what uses each, so nothing in use is deleted.
import { and, asc, count, eq, isNull, max, ne, type SQL } from "drizzle-orm";
import type { TaxonomyUsage as Usage } from "@/core/taxonomy-usage";
import type { DatabaseOrTransaction } from "../client";
import { articles, categories, units, users } from "../schema";

export type AdminUnit = { id: number; name: string; shortName: string; slug: string; parentId: number | null; sortOrder: number; articleCount: number; userCount: number };
export type AdminCategory = { id: number; name: string; slug: string; sortOrder: number; articleCount: number };

// A few names are enough for the admin to find them; the count says how many there are.
const NAMED = 5;

export function adminUnits(db: DatabaseOrTransaction): AdminUnit[] {
  const articleCounts = new Map(db.select({ id: articles.unitId, n: count() }).from(articles).groupBy(articles.unitId).all().map((r) => [r.id, r.n]));
  const userCounts = new Map(db.select({ id: users.unitId, n: count() }).from(users).groupBy(users.unitId).all().map((r) => [r.id, r.n]));
  return db
    .select({ id: units.id, name: units.name, shortName: units.shortName, slug: units.slug, parentId: units.parentId, sortOrder: units.sortOrder })
    .from(units)
    .orderBy(asc(units.sortOrder), asc(units.id))
    .all()
    .map((unit) => ({ ...unit, articleCount: articleCounts.get(unit.id) ?? 0, userCount: userCounts.get(unit.id) ?? 0 }));
}

export function adminCategories(db: DatabaseOrTransaction): AdminCategory[] {
  const articleCounts = new Map(db.select({ id: articles.categoryId, n: count() }).from(articles).groupBy(articles.categoryId).all().map((r) => [r.id, r.n]));
  return db
    .select({ id: categories.id, name: categories.name, slug: categories.slug, sortOrder: categories.sortOrder })
    .from(categories)
    .orderBy(asc(categories.sortOrder), asc(categories.id))
    .all()
    .map((category) => ({ ...category, articleCount: articleCounts.get(category.id) ?? 0 }));
}

function articleUsage(db: DatabaseOrTransaction, where: SQL): Pick<Usage, "articleCount" | "articleTitles"> {
  const articleCount = db.select({ n: count() }).from(articles).where(where).get()?.n ?? 0;
  const articleTitles = db.select({ title: articles.title }).from(articles).where(where).orderBy(asc(articles.id)).limit(NAMED).all().map((r) => r.title || "(Chưa có tiêu đề)");
  return { articleCount, articleTitles };
}

export function unitUsage(db: DatabaseOrTransaction, id: number): Usage {
  return {
    ...articleUsage(db, eq(articles.unitId, id)),
    userCount: db.select({ n: count() }).from(users).where(eq(users.unitId, id)).get()?.n ?? 0,
    usernames: db.select({ username: users.username }).from(users).where(eq(users.unitId, id)).orderBy(asc(users.username)).limit(NAMED).all().map((r) => r.username),
    childUnits: db.select({ name: units.name }).from(units).where(eq(units.parentId, id)).orderBy(asc(units.sortOrder)).all().map((r) => r.name),
  };
}

export function categoryUsage(db: DatabaseOrTransaction, id: number): Usage {
  return { ...articleUsage(db, eq(articles.categoryId, id)), userCount: 0, usernames: [], childUnits: [] };
}

export function unitById(db: DatabaseOrTransaction, id: number) {
  return db.select().from(units).where(eq(units.id, id)).get() ?? null;
}

export function categoryById(db: DatabaseOrTransaction, id: number) {
  return db.select().from(categories).where(eq(categories.id, id)).get() ?? null;
}

export function unitSlugTaken(db: DatabaseOrTransaction, slug: string, exceptId: number | null): boolean {
  return Boolean(db.select({ id: units.id }).from(units).where(and(eq(units.slug, slug), ne(units.id, exceptId ?? -1))).get());
}

export function categorySlugTaken(db: DatabaseOrTransaction, slug: string, exceptId: number | null): boolean {
  return Boolean(db.select({ id: categories.id }).from(categories).where(and(eq(categories.slug, slug), ne(categories.id, exceptId ?? -1))).get());
}

const siblingsOf = (parentId: number | null) => (parentId === null ? isNull(units.parentId) : eq(units.parentId, parentId));

/** A new unit goes last among its siblings. */
export function insertUnitRow(db: DatabaseOrTransaction, values: { name: string; shortName: string; slug: string; parentId: number | null }): number {
  const last = db.select({ order: max(units.sortOrder) }).from(units).where(siblingsOf(values.parentId)).get()?.order ?? 0;
  return db.insert(units).values({ ...values, sortOrder: last + 1 }).returning({ id: units.id }).get().id;
}

export function updateUnitRow(db: DatabaseOrTransaction, id: number, values: { name: string; shortName: string; slug: string; parentId: number | null }) {
  db.transaction((tx) => {
    const current = tx.select({ parentId: units.parentId }).from(units).where(eq(units.id, id)).get();
    // Moved under another parent, it goes last there.
    const moved = current && current.parentId !== values.parentId;
    const last = moved ? (tx.select({ order: max(units.sortOrder) }).from(units).where(siblingsOf(values.parentId)).get()?.order ?? 0) : null;
    tx.update(units).set({ ...values, ...(last !== null ? { sortOrder: last + 1 } : {}) }).where(eq(units.id, id)).run();
  });
}

export function unitSiblings(db: DatabaseOrTransaction, parentId: number | null) {
  return db.select({ id: units.id, sortOrder: units.sortOrder }).from(units).where(siblingsOf(parentId)).orderBy(asc(units.sortOrder), asc(units.id)).all();
}

export function categoriesInOrder(db: DatabaseOrTransaction) {
  return db.select({ id: categories.id, sortOrder: categories.sortOrder }).from(categories).orderBy(asc(categories.sortOrder), asc(categories.id)).all();
}

/** Renumbers a list in the given order: equal sort orders (old data) can't make a move a no-op. */
export function writeUnitOrder(db: DatabaseOrTransaction, orderedIds: number[]) {
  db.transaction((tx) => orderedIds.forEach((id, index) => tx.update(units).set({ sortOrder: index + 1 }).where(eq(units.id, id)).run()));
}

export function writeCategoryOrder(db: DatabaseOrTransaction, orderedIds: number[]) {
  db.transaction((tx) => orderedIds.forEach((id, index) => tx.update(categories).set({ sortOrder: index + 1 }).where(eq(categories.id, id)).run()));
}

export function deleteUnitRow(db: DatabaseOrTransaction, id: number): boolean {
  return db.delete(units).where(eq(units.id, id)).run().changes > 0;
}

export function insertCategoryRow(db: DatabaseOrTransaction, values: { name: string; slug: string }): number {
  const last = db.select({ order: max(categories.sortOrder) }).from(categories).get()?.order ?? 0;
  return db.insert(categories).values({ ...values, sortOrder: last + 1 }).returning({ id: categories.id }).get().id;
}

export function updateCategoryRow(db: DatabaseOrTransaction, id: number, values: { name: string; slug: string }) {
  db.update(categories).set(values).where(eq(categories.id, id)).run();
}

export function deleteCategoryRow(db: DatabaseOrTransaction, id: number): boolean {
  return db.delete(categories).where(eq(categories.id, id)).run().changes > 0;
}
