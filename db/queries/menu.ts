// The public navigation: read as a tree, written whole. Targets are kept by id without a foreign
// key, so deleting a category, unit or page leaves the item in place, flagged for the admin and
// hidden from readers (core/menu-links.ts), instead of refusing the deletion or losing the item.
import { and, asc, eq } from "drizzle-orm";
import { fallbackMenuLinks, menuLinks, type MenuLink } from "@/core/menu-links";
import { menuFingerprint, menuFlags, type MenuFlag, type MenuNode, type MenuTargets, type TargetKind } from "@/core/menu-tree";
import type { Database, Transaction } from "../client";
import { onlyRow } from "../sql";
import { menuItems } from "../schema";
import { pageLinks } from "./page-links";
import { listCategories, listUnits } from "./taxonomy";

const keyOf = (id: number) => `m${id}`;

/** The stored menu in order, each item keyed by its row ("m12"). */
export async function storedMenu(db: Database): Promise<MenuNode[]> {
  const rows = await db.select().from(menuItems).orderBy(asc(menuItems.sortOrder), asc(menuItems.id));
  const node = (row: (typeof rows)[number]): MenuNode => ({ key: keyOf(row.id), label: row.label, kind: row.kind, targetId: row.targetId, url: row.url, children: [] });
  const top = rows.filter((row) => row.parentId === null).map(node);
  const byKey = new Map(top.map((item) => [item.key, item]));
  for (const row of rows) {
    if (row.parentId !== null) byKey.get(keyOf(row.parentId))?.children.push(node(row));
  }
  return top;
}

/** Everything an item may point at: the picker's choices and the dead-target check. */
export async function menuTargets(db: Database): Promise<MenuTargets> {
  return {
    category: (await listCategories(db)).map(({ id, name, slug }) => ({ id, name, slug, parentId: null })),
    unit: (await listUnits(db)).map(({ id, name, slug, parentId }) => ({ id, name, slug, parentId })),
    page: (await pageLinks(db)).map(({ id, title, slug, parentId, isPublished }) => ({ id, name: title, slug, parentId, isPublished })),
  };
}

/** Replaces the whole menu with this tree; run it inside the command's transaction. */
export async function replaceMenu(tx: Transaction, tree: readonly MenuNode[]): Promise<void> {
  await tx.delete(menuItems);
  const insert = async (node: MenuNode, parentId: number | null, sortOrder: number) =>
    onlyRow(await tx.insert(menuItems).values({ parentId, sortOrder, label: node.label, kind: node.kind, targetId: node.targetId, url: node.url }).returning({ id: menuItems.id })).id;
  for (const [index, node] of tree.entries()) {
    const id = await insert(node, null, index + 1);
    for (const [childIndex, child] of node.children.entries()) await insert(child, id, childIndex + 1);
  }
}

export type AdminMenu = { tree: MenuNode[]; targets: MenuTargets; flags: Record<string, MenuFlag>; fingerprint: string };

/** The menu screen: the tree, what items may point at, which items readers cannot see and why, and the fingerprint a save sends back. */
export async function adminMenu(db: Database): Promise<AdminMenu> {
  const tree = await storedMenu(db);
  const targets = await menuTargets(db);
  return { tree, targets, flags: menuFlags(tree, targets), fingerprint: menuFingerprint(tree) };
}

/** The header's navigation; while no menu has been arranged, the home page, all news and the categories. */
export async function publicMenu(db: Database): Promise<MenuLink[]> {
  const tree = await storedMenu(db);
  return tree.length > 0 ? menuLinks(tree, await menuTargets(db)) : fallbackMenuLinks(await listCategories(db));
}

/** The labels of the items pointing at one category, unit or page. */
export async function menuLabelsPointingAt(db: Database, kind: TargetKind, id: number): Promise<string[]> {
  const rows = await db
    .select({ label: menuItems.label })
    .from(menuItems)
    .where(and(eq(menuItems.kind, kind), eq(menuItems.targetId, id)))
    .orderBy(asc(menuItems.id));
  return rows.map((row) => row.label);
}
