// Who sees which units' numbers in the year-end report (issue 18), for the page and the
// spreadsheet alike: admins every unit; an editor the whole province when their unit is the top
// of the tree (or they have none, as editors work on every article), otherwise their unit and
// everything under it; a contributor only their own numbers ("Của tôi").
import { type Actor, isStaffRole } from "./permissions";
import { subtreeIds, type UnitNode } from "./unit-tree";

export type ReportScope =
  /** `topId`: the unit the table starts from; `unitIds`: the units counted (null: every unit). */
  | { kind: "units"; topId: number | null; unitIds: ReadonlySet<number> | null }
  | { kind: "mine" };

export type ScopeRefusal = { status: 403 | 404; problem: string };

export const CONTRIBUTORS_SEE_THEIR_OWN = "Cộng tác viên chỉ xem được số liệu bài viết của chính mình, ở thẻ “Của tôi”.";

/** Whether the report is theirs to open at all (its menu entry and the page's first check). */
export function canSeeReport(actor: Actor | null): boolean {
  return actor !== null && actor.isActive && (isStaffRole(actor.role) || actor.role === "contributor");
}

/** The units this actor may see, all of them as null; their own numbers only as "mine". */
function allowedUnits(actor: Actor & { unitId: number | null }, units: readonly UnitNode[]): ReadonlySet<number> | null | "mine" {
  if (actor.role === "admin") return null;
  if (actor.role !== "editor") return "mine";
  const own = units.find((unit) => unit.id === actor.unitId);
  if (!own || own.parentId === null) return null;
  return subtreeIds(units, own.id);
}

/**
 * The scope of the report asked for (`unitId` null: the default one), or why it is refused:
 * a unit that does not exist is 404, one outside the editor's subtree 403.
 */
export function reportScope(
  actor: (Actor & { unitId: number | null }) | null,
  units: readonly (UnitNode & { name: string })[],
  request: { unitId: number | null; mine: boolean },
): { ok: true; scope: ReportScope } | ({ ok: false } & ScopeRefusal) {
  if (!actor || !canSeeReport(actor)) return { ok: false, status: 403, problem: "Bạn không có quyền xem báo cáo thống kê." };
  const allowed = allowedUnits(actor, units);
  if (request.mine) return { ok: true, scope: { kind: "mine" } };
  if (allowed === "mine") return { ok: false, status: 403, problem: CONTRIBUTORS_SEE_THEIR_OWN };
  if (request.unitId !== null && !units.some((unit) => unit.id === request.unitId)) {
    return { ok: false, status: 404, problem: "Không có đơn vị này: có thể đơn vị đã bị xóa. Hãy chọn đơn vị khác." };
  }
  if (allowed === null) {
    if (request.unitId === null) return { ok: true, scope: { kind: "units", topId: units.find((unit) => unit.parentId === null)?.id ?? null, unitIds: null } };
    return { ok: true, scope: { kind: "units", topId: request.unitId, unitIds: subtreeIds(units, request.unitId) } };
  }
  const top = actor.unitId as number;
  if (request.unitId !== null && !allowed.has(request.unitId)) {
    const name = units.find((unit) => unit.id === top)?.name ?? "đơn vị của bạn";
    return { ok: false, status: 403, problem: `Bạn chỉ xem được báo cáo của ${name} và các đơn vị trực thuộc.` };
  }
  const chosen = request.unitId ?? top;
  return { ok: true, scope: { kind: "units", topId: chosen, unitIds: subtreeIds(units, chosen) } };
}
