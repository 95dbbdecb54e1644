export type UnitNode = { id: number; parentId: number | null };

/**
 * Whether making `parentId` the parent of unit `id` would put the unit under itself
 * (directly, or under one of its own sub-units): the tree would lose its root.
 */
export function wouldCreateCycle(units: readonly UnitNode[], id: number, parentId: number | null): boolean {
  const parentOf = new Map(units.map((unit) => [unit.id, unit.parentId]));
  const seen = new Set<number>();
  for (let current = parentId; current !== null && current !== undefined; current = parentOf.get(current) ?? null) {
    if (current === id) return true;
    // A tree already broken elsewhere must not loop forever here.
    if (seen.has(current)) return true;
    seen.add(current);
  }
  return false;
}

/** The sibling to swap places with when an item moves one step up or down in its list. */
export function neighbourFor<T extends { id: number }>(siblings: readonly T[], id: number, direction: "up" | "down"): T | null {
  const index = siblings.findIndex((item) => item.id === id);
  if (index < 0) return null;
  return siblings[direction === "up" ? index - 1 : index + 1] ?? null;
}

/**
 * Units in tree order, each parent followed by its children, with their depth (0 at the top).
 * `units` come in sibling order; a unit whose parent is missing is shown at the top level.
 */
export function treeOrder<T extends UnitNode>(units: readonly T[]): (T & { depth: number })[] {
  const ids = new Set(units.map((unit) => unit.id));
  const ordered: (T & { depth: number })[] = [];
  const placed = new Set<number>();
  const visit = (parentId: number | null, depth: number) => {
    for (const unit of units) {
      const parent = unit.parentId !== null && ids.has(unit.parentId) ? unit.parentId : null;
      if (parent !== parentId || placed.has(unit.id)) continue;
      placed.add(unit.id);
      ordered.push({ ...unit, depth });
      visit(unit.id, depth + 1);
    }
  };
  visit(null, 0);
  return ordered;
}
