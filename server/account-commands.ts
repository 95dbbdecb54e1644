// Account administration and password changes, independent of Next; tested directly.
import { failure, fieldErrorsOf, type ActionResult } from "@/core/action-result";
import { ADMIN_ONLY, roleLabels } from "@/core/permissions";
import { passwordProblems } from "@/core/password-policy";
import { accountCreateSchema, accountUpdateSchema, generatePassword, passwordChangeSchema } from "@/core/schemas/account";
import type { Database } from "@/db/client";
import { insertAccount, otherActiveAdmins, passwordHashOf, updateAccount, usernameTaken } from "@/db/queries/accounts";
import { recordAudit } from "@/db/queries/audit-log";
import { sessionUserById, type SessionUser } from "@/db/queries/users";
import { hashPassword, verifyPassword } from "./password";

const LAST_ADMIN = "Đây là quản trị viên cuối cùng còn hoạt động: không thể vô hiệu hóa hay đổi vai trò. Hãy tạo hoặc kích hoạt một quản trị viên khác trước.";

type Context = { ip: string; now?: Date };

function audit(db: Database, actor: SessionUser, action: Parameters<typeof recordAudit>[1]["action"], target: string, detail: string, context: Context) {
  recordAudit(db, { actorId: actor.id, actorName: actor.displayName, action, target, detail, ip: context.ip, at: context.now });
}

/** A new account; its initial password (typed or generated) is returned once and must be changed at first sign-in. */
export async function createAccountCommand(db: Database, admin: SessionUser, fields: Record<string, unknown>, context: Context): Promise<ActionResult<{ username: string; initialPassword: string }>> {
  if (admin.role !== "admin") return failure(ADMIN_ONLY);
  const parsed = accountCreateSchema.safeParse(fields);
  if (!parsed.success) return failure("Chưa tạo được tài khoản: hãy sửa các mục được đánh dấu.", fieldErrorsOf(parsed.error.issues));
  const input = parsed.data;
  const password = input.password || generatePassword();
  const problems = passwordProblems(password, input.username);
  if (problems.length) return failure("Mật khẩu ban đầu chưa đạt yêu cầu.", { password: problems });
  if (usernameTaken(db, input.username)) return failure("Tên đăng nhập này đã có người dùng.", { username: ["Tên đăng nhập này đã có người dùng."] });
  insertAccount(db, { username: input.username, displayName: input.displayName, role: input.role, unitId: input.unitId, passwordHash: await hashPassword(password) });
  audit(db, admin, "account-create", `Tài khoản: ${input.username}`, `Vai trò ${roleLabels[input.role]}`, context);
  return { ok: true, message: `Đã tạo tài khoản “${input.username}”.`, username: input.username, initialPassword: password };
}

export function updateAccountCommand(db: Database, admin: SessionUser, id: number, fields: Record<string, unknown>, context: Context): ActionResult {
  if (admin.role !== "admin") return failure(ADMIN_ONLY);
  const account = sessionUserById(db, id);
  if (!account) return failure("Không tìm thấy tài khoản này.");
  const parsed = accountUpdateSchema.safeParse(fields);
  if (!parsed.success) return failure("Chưa lưu được: hãy sửa các mục được đánh dấu.", fieldErrorsOf(parsed.error.issues));
  const roleChanged = parsed.data.role !== account.role;
  if (roleChanged && account.role === "admin" && account.isActive && otherActiveAdmins(db, id) === 0) return failure(LAST_ADMIN);
  updateAccount(db, id, parsed.data, roleChanged);
  audit(db, admin, "account-update", `Tài khoản: ${account.username}`, roleChanged ? `Vai trò: ${roleLabels[account.role]} → ${roleLabels[parsed.data.role]}` : "Đổi thông tin", context);
  return { ok: true, message: `Đã lưu tài khoản “${account.username}”.` };
}

export function setAccountActiveCommand(db: Database, admin: SessionUser, id: number, active: boolean, context: Context): ActionResult {
  if (admin.role !== "admin") return failure(ADMIN_ONLY);
  const account = sessionUserById(db, id);
  if (!account) return failure("Không tìm thấy tài khoản này.");
  if (!active && account.role === "admin" && otherActiveAdmins(db, id) === 0) return failure(LAST_ADMIN);
  updateAccount(db, id, { isActive: active }, !active);
  audit(db, admin, active ? "account-enable" : "account-disable", `Tài khoản: ${account.username}`, "", context);
  return { ok: true, message: active ? `Đã kích hoạt lại “${account.username}”.` : `Đã vô hiệu hóa “${account.username}”: các phiên đăng nhập của tài khoản này kết thúc ngay.` };
}

export async function resetPasswordCommand(db: Database, admin: SessionUser, id: number, context: Context): Promise<ActionResult<{ initialPassword: string }>> {
  if (admin.role !== "admin") return failure(ADMIN_ONLY);
  const account = sessionUserById(db, id);
  if (!account) return failure("Không tìm thấy tài khoản này.");
  const password = generatePassword();
  updateAccount(db, id, { passwordHash: await hashPassword(password), mustChangePassword: true }, true);
  audit(db, admin, "password-reset", `Tài khoản: ${account.username}`, "", context);
  return { ok: true, message: `Đã đặt lại mật khẩu của “${account.username}”.`, initialPassword: password };
}

/** Anyone changes their own password; every open session, this one included, then ends. */
export async function changeOwnPasswordCommand(db: Database, user: SessionUser, fields: Record<string, unknown>, context: Context): Promise<ActionResult> {
  const parsed = passwordChangeSchema.safeParse(fields);
  if (!parsed.success) return failure("Chưa đổi được mật khẩu.", fieldErrorsOf(parsed.error.issues));
  const problems = passwordProblems(parsed.data.next, user.username);
  if (problems.length) return failure("Mật khẩu mới chưa đạt yêu cầu.", { next: problems });
  const currentHash = passwordHashOf(db, user.id);
  if (!currentHash || !(await verifyPassword(currentHash, parsed.data.current))) return failure("Mật khẩu hiện tại không đúng.", { current: ["Mật khẩu hiện tại không đúng."] });
  if (await verifyPassword(currentHash, parsed.data.next)) return failure("Mật khẩu mới phải khác mật khẩu hiện tại.", { next: ["Mật khẩu mới phải khác mật khẩu hiện tại."] });
  updateAccount(db, user.id, { passwordHash: await hashPassword(parsed.data.next), mustChangePassword: false }, true);
  audit(db, user, "password-change", `Tài khoản: ${user.username}`, "", context);
  return { ok: true, message: "Đã đổi mật khẩu. Hãy đăng nhập lại bằng mật khẩu mới." };
}
