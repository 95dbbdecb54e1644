// Account administration and password changes, independent of Next; tested directly. Password
// hashing is slow, so it happens before the transaction: a transaction holds the write lock until it ends.
import { failure, fieldErrorsOf, type ActionFailure, type ActionResult } from "@/core/action-result";
import { missingReferenceErrors, missingReferenceMessages } from "@/core/missing-references";
import { ADMIN_ONLY, canDisableAccount, roleLabels } from "@/core/permissions";
import { passwordProblems } from "@/core/password-policy";
import { accountCreateSchema, accountUpdateSchema, generatePassword, passwordChangeSchema } from "@/core/schemas/account";
import type { Database, Transaction } from "@/db/client";
import { insertAccount, otherActiveAdmins, passwordHashOf, updateAccount, usernameTaken } from "@/db/queries/accounts";
import { recordAudit } from "@/db/queries/audit-log";
import { unitById } from "@/db/queries/taxonomy-admin";
import { sessionUserById, type SessionUser } from "@/db/queries/users";
import { atomically } from "./atomically";
import { hashPassword, verifyPassword } from "./password";

const NOT_ONESELF = "Bạn không thể tự vô hiệu hóa tài khoản của mình. Nếu cần, hãy nhờ một quản trị viên khác làm việc này.";
const LAST_ADMIN = "Đây là quản trị viên cuối cùng còn hoạt động: không thể vô hiệu hóa hay đổi vai trò. Hãy tạo hoặc kích hoạt một quản trị viên khác trước.";
const USERNAME_TAKEN = "Tên đăng nhập này đã có người dùng.";
const usernameTakenFailure = failure(USERNAME_TAKEN, { username: [USERNAME_TAKEN] });
const WRONG_CURRENT = "Mật khẩu hiện tại không đúng.";
const wrongCurrentFailure = failure(WRONG_CURRENT, { current: [WRONG_CURRENT] });
const ACCOUNT_MISSING = "Không tìm thấy tài khoản này.";

type Context = { ip: string; now?: Date };

async function audit(tx: Transaction, actor: SessionUser, action: Parameters<typeof recordAudit>[1]["action"], target: string, detail: string, context: Context) {
  await recordAudit(tx, { actorId: actor.id, actorName: actor.displayName, action, target, detail, ip: context.ip, at: context.now });
}

/**
 * A unit chosen in the form that does not exist (any more): a field error, not a failed insert. The
 * message is the form's too: an account's row form shows no field errors.
 */
async function missingUnit(tx: Transaction, unitId: number | null): Promise<ActionFailure | null> {
  if (unitId === null || (await unitById(tx, unitId))) return null;
  return failure(missingReferenceMessages.unitId, missingReferenceErrors(["unitId"]));
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
  const passwordHash = await hashPassword(password);
  // The username is checked here, after the await: another request for it may have finished meanwhile.
  return await atomically(
    db,
    async (tx): Promise<ActionResult<{ username: string; initialPassword: string }>> => {
      if (await usernameTaken(tx, input.username)) return usernameTakenFailure;
      const unitProblem = await missingUnit(tx, input.unitId);
      if (unitProblem) return unitProblem;
      await insertAccount(tx, { username: input.username, displayName: input.displayName, role: input.role, unitId: input.unitId, passwordHash });
      await audit(tx, admin, "account-create", `Tài khoản: ${input.username}`, `Vai trò ${roleLabels[input.role]}`, context);
      return { ok: true, message: `Đã tạo tài khoản “${input.username}”.`, username: input.username, initialPassword: password };
    },
    { "users.username": usernameTakenFailure },
  );
}

