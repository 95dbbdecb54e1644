// Units and categories: admin only, audited, and never deleted while something uses them. Each
// command's checks and writes, its audit entry included, are one transaction.
import { failure, fieldErrorsOf, type ActionResult } from "@/core/action-result";
import type { AuditAction } from "@/core/audit";
import { menuNoteAfterDeleting } from "@/core/menu-tree";
import { ADMIN_ONLY } from "@/core/permissions";
import { categorySchema, unitSchema } from "@/core/schemas/taxonomy";
import { isInUse, usageRefusal } from "@/core/taxonomy-usage";
import { neighbourFor, wouldCreateCycle } from "@/core/unit-tree";
import type { Database, Transaction } from "@/db/client";
import { recordAudit } from "@/db/queries/audit-log";
import { menuLabelsPointingAt } from "@/db/queries/menu";
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
import { atomically } from "./atomically";

type Context = { ip: string; now?: Date };
export type Direction = "up" | "down";

const SLUG_TAKEN = "Đường dẫn này đã được dùng. Hãy chọn đường dẫn khác.";
const slugTaken = failure(SLUG_TAKEN, { slug: [SLUG_TAKEN] });
const FIX_FIELDS = "Chưa lưu được: hãy sửa các mục được đánh dấu.";
const PARENT_MISSING = failure("Đơn vị cấp trên không còn tồn tại.", { parentId: ["Hãy chọn lại đơn vị cấp trên."] });

async function audit(tx: Transaction, actor: SessionUser, action: AuditAction, target: string, detail: string, context: Context) {
  await recordAudit(tx, { actorId: actor.id, actorName: actor.displayName, action, target, detail, ip: context.ip, at: context.now });
}

/** Only admins; then the work in one transaction, a slug taken meanwhile being the slug's field error. */
async function adminCommand(db: Database, admin: SessionUser, work: (tx: Transaction) => Promise<ActionResult>, slugColumn: string | null = null): Promise<ActionResult> {
  if (admin.role !== "admin") return failure(ADMIN_ONLY);
  return await atomically(db, work, slugColumn ? { [slugColumn]: slugTaken } : {});
}

export async function createUnitCommand(db: Database, admin: SessionUser, fields: Record<string, unknown>, context: Context): Promise<ActionResult> {
  return await adminCommand(
    db,
    admin,
    async (tx) => {
      const parsed = unitSchema.safeParse(fields);
      if (!parsed.success) return failure(FIX_FIELDS, fieldErrorsOf(parsed.error.issues));
      const input = parsed.data;
      if (input.parentId !== null && !(await unitById(tx, input.parentId))) return PARENT_MISSING;
      if (await unitSlugTaken(tx, input.slug, null)) return slugTaken;
      await insertUnitRow(tx, input);
      await audit(tx, admin, "unit-create", `Đơn vị: ${input.name}`, `Đường dẫn /don-vi/${input.slug}`, context);
      return { ok: true, message: `Đã thêm đơn vị “${input.name}”.` };
    },
    "units.slug",
  );
}

export async function updateUnitCommand(db: Database, admin: SessionUser, id: number, fields: Record<string, unknown>, context: Context): Promise<ActionResult> {
  return await adminCommand(
    db,
    admin,
    async (tx) => {
      const unit = await unitById(tx, id);
      if (!unit) return failure("Không tìm thấy đơn vị này.");
      const parsed = unitSchema.safeParse(fields);
      if (!parsed.success) return failure(FIX_FIELDS, fieldErrorsOf(parsed.error.issues));
      const input = parsed.data;
      if (input.parentId !== null && !(await unitById(tx, input.parentId))) return PARENT_MISSING;
      if (wouldCreateCycle(await adminUnits(tx), id, input.parentId)) {
        return failure("Không thể đặt một đơn vị trực thuộc chính nó hoặc đơn vị con của nó.", { parentId: ["Hãy chọn một đơn vị cấp trên khác."] });
      }
      if (await unitSlugTaken(tx, input.slug, id)) return slugTaken;
      await updateUnitRow(tx, id, input);
      const renamed = unit.name !== input.name ? `Tên: ${unit.name} → ${input.name}` : "Đổi thông tin";
      await audit(tx, admin, "unit-update", `Đơn vị: ${input.name}`, renamed, context);
      return { ok: true, message: `Đã lưu đơn vị “${input.name}”.` };
    },
    "units.slug",
  );
}

export async function moveUnitCommand(db: Database, admin: SessionUser, id: number, direction: Direction, context: Context): Promise<ActionResult> {
  return await adminCommand(db, admin, async (tx) => {
    const unit = await unitById(tx, id);
    if (!unit) return failure("Không tìm thấy đơn vị này.");
    const siblings = await unitSiblings(tx, unit.parentId);
    const neighbour = neighbourFor(siblings, id, direction);
    if (!neighbour) return atEnd(unit.name, direction);
    await writeUnitOrder(tx, swapped(siblings.map((s) => s.id), id, neighbour.id));
    await audit(tx, admin, "unit-update", `Đơn vị: ${unit.name}`, direction === "up" ? "Chuyển lên" : "Chuyển xuống", context);
    return moved(unit.name, direction);
  });
}

