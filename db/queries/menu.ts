// The public navigation: read as a tree, written whole. Targets are kept by id without a foreign
// key, so deleting a category, unit or page leaves the item in place, flagged for the admin and
// hidden from readers (core/menu-links.ts), instead of refusing the deletion or losing the item.
import { and, asc, eq } from "drizzle-orm";
import { fallbackMenuLinks, menuLinks, type MenuLink } from "@/core/menu-links";
import { menuFingerprint, menuFlags, type MenuFlag, type MenuNode, type MenuTargets, type TargetKind } from "@/core/menu-tree";
import type { DatabaseOrTransaction } from "../client";
import { menuItems } from "../schema";
import { pageLinks } from "./page-links";
import { listCategories, listUnits } from "./taxonomy";

const keyOf = (id: number) => `m${id}`;

/** The stored menu in order, each item keyed by its row ("m12"). */
export function storedMenu(db: DatabaseOrTransaction): MenuNode[] {
  const rows = db.select().from(menuItems).orderBy(asc(menuItems.sortOrder), asc(menuItems.id)).all();
  const node = (row: (typeof rows)[number]): MenuNode => ({ key: keyOf(row.id), label: row.label, kind: row.kind, targetId: row.targetId, url: row.url, children: [] });
  const top = rows.filter((row) => row.parentId === null).map(node);
  const byKey = new Map(top.map((item) => [item.key, item]));
  for (const row of rows) {
    if (row.parentId !== null) byKey.get(keyOf(row.parentId))?.children.push(node(row));
  }
  return top;
}

/** Everything an item may point at: the picker's choices and the dead-target check. */
export function menuTargets(db: DatabaseOrTransaction): MenuTargets {
  return {
    category: listCategories(db).map(({ id, name, slug }) => ({ id, name, slug, parentId: null })),
    unit: listUnits(db).map(({ id, name, slug, parentId }) => ({ id, name, slug, parentId })),
    page: pageLinks(db).map(({ id, title, slug, parentId, isPublished }) => ({ id, name: title, slug, parentId, isPublished })),
  };
}

/** Replaces the whole menu with this tree; run it inside the command's transaction. */
export function replaceMenu(tx: DatabaseOrTransaction, tree: readonly MenuNode[]): void {
  tx.delete(menuItems).run();
  const insert = (node: MenuNode, parentId: number | null, sortOrder: number) =>
    tx.insert(menuItems).values({ parentId, sortOrder, label: node.label, kind: node.kind, targetId: node.targetId, url: node.url }).returning({ id: menuItems.id }).get().id;
  tree.forEach((node, index) => {
    const id = insert(node, null, index + 1);
    node.children.forEach((child, childIndex) => insert(child, id, childIndex + 1));
  });
}

export type AdminMenu = { tree: MenuNode[]; targets: MenuTargets; flags: Record<string, MenuFlag>; fingerprint: string };

/** The menu screen: the tree, what items may point at, which items readers cannot see and why, and the fingerprint a save sends back. */
export function adminMenu(db: DatabaseOrTransaction): AdminMenu {
  const tree = storedMenu(db);
  const targets = menuTargets(db);
  return { tree, targets, flags: menuFlags(tree, targets), fingerprint: menuFingerprint(tree) };
}

/** The header's navigation; while no menu has been arranged, the home page, all news and the categories. */
export function publicMenu(db: DatabaseOrTransaction): MenuLink[] {
  const tree = storedMenu(db);
  return tree.length > 0 ? menuLinks(tree, menuTargets(db)) : fallbackMenuLinks(listCategories(db));
}

/** The labels of the items pointing at one category, unit or page. */
export function menuLabelsPointingAt(db: DatabaseOrTransaction, kind: TargetKind, id: number): string[] {
  return db
    .select({ label: menuItems.label })
    .from(menuItems)
    .where(and(eq(menuItems.kind, kind), eq(menuItems.targetId, id)))
    .orderBy(asc(menuItems.id))
    .all()
    .map((row) => row.label);
}
