import { asc, eq, isNull } from "drizzle-orm";
import { treeOrder } from "@/core/unit-tree";
import type { Database } from "../client";
import { categories, units } from "../schema";

export type CategoryLink = { id: number; name: string; slug: string };
export type UnitLink = { id: number; name: string; shortName: string; slug: string; parentId: number | null };

const categoryColumns = { id: categories.id, name: categories.name, slug: categories.slug };
const unitColumns = { id: units.id, name: units.name, shortName: units.shortName, slug: units.slug, parentId: units.parentId };

export async function listCategories(db: Database): Promise<CategoryLink[]> {
  return db.select(categoryColumns).from(categories).orderBy(asc(categories.sortOrder), asc(categories.name));
}

export async function categoryBySlug(db: Database, slug: string): Promise<CategoryLink | null> {
  const [category] = await db.select(categoryColumns).from(categories).where(eq(categories.slug, slug));
  return category ?? null;
}

/** Units in tree order: each parent followed by its children. */
export async function listUnits(db: Database): Promise<UnitLink[]> {
  const all = await db.select(unitColumns).from(units).orderBy(asc(units.sortOrder), asc(units.name));
  return treeOrder(all).map(({ depth: _depth, ...unit }) => unit);
}

export async function unitBySlug(db: Database, slug: string): Promise<UnitLink | null> {
  const [unit] = await db.select(unitColumns).from(units).where(eq(units.slug, slug));
  return unit ?? null;
}

/** The provincial union at the top of the tree: its name heads the public site. */
export async function rootUnit(db: Database): Promise<UnitLink | null> {
  const [root] = await db.select(unitColumns).from(units).where(isNull(units.parentId)).orderBy(asc(units.sortOrder), asc(units.id)).limit(1);
  return root ?? null;
}