export async function deleteUnitCommand(db: Database, admin: SessionUser, id: number, context: Context): Promise<ActionResult> {
  return await adminCommand(db, admin, async (tx) => {
    const unit = await unitById(tx, id);
    if (!unit) return failure("Không tìm thấy đơn vị này: có thể nó vừa bị xóa.");
    const usage = await unitUsage(tx, id);
    if (isInUse(usage)) return failure(usageRefusal("đơn vị", unit.name, usage));
    await deleteUnitRow(tx, id);
    await audit(tx, admin, "unit-delete", `Đơn vị: ${unit.name}`, "", context);
    // A menu item pointing at it is no reason to refuse: it stays, flagged on the menu screen.
    return { ok: true, message: `Đã xóa đơn vị “${unit.name}”.${menuNoteAfterDeleting("đơn vị", await menuLabelsPointingAt(tx, "unit", id))}` };
  });
}

export async function createCategoryCommand(db: Database, admin: SessionUser, fields: Record<string, unknown>, context: Context): Promise<ActionResult> {
  return await adminCommand(
    db,
    admin,
    async (tx) => {
      const parsed = categorySchema.safeParse(fields);
      if (!parsed.success) return failure(FIX_FIELDS, fieldErrorsOf(parsed.error.issues));
      if (await categorySlugTaken(tx, parsed.data.slug, null)) return slugTaken;
      await insertCategoryRow(tx, parsed.data);
      await audit(tx, admin, "category-create", `Chuyên mục: ${parsed.data.name}`, `Đường dẫn /chuyen-muc/${parsed.data.slug}`, context);
      return { ok: true, message: `Đã thêm chuyên mục “${parsed.data.name}”.` };
    },
    "categories.slug",
  );
}

export async function updateCategoryCommand(db: Database, admin: SessionUser, id: number, fields: Record<string, unknown>, context: Context): Promise<ActionResult> {
  return await adminCommand(
    db,
    admin,
    async (tx) => {
      const category = await categoryById(tx, id);
      if (!category) return failure("Không tìm thấy chuyên mục này.");
      const parsed = categorySchema.safeParse(fields);
      if (!parsed.success) return failure(FIX_FIELDS, fieldErrorsOf(parsed.error.issues));
      if (await categorySlugTaken(tx, parsed.data.slug, id)) return slugTaken;
      await updateCategoryRow(tx, id, parsed.data);
      const renamed = category.name !== parsed.data.name ? `Tên: ${category.name} → ${parsed.data.name}` : "Đổi thông tin";
      await audit(tx, admin, "category-update", `Chuyên mục: ${parsed.data.name}`, renamed, context);
      return { ok: true, message: `Đã lưu chuyên mục “${parsed.data.name}”.` };
    },
    "categories.slug",
  );
}

export async function moveCategoryCommand(db: Database, admin: SessionUser, id: number, direction: Direction, context: Context): Promise<ActionResult> {
  return await adminCommand(db, admin, async (tx) => {
    const category = await categoryById(tx, id);
    if (!category) return failure("Không tìm thấy chuyên mục này.");
    const all = await categoriesInOrder(tx);
    const neighbour = neighbourFor(all, id, direction);
    if (!neighbour) return atEnd(category.name, direction);
    await writeCategoryOrder(tx, swapped(all.map((c) => c.id), id, neighbour.id));
    await audit(tx, admin, "category-update", `Chuyên mục: ${category.name}`, direction === "up" ? "Chuyển lên" : "Chuyển xuống", context);
    return moved(category.name, direction);
  });
}

export async function deleteCategoryCommand(db: Database, admin: SessionUser, id: number, context: Context): Promise<ActionResult> {
  return await adminCommand(db, admin, async (tx) => {
    const category = await categoryById(tx, id);
    if (!category) return failure("Không tìm thấy chuyên mục này: có thể nó vừa bị xóa.");
    const usage = await categoryUsage(tx, id);
    if (isInUse(usage)) return failure(usageRefusal("chuyên mục", category.name, usage));
    await deleteCategoryRow(tx, id);
    await audit(tx, admin, "category-delete", `Chuyên mục: ${category.name}`, "", context);
    return { ok: true, message: `Đã xóa chuyên mục “${category.name}”.${menuNoteAfterDeleting("chuyên mục", await menuLabelsPointingAt(tx, "category", id))}` };
  });
}

const atEnd = (name: string, direction: Direction): ActionResult => ({ ok: true, message: `“${name}” đã ở ${direction === "up" ? "đầu" : "cuối"} danh sách.` });
const moved = (name: string, direction: Direction): ActionResult => ({ ok: true, message: `Đã chuyển “${name}” ${direction === "up" ? "lên" : "xuống"}.` });

function swapped(ids: number[], a: number, b: number): number[] {
  return ids.map((id) => (id === a ? b : id === b ? a : id));
}
