// Units and categories: admin only, audited, and never deleted while something uses them.
import { failure, fieldErrorsOf, type ActionResult } from "@/core/action-result";
import type { AuditAction } from "@/core/audit";
import { ADMIN_ONLY } from "@/core/permissions";
import { categorySchema, unitSchema } from "@/core/schemas/taxonomy";
import { isInUse, usageRefusal } from "@/core/taxonomy-usage";
import { neighbourFor, wouldCreateCycle } from "@/core/unit-tree";
import type { Database } from "@/db/client";
import { recordAudit } from "@/db/queries/audit-log";
import {
  adminUnits,
  categoriesInOrder,
  categoryById,
  categorySlugTaken,
  categoryUsage,
  deleteCategoryRow,
  deleteUnitRow,
  insertCategoryRow,
  insertUnitRow,
  unitById,
  unitSiblings,
  unitSlugTaken,
  unitUsage,
  updateCategoryRow,
  updateUnitRow,
  writeCategoryOrder,
  writeUnitOrder,
} from "@/db/queries/taxonomy-admin";
import type { SessionUser } from "@/db/queries/users";

type Context = { ip: string; now?: Date };
export type Direction = "up" | "down";

const SLUG_TAKEN = "Đường dẫn này đã được dùng. Hãy chọn đường dẫn khác.";
const FIX_FIELDS = "Chưa lưu được: hãy sửa các mục được đánh dấu.";

function audit(db: Database, actor: SessionUser, action: AuditAction, target: string, detail: string, context: Context) {
  recordAudit(db, { actorId: actor.id, actorName: actor.displayName, action, target, detail, ip: context.ip, at: context.now });
}

export function createUnitCommand(db: Database, admin: SessionUser, fields: Record<string, unknown>, context: Context): ActionResult {
  if (admin.role !== "admin") return failure(ADMIN_ONLY);
  const parsed = unitSchema.safeParse(fields);
  if (!parsed.success) return failure(FIX_FIELDS, fieldErrorsOf(parsed.error.issues));
  const input = parsed.data;
  if (input.parentId !== null && !unitById(db, input.parentId)) return failure("Đơn vị cấp trên không còn tồn tại.", { parentId: ["Hãy chọn lại đơn vị cấp trên."] });
  if (unitSlugTaken(db, input.slug, null)) return failure(SLUG_TAKEN, { slug: [SLUG_TAKEN] });
  insertUnitRow(db, input);
  audit(db, admin, "unit-create", `Đơn vị: ${input.name}`, `Đường dẫn /don-vi/${input.slug}`, context);
  return { ok: true, message: `Đã thêm đơn vị “${input.name}”.` };
}

export function updateUnitCommand(db: Database, admin: SessionUser, id: number, fields: Record<string, unknown>, context: Context): ActionResult {
  if (admin.role !== "admin") return failure(ADMIN_ONLY);
  const unit = unitById(db, id);
  if (!unit) return failure("Không tìm thấy đơn vị này.");
  const parsed = unitSchema.safeParse(fields);
  if (!parsed.success) return failure(FIX_FIELDS, fieldErrorsOf(parsed.error.issues));
  const input = parsed.data;
  if (input.parentId !== null && !unitById(db, input.parentId)) return failure("Đơn vị cấp trên không còn tồn tại.", { parentId: ["Hãy chọn lại đơn vị cấp trên."] });
  if (wouldCreateCycle(adminUnits(db), id, input.parentId)) {
    return failure("Không thể đặt một đơn vị trực thuộc chính nó hoặc đơn vị con của nó.", { parentId: ["Hãy chọn một đơn vị cấp trên khác."] });
  }
  if (unitSlugTaken(db, input.slug, id)) return failure(SLUG_TAKEN, { slug: [SLUG_TAKEN] });
  updateUnitRow(db, id, input);
  const renamed = unit.name !== input.name ? `Tên: ${unit.name} → ${input.name}` : "Đổi thông tin";
  audit(db, admin, "unit-update", `Đơn vị: ${input.name}`, renamed, context);
  return { ok: true, message: `Đã lưu đơn vị “${input.name}”.` };
}

export function moveUnitCommand(db: Database, admin: SessionUser, id: number, direction: Direction, context: Context): ActionResult {
  if (admin.role !== "admin") return failure(ADMIN_ONLY);
  const unit = unitById(db, id);
  if (!unit) return failure("Không tìm thấy đơn vị này.");
  const siblings = unitSiblings(db, unit.parentId);
  const neighbour = neighbourFor(siblings, id, direction);
  if (!neighbour) return { ok: true, message: `“${unit.name}” đã ở ${direction === "up" ? "đầu" : "cuối"} danh sách.` };
  writeUnitOrder(db, swapped(siblings.map((s) => s.id), id, neighbour.id));
  audit(db, admin, "unit-update", `Đơn vị: ${unit.name}`, direction === "up" ? "Chuyển lên" : "Chuyển xuống", context);
  return { ok: true, message: `Đã chuyển “${unit.name}” ${direction === "up" ? "lên" : "xuống"}.` };
}

