// The public navigation: admins only, saved whole in one transaction, refused when another save
// came first since the screen was opened, and audited.
import { failure, type ActionFailure, type ActionResult } from "@/core/action-result";
import { checkMenu } from "@/core/menu-validation";
import { menuFingerprint, menuItemName, type MenuNode } from "@/core/menu-tree";
import { ADMIN_ONLY } from "@/core/permissions";
import type { Database } from "@/db/client";
import { recordAudit } from "@/db/queries/audit-log";
import { menuTargets, replaceMenu, storedMenu } from "@/db/queries/menu";
import type { SessionUser } from "@/db/queries/users";
import { atomically } from "./atomically";

type Context = { ip: string; now?: Date };

/** What the screen sends: the tree as JSON, and the fingerprint of the menu it was opened with. */
export type MenuSaveFields = { menu: string; base: string };
/** A save refused because another came first says which menu is stored now, for "Lưu đè". */
export type MenuSaveResult = ActionResult<{ fingerprint: string }> | (ActionFailure & { latestFingerprint?: string });

const STALE =
  "Menu vừa được lưu ở một thẻ hoặc máy khác sau khi bạn mở trang này, nên bản của bạn chưa được lưu. Menu bạn sắp xếp vẫn còn nguyên trên màn hình: tải lại trang để xem bản mới, hoặc bấm “Lưu đè” để thay bản đó bằng bản của bạn.";

/** "Trang chủ, Giới thiệu (3 mục con), Liên hệ": what the audit log says the menu became. */
function summary(tree: readonly MenuNode[]): string {
  if (tree.length === 0) return "Menu trống: trang tin hiện Trang chủ, Tất cả tin và các chuyên mục.";
  const text = tree.map((node) => (node.children.length ? `${menuItemName(node)} (${node.children.length} mục con)` : menuItemName(node))).join(", ");
  return text.length > 500 ? `${text.slice(0, 499)}…` : text;
}

export async function saveMenuCommand(db: Database, admin: SessionUser, fields: MenuSaveFields, context: Context): Promise<MenuSaveResult> {
  if (admin.role !== "admin") return failure(ADMIN_ONLY);
  return await atomically<MenuSaveResult>(db, async (tx) => {
    const checked = checkMenu(fields.menu, await menuTargets(tx));
    if (!checked.ok) return failure(checked.formError, checked.fieldErrors);
    const latestFingerprint = menuFingerprint(await storedMenu(tx));
    if (fields.base !== latestFingerprint) return { ...failure(STALE), latestFingerprint };
    await replaceMenu(tx, checked.tree);
    await recordAudit(tx, { actorId: admin.id, actorName: admin.displayName, action: "menu-update", target: "Menu", detail: summary(checked.tree), ip: context.ip, at: context.now });
    return { ok: true, message: "Đã lưu menu. Trang tin đã hiện menu mới.", fingerprint: menuFingerprint(await storedMenu(tx)) };
  });
}