export async function updateAccountCommand(db: Database, admin: SessionUser, id: number, fields: Record<string, unknown>, context: Context): Promise<ActionResult> {
  if (admin.role !== "admin") return failure(ADMIN_ONLY);
  return await atomically(db, async (tx): Promise<ActionResult> => {
    const account = await sessionUserById(tx, id);
    if (!account) return failure(ACCOUNT_MISSING);
    const parsed = accountUpdateSchema.safeParse(fields);
    if (!parsed.success) return failure("Chưa lưu được: hãy sửa các mục được đánh dấu.", fieldErrorsOf(parsed.error.issues));
    const unitProblem = await missingUnit(tx, parsed.data.unitId);
    if (unitProblem) return unitProblem;
    const roleChanged = parsed.data.role !== account.role;
    if (roleChanged && account.role === "admin" && account.isActive && (await otherActiveAdmins(tx, id)) === 0) return failure(LAST_ADMIN);
    await updateAccount(tx, id, parsed.data, roleChanged);
    await audit(tx, admin, "account-update", `Tài khoản: ${account.username}`, roleChanged ? `Vai trò: ${roleLabels[account.role]} → ${roleLabels[parsed.data.role]}` : "Đổi thông tin", context);
    return { ok: true, message: `Đã lưu tài khoản “${account.username}”.` };
  });
}

export async function setAccountActiveCommand(db: Database, admin: SessionUser, id: number, active: boolean, context: Context): Promise<ActionResult> {
  if (admin.role !== "admin") return failure(ADMIN_ONLY);
  return await atomically(db, async (tx): Promise<ActionResult> => {
    const account = await sessionUserById(tx, id);
    if (!account) return failure(ACCOUNT_MISSING);
    if (!active && !canDisableAccount(admin, account)) return failure(NOT_ONESELF);
    if (!active && account.role === "admin" && (await otherActiveAdmins(tx, id)) === 0) return failure(LAST_ADMIN);
    await updateAccount(tx, id, { isActive: active }, !active);
    await audit(tx, admin, active ? "account-enable" : "account-disable", `Tài khoản: ${account.username}`, "", context);
    return { ok: true, message: active ? `Đã kích hoạt lại “${account.username}”.` : `Đã vô hiệu hóa “${account.username}”: các phiên đăng nhập của tài khoản này kết thúc ngay.` };
  });
}

export async function resetPasswordCommand(db: Database, admin: SessionUser, id: number, context: Context): Promise<ActionResult<{ initialPassword: string }>> {
  if (admin.role !== "admin") return failure(ADMIN_ONLY);
  const password = generatePassword();
  const passwordHash = await hashPassword(password);
  return await atomically(db, async (tx): Promise<ActionResult<{ initialPassword: string }>> => {
    const account = await sessionUserById(tx, id);
    if (!account) return failure(ACCOUNT_MISSING);
    await updateAccount(tx, id, { passwordHash, mustChangePassword: true }, true);
    await audit(tx, admin, "password-reset", `Tài khoản: ${account.username}`, "", context);
    return { ok: true, message: `Đã đặt lại mật khẩu của “${account.username}”.`, initialPassword: password };
  });
}

/** Anyone changes their own password; every open session, this one included, then ends. */
export async function changeOwnPasswordCommand(db: Database, user: SessionUser, fields: Record<string, unknown>, context: Context): Promise<ActionResult> {
  const parsed = passwordChangeSchema.safeParse(fields);
  if (!parsed.success) return failure("Chưa đổi được mật khẩu.", fieldErrorsOf(parsed.error.issues));
  const problems = passwordProblems(parsed.data.next, user.username);
  if (problems.length) return failure("Mật khẩu mới chưa đạt yêu cầu.", { next: problems });
  const currentHash = await passwordHashOf(db, user.id);
  if (!currentHash || !(await verifyPassword(currentHash, parsed.data.current))) return wrongCurrentFailure;
  if (await verifyPassword(currentHash, parsed.data.next)) return failure("Mật khẩu mới phải khác mật khẩu hiện tại.", { next: ["Mật khẩu mới phải khác mật khẩu hiện tại."] });
  const nextHash = await hashPassword(parsed.data.next);
  return atomically(db, async (tx): Promise<ActionResult> => {
    // Changed while we hashed (another tab, an admin's reset): what was typed is no longer the current password.
    if (await passwordHashOf(tx, user.id) !== currentHash) return wrongCurrentFailure;
    await updateAccount(tx, user.id, { passwordHash: nextHash, mustChangePassword: false }, true);
    await audit(tx, user, "password-change", `Tài khoản: ${user.username}`, "", context);
    return { ok: true, message: "Đã đổi mật khẩu. Hãy đăng nhập lại bằng mật khẩu mới." };
  });
}