export function deleteUnitCommand(db: Database, admin: SessionUser, id: number, context: Context): ActionResult {
  if (admin.role !== "admin") return failure(ADMIN_ONLY);
  const unit = unitById(db, id);
  if (!unit) return failure("Không tìm thấy đơn vị này: có thể nó vừa bị xóa.");
  const usage = unitUsage(db, id);
  if (isInUse(usage)) return failure(usageRefusal("đơn vị", unit.name, usage));
  deleteUnitRow(db, id);
  audit(db, admin, "unit-delete", `Đơn vị: ${unit.name}`, "", context);
  return { ok: true, message: `Đã xóa đơn vị “${unit.name}”.` };
}

export function createCategoryCommand(db: Database, admin: SessionUser, fields: Record<string, unknown>, context: Context): ActionResult {
  if (admin.role !== "admin") return failure(ADMIN_ONLY);
  const parsed = categorySchema.safeParse(fields);
  if (!parsed.success) return failure(FIX_FIELDS, fieldErrorsOf(parsed.error.issues));
  if (categorySlugTaken(db, parsed.data.slug, null)) return failure(SLUG_TAKEN, { slug: [SLUG_TAKEN] });
  insertCategoryRow(db, parsed.data);
  audit(db, admin, "category-create", `Chuyên mục: ${parsed.data.name}`, `Đường dẫn /chuyen-muc/${parsed.data.slug}`, context);
  return { ok: true, message: `Đã thêm chuyên mục “${parsed.data.name}”.` };
}

export function updateCategoryCommand(db: Database, admin: SessionUser, id: number, fields: Record<string, unknown>, context: Context): ActionResult {
  if (admin.role !== "admin") return failure(ADMIN_ONLY);
  const category = categoryById(db, id);
  if (!category) return failure("Không tìm thấy chuyên mục này.");
  const parsed = categorySchema.safeParse(fields);
  if (!parsed.success) return failure(FIX_FIELDS, fieldErrorsOf(parsed.error.issues));
  if (categorySlugTaken(db, parsed.data.slug, id)) return failure(SLUG_TAKEN, { slug: [SLUG_TAKEN] });
  updateCategoryRow(db, id, parsed.data);
  const renamed = category.name !== parsed.data.name ? `Tên: ${category.name} → ${parsed.data.name}` : "Đổi thông tin";
  audit(db, admin, "category-update", `Chuyên mục: ${parsed.data.name}`, renamed, context);
  return { ok: true, message: `Đã lưu chuyên mục “${parsed.data.name}”.` };
}

export function moveCategoryCommand(db: Database, admin: SessionUser, id: number, direction: Direction, context: Context): ActionResult {
  if (admin.role !== "admin") return failure(ADMIN_ONLY);
  const category = categoryById(db, id);
  if (!category) return failure("Không tìm thấy chuyên mục này.");
  const all = categoriesInOrder(db);
  const neighbour = neighbourFor(all, id, direction);
  if (!neighbour) return { ok: true, message: `“${category.name}” đã ở ${direction === "up" ? "đầu" : "cuối"} danh sách.` };
  writeCategoryOrder(db, swapped(all.map((c) => c.id), id, neighbour.id));
  audit(db, admin, "category-update", `Chuyên mục: ${category.name}`, direction === "up" ? "Chuyển lên" : "Chuyển xuống", context);
  return { ok: true, message: `Đã chuyển “${category.name}” ${direction === "up" ? "lên" : "xuống"}.` };
}

export function deleteCategoryCommand(db: Database, admin: SessionUser, id: number, context: Context): ActionResult {
  if (admin.role !== "admin") return failure(ADMIN_ONLY);
  const category = categoryById(db, id);
  if (!category) return failure("Không tìm thấy chuyên mục này: có thể nó vừa bị xóa.");
  const usage = categoryUsage(db, id);
  if (isInUse(usage)) return failure(usageRefusal("chuyên mục", category.name, usage));
  deleteCategoryRow(db, id);
  audit(db, admin, "category-delete", `Chuyên mục: ${category.name}`, "", context);
  return { ok: true, message: `Đã xóa chuyên mục “${category.name}”.` };
}

function swapped(ids: number[], a: number, b: number): number[] {
  return ids.map((id) => (id === a ? b : id === b ? a : id));
}
