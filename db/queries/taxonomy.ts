import { asc, eq, isNull } from "drizzle-orm";
import { treeOrder } from "@/core/unit-tree";
import type { Database, DatabaseOrTransaction } from "../client";
import { categories, units } from "../schema";

export type CategoryLink = { id: number; name: string; slug: string };
export type UnitLink = { id: number; name: string; shortName: string; slug: string; parentId: number | null };

const categoryColumns = { id: categories.id, name: categories.name, slug: categories.slug };
const unitColumns = { id: units.id, name: units.name, shortName: units.shortName, slug: units.slug, parentId: units.parentId };

export function listCategories(db: DatabaseOrTransaction): CategoryLink[] {
  return db.select(categoryColumns).from(categories).orderBy(asc(categories.sortOrder), asc(categories.name)).all();
}

export function categoryBySlug(db: Database, slug: string): CategoryLink | null {
  return db.select(categoryColumns).from(categories).where(eq(categories.slug, slug)).get() ?? null;
}

/** Units in tree order: each parent followed by its children. */
export function listUnits(db: DatabaseOrTransaction): UnitLink[] {
  const all = db.select(unitColumns).from(units).orderBy(asc(units.sortOrder), asc(units.name)).all();
  return treeOrder(all).map(({ depth: _depth, ...unit }) => unit);
}

export function unitBySlug(db: Database, slug: string): UnitLink | null {
  return db.select(unitColumns).from(units).where(eq(units.slug, slug)).get() ?? null;
}

/** The provincial union at the top of the tree: its name heads the public site. */
export function rootUnit(db: DatabaseOrTransaction): UnitLink | null {
  return db.select(unitColumns).from(units).where(isNull(units.parentId)).orderBy(asc(units.sortOrder), asc(units.id)).get() ?? null;
}
