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

/**
 * A unit and every unit under it, at any depth: what an editor of a district union sees of the
 * report (issue 18). A unit missing from `units` has no subtree.
 */
export function subtreeIds(units: readonly UnitNode[], rootId: number): Set<number> {
  if (!units.some((unit) => unit.id === rootId)) return new Set();
  const children = new Map<number, number[]>();
  for (const unit of units) if (unit.parentId !== null) children.set(unit.parentId, [...(children.get(unit.parentId) ?? []), unit.id]);
  const found = new Set<number>([rootId]);
  const waiting = [rootId];
  for (let id = waiting.pop(); id !== undefined; id = waiting.pop()) {
    for (const child of children.get(id) ?? []) {
      // A tree already broken elsewhere (a cycle) must not loop forever here.
      if (found.has(child)) continue;
      found.add(child);
      waiting.push(child);
    }
  }
  return found;
}

/**
 * Each unit's figures with those of every unit under it added (the report's rolled-up rows):
 * `own` holds a unit's own figures; a unit without any counts zero.
 */
export function rollUp<K extends string>(units: readonly UnitNode[], own: ReadonlyMap<number, Readonly<Record<K, number>>>, keys: readonly K[]): Map<number, Record<K, number>> {
  const totals = new Map<number, Record<K, number>>();
  for (const unit of units) {
    const sum = Object.fromEntries(keys.map((key) => [key, 0])) as Record<K, number>;
    for (const id of subtreeIds(units, unit.id)) {
      const figures = own.get(id);
      if (figures) for (const key of keys) sum[key] += figures[key];
    }
    totals.set(unit.id, sum);
  }
  return totals;
}
