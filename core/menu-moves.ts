import { menuItemName, type MenuNode } from "./menu-tree";

// What the menu screen's buttons and drag-and-drop do to the tree, and what it tells a screen
// reader about it ("Đã chuyển “Liên hệ” lên vị trí 2."). Every move returns a new tree.

export type MenuMove = { tree: MenuNode[]; announcement: string };

type Place = { siblings: MenuNode[]; index: number; parent: MenuNode | null };

function locate(tree: MenuNode[], key: string): Place | null {
  const index = tree.findIndex((node) => node.key === key);
  if (index >= 0) return { siblings: tree, index, parent: null };
  for (const parent of tree) {
    const childIndex = parent.children.findIndex((node) => node.key === key);
    if (childIndex >= 0) return { siblings: parent.children, index: childIndex, parent };
  }
  return null;
}

/** The tree with one parent's sub-items (or the top level, parent null) replaced. */
function withSiblings(tree: MenuNode[], parentKey: string | null, siblings: MenuNode[]): MenuNode[] {
  if (parentKey === null) return siblings;
  return tree.map((node) => (node.key === parentKey ? { ...node, children: siblings } : node));
}

const within = (parent: MenuNode | null) => (parent ? ` trong “${menuItemName(parent)}”` : "");
const unchanged = (tree: MenuNode[], announcement: string): MenuMove => ({ tree, announcement });

/** One step up or down among its siblings; a top-level item takes its sub-items along. */
export function moveMenuItem(tree: MenuNode[], key: string, direction: "up" | "down"): MenuMove {
  const place = locate(tree, key);
  if (!place) return unchanged(tree, "");
  const { siblings, index, parent } = place;
  const node = siblings[index] as MenuNode;
  const to = direction === "up" ? index - 1 : index + 1;
  if (to < 0 || to >= siblings.length) {
    const end = direction === "up" ? "đầu" : "cuối";
    return unchanged(tree, `“${menuItemName(node)}” đã ở ${end} ${parent ? `nhóm “${menuItemName(parent)}”` : "menu"}.`);
  }
  const reordered = [...siblings];
  reordered.splice(index, 1);
  reordered.splice(to, 0, node);
  return {
    tree: withSiblings(tree, parent?.key ?? null, reordered),
    announcement: `Đã chuyển “${menuItemName(node)}” ${direction === "up" ? "lên" : "xuống"} vị trí ${to + 1}${within(parent)}.`,
  };
}

/** Makes a top-level item the last sub-item of the one above it. */
export function indentMenuItem(tree: MenuNode[], key: string): MenuMove {
  const place = locate(tree, key);
  if (!place) return unchanged(tree, "");
  const node = place.siblings[place.index] as MenuNode;
  const name = menuItemName(node);
  if (place.parent) return unchanged(tree, `“${name}” đã là mục con của “${menuItemName(place.parent)}”.`);
  if (node.children.length > 0) return unchanged(tree, `“${name}” đang có mục con nên không thể thành mục con: menu chỉ có một cấp mục con.`);
  const above = tree[place.index - 1];
  if (!above) return unchanged(tree, `“${name}” là mục đầu tiên nên chưa thể thành mục con: cần một mục đứng trên nó.`);
  const children = [...above.children, node];
  return {
    tree: tree.filter((item) => item.key !== key).map((item) => (item.key === above.key ? { ...item, children } : item)),
    announcement: `“${name}” đã thành mục con của “${menuItemName(above)}”, ở vị trí ${children.length}.`,
  };
}

/** Makes a sub-item a top-level item, right after the item it was under. */
export function outdentMenuItem(tree: MenuNode[], key: string): MenuMove {
  const place = locate(tree, key);
  if (!place) return unchanged(tree, "");
  const node = place.siblings[place.index] as MenuNode;
  if (!place.parent) return unchanged(tree, `“${menuItemName(node)}” đã ở cấp trên cùng.`);
  const parentKey = place.parent.key;
  const result: MenuNode[] = [];
  for (const item of tree) {
    if (item.key !== parentKey) result.push(item);
    else result.push({ ...item, children: item.children.filter((child) => child.key !== key) }, node);
  }
  return { tree: result, announcement: `“${menuItemName(node)}” đã ra cấp trên, ở vị trí ${result.indexOf(node) + 1}.` };
}

/**
 * Drag-and-drop: puts the item just before or after another, at that one's level. An item with
 * sub-items stays at the top level (one level of sub-items only).
 */
export function dropMenuItem(tree: MenuNode[], key: string, targetKey: string, position: "before" | "after"): MenuMove {
  const from = locate(tree, key);
  if (!from || key === targetKey) return unchanged(tree, "");
  const node = from.siblings[from.index] as MenuNode;
  const without = withSiblings(tree, from.parent?.key ?? null, from.siblings.filter((item) => item.key !== key));
  const to = locate(without, targetKey);
  // Dropped on one of its own sub-items: nowhere to go.
  if (!to) return unchanged(tree, "");
  if (to.parent && node.children.length > 0) {
    return unchanged(tree, `“${menuItemName(node)}” đang có mục con nên không thể đặt vào trong một mục khác: menu chỉ có một cấp mục con.`);
  }
  const index = position === "before" ? to.index : to.index + 1;
  const siblings = [...to.siblings.slice(0, index), node, ...to.siblings.slice(index)];
  return { tree: withSiblings(without, to.parent?.key ?? null, siblings), announcement: `Đã chuyển “${menuItemName(node)}” tới vị trí ${index + 1}${within(to.parent)}.` };
}

/** Removes an item, and its sub-items with it. */
export function removeMenuItem(tree: MenuNode[], key: string): MenuMove {
  const place = locate(tree, key);
  if (!place) return unchanged(tree, "");
  const node = place.siblings[place.index] as MenuNode;
  const children = node.children.length > 0 ? ` cùng ${node.children.length} mục con` : "";
  return {
    tree: withSiblings(tree, place.parent?.key ?? null, place.siblings.filter((item) => item.key !== key)),
    announcement: `Đã bỏ “${menuItemName(node)}”${children} khỏi menu. Bấm “Lưu menu” để lưu thay đổi.`,
  };
}

/** Changes an item's fields (label, kind, target, address) where it stands. */
export function updateMenuItem(tree: MenuNode[], key: string, patch: Partial<Omit<MenuNode, "key" | "children">>): MenuNode[] {
  const place = locate(tree, key);
  if (!place) return tree;
  const siblings = place.siblings.map((item) => (item.key === key ? { ...item, ...patch } : item));
  return withSiblings(tree, place.parent?.key ?? null, siblings);
}
