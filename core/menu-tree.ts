// No Zod here (nor anything heavy): the menu screen and the header's island run this in the browser.
import type { MenuEntry } from "./schemas/menu";

/** What a menu item points at: a page of ours by id, one of our paths, or another site. */
export const MENU_KINDS = ["home", "category", "unit", "page", "path", "external"] as const;
export type MenuKind = (typeof MENU_KINDS)[number];

/**
 * The public navigation as the admin arranges it: top-level items, each with its sub-items (one
 * level only). `targetId` is the category, unit or page an item points at; `url` the internal path
 * or the external address. The order of the arrays is the order on screen.
 */
export type MenuNode = { key: string; label: string; kind: MenuKind; targetId: number | null; url: string; children: MenuNode[] };

/** A category, unit or page an item may point at; pages say whether readers can see them. */
export type MenuTargetOption = { id: number; name: string; slug: string; parentId: number | null; isPublished?: boolean };
export type MenuTargets = { category: MenuTargetOption[]; unit: MenuTargetOption[]; page: MenuTargetOption[] };
export type TargetKind = keyof MenuTargets;

/** "deleted": the category, unit or page no longer exists; "unpublished": a page readers cannot see yet. */
export type MenuFlag = "deleted" | "unpublished";

export const isTargetKind = (kind: MenuKind): kind is TargetKind => kind === "category" || kind === "unit" || kind === "page";

export const menuKindLabels: Record<MenuKind, string> = {
  home: "Trang chủ",
  category: "Chuyên mục",
  unit: "Đơn vị",
  page: "Trang giới thiệu",
  path: "Đường dẫn trong trang",
  external: "Liên kết ngoài",
};

/** Which part of an item a problem concerns: the screen shows the message under that field. */
export type MenuField = "label" | "target" | "url" | "parent";
/** How a save's refusal names an item's field: "m12.url". */
export const menuFieldKey = (key: string, field: MenuField) => `${key}.${field}`;

export const menuFlagLabels: Record<MenuFlag, string> = { deleted: "Đích đã bị xóa", unpublished: "Trang chưa đăng" };

/** What an item's label shows in messages, even before it has one. */
export const menuItemName = (node: Pick<MenuNode, "label">) => node.label.trim() || "(mục chưa đặt tên)";

/** The target an item points at, or null (not a target kind, none chosen, or gone). */
export function targetOf(node: Pick<MenuNode, "kind" | "targetId">, targets: MenuTargets): MenuTargetOption | null {
  if (!isTargetKind(node.kind) || node.targetId === null) return null;
  return targets[node.kind].find((target) => target.id === node.targetId) ?? null;
}

/** Why readers will not see an item, or null when they will (as far as its target goes). */
export function menuFlagOf(node: Pick<MenuNode, "kind" | "targetId">, targets: MenuTargets): MenuFlag | null {
  if (!isTargetKind(node.kind) || node.targetId === null) return null;
  const target = targetOf(node, targets);
  if (!target) return "deleted";
  return node.kind === "page" && target.isPublished === false ? "unpublished" : null;
}

/** Every item (and sub-item) readers will not see, by key. */
export function menuFlags(tree: readonly MenuNode[], targets: MenuTargets): Record<string, MenuFlag> {
  const flags: Record<string, MenuFlag> = {};
  for (const node of eachMenuNode(tree)) {
    const flag = menuFlagOf(node, targets);
    if (flag) flags[node.key] = flag;
  }
  return flags;
}

export function* eachMenuNode(tree: readonly MenuNode[]): Generator<MenuNode> {
  for (const node of tree) {
    yield node;
    yield* node.children;
  }
}

/** The tree as the list the save form sends: in order, each sub-item right after its parent. */
export function flattenMenu(tree: readonly MenuNode[]): MenuEntry[] {
  const entry = (node: MenuNode, parentKey: string | null): MenuEntry => ({ key: node.key, parentKey, label: node.label, kind: node.kind, targetId: node.targetId, url: node.url });
  return tree.flatMap((node) => [entry(node, null), ...node.children.map((child) => entry(child, node.key))]);
}

/**
 * The list back to a tree: top-level items in their order, each with its sub-items in theirs.
 * Expects a list that passed menuProblems (no loops, one level); anything deeper is dropped.
 */
export function nestMenu(entries: readonly MenuEntry[]): MenuNode[] {
  const node = ({ key, label, kind, targetId, url }: MenuEntry): MenuNode => ({ key, label, kind, targetId, url, children: [] });
  const top = entries.filter((entry) => entry.parentKey === null).map(node);
  const byKey = new Map(top.map((item) => [item.key, item]));
  for (const entry of entries) {
    if (entry.parentKey !== null) byKey.get(entry.parentKey)?.children.push(node(entry));
  }
  return top;
}

/**
 * A short text that changes whenever the stored menu does: the screen sends back the one it was
 * opened with, and a save made meanwhile from another tab refuses it. Keys are left out (a stored
 * item's key is its row id, new on every save), so a menu saved unchanged keeps its fingerprint.
 */
export function menuFingerprint(tree: readonly MenuNode[]): string {
  const shape = (node: MenuNode): unknown[] => [node.label, node.kind, node.targetId, node.url, node.children.map(shape)];
  return cyrb53(JSON.stringify(tree.map(shape))).toString(36);
}

// A fast 53-bit string hash (cyrb53, public domain): enough to tell two menus apart, not a secret.
function cyrb53(text: string): number {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ code, 2654435761);
    h2 = Math.imul(h2 ^ code, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return 4294967296 * (2097151 & h2) + (h1 >>> 0);
}

/** Told after deleting a category or unit the menu points at: the items stay, flagged and hidden. */
export function menuNoteAfterDeleting(noun: "chuyên mục" | "đơn vị", labels: readonly string[]): string {
  if (labels.length === 0) return "";
  const items = labels.map((label) => `“${label}”`).join(", ");
  return ` ${labels.length === 1 ? "Mục" : "Các mục"} ${items} trong menu trỏ tới ${noun} này nên đã được ẩn trên trang tin: hãy sửa ở trang Menu.`;
}
