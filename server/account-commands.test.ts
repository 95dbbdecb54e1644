import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { Database } from "@/db/client";
import { listAccounts } from "@/db/queries/accounts";
import { auditEntriesPage } from "@/db/queries/audit-log";
import { sessionUserById } from "@/db/queries/users";
import { createTestDatabase, failWrites, insertUnit, insertUser, type TestDatabase, isForcedFailure } from "@/db/test-database";
import { changeOwnPasswordCommand, createAccountCommand, resetPasswordCommand, setAccountActiveCommand, updateAccountCommand } from "./account-commands";
import { hashPassword } from "./password";
import { authenticate } from "./sign-in";

let handle: TestDatabase;
let db: Database;
let admin: Awaited<ReturnType<typeof insertUser>>;
const context = { ip: "10.1.2.3" };

beforeEach(async () => {
  handle = await createTestDatabase();
  db = handle.db;
  admin = await insertUser(db, { role: "admin", username: "quantri" });
});
afterEach(() => handle.close());

const newAccount = async (fields: Record<string, string> = {}) =>
  await createAccountCommand(db, admin, { username: "CongTac.Vien", displayName: "Lê Thị Hoa", role: "contributor", unitId: "", password: "", ...fields }, context);

describe("account administration", () => {
  it("creates an account with a generated password shown once, to be changed at first sign-in", async () => {
    const result = await newAccount();
    expect(result).toMatchObject({ ok: true, username: "congtac.vien" });
    if (!result.ok) return;
    expect(result.initialPassword).toMatch(/^[A-Za-z0-9]{4}-[A-Za-z0-9]{4}-[A-Za-z0-9]{4}$/);
    const signedIn = await authenticate(db, "congtac.vien", result.initialPassword, "10.0.0.1");
    expect(signedIn).toMatchObject({ ok: true, user: { mustChangePassword: true, role: "contributor" } });
    expect((await auditEntriesPage(db, { action: "account-create" }, { offset: 0, limit: 5 })).items[0]).toMatchObject({ actorName: admin.displayName, target: "Tài khoản: congtac.vien", ip: "10.1.2.3" });
  });

  it("refuses a taken username and a weak typed password, field by field", async () => {
    await newAccount();
    expect(await newAccount()).toMatchObject({ ok: false, fieldErrors: { username: ["Tên đăng nhập này đã có người dùng."] } });
    expect(await newAccount({ username: "khac", password: "1234567890" })).toMatchObject({ ok: false, fieldErrors: { password: ["Mật khẩu này quá phổ biến, dễ bị đoán. Hãy chọn mật khẩu khác."] } });
  });

  it("ends an account's sessions when it is disabled or its role changes", async () => {
    const editor = await insertUser(db, { role: "editor" });
    await setAccountActiveCommand(db, admin, editor.id, false, context);
    expect(await sessionUserById(db, editor.id)).toMatchObject({ isActive: false, sessionVersion: editor.sessionVersion + 1 });
    await setAccountActiveCommand(db, admin, editor.id, true, context);
    await updateAccountCommand(db, admin, editor.id, { displayName: "Biên tập", role: "contributor", unitId: "" }, context);
    expect(await sessionUserById(db, editor.id)).toMatchObject({ role: "contributor", sessionVersion: editor.sessionVersion + 2 });
  });

  it("never disables or demotes the last active admin", async () => {
    expect(await updateAccountCommand(db, admin, admin.id, { displayName: "Quản trị", role: "editor", unitId: "" }, context)).toMatchObject({ ok: false });
    const second = await insertUser(db, { role: "admin" });
    expect(await setAccountActiveCommand(db, second, admin.id, false, context)).toMatchObject({ ok: true });
    expect(await updateAccountCommand(db, second, second.id, { displayName: "Quản trị", role: "editor", unitId: "" }, context)).toMatchObject({ ok: false });
  });

  it("refuses an admin who disables their own account, even with other admins active", async () => {
    await insertUser(db, { role: "admin" });
    expect(await setAccountActiveCommand(db, admin, admin.id, false, context)).toEqual({
      ok: false,
      formError: "Bạn không thể tự vô hiệu hóa tài khoản của mình. Nếu cần, hãy nhờ một quản trị viên khác làm việc này.",
    });
    expect(await sessionUserById(db, admin.id)).toMatchObject({ isActive: true });
  });

  it("refuses every administration command to an editor", async () => {
    const editor = await insertUser(db, { role: "editor" });
    expect(await createAccountCommand(db, editor, {}, context)).toMatchObject({ ok: false, formError: "Chỉ quản trị viên được làm việc này." });
    expect(await updateAccountCommand(db, editor, admin.id, {}, context)).toMatchObject({ ok: false });
    expect(await setAccountActiveCommand(db, editor, admin.id, false, context)).toMatchObject({ ok: false });
    expect(await resetPasswordCommand(db, editor, admin.id, context)).toMatchObject({ ok: false });
  });

  it("resets a password: a new one shown once, to be changed, and the old sessions end", async () => {
    const editor = await insertUser(db, { role: "editor" });
    const result = await resetPasswordCommand(db, admin, editor.id, context);
    expect(result.ok).toBe(true);
    expect(await sessionUserById(db, editor.id)).toMatchObject({ mustChangePassword: true, sessionVersion: editor.sessionVersion + 1 });
  });
});

describe("one transaction per command", () => {
  it("gives one account and one field error when two admins create the same username at once", async () => {
    // Both hash their password before writing: the second check must come after the first insert.
    const results = await Promise.all([newAccount({ displayName: "Lê Thị Hoa" }), newAccount({ displayName: "Trần Văn Nam" })]);
    expect(results.filter((result) => result.ok)).toHaveLength(1);
    expect(results.find((result) => !result.ok)).toMatchObject({ ok: false, fieldErrors: { username: ["Tên đăng nhập này đã có người dùng."] } });
    expect((await listAccounts(db, {})).filter((account) => account.username === "congtac.vien")).toHaveLength(1);
    expect((await auditEntriesPage(db, { action: "account-create" }, { offset: 0, limit: 5 })).total).toBe(1);
  });

  it("refuses a unit that does not exist, on creation and on update, writing nothing", async () => {
    const unitGone = { ok: false, formError: "Đơn vị này không còn: hãy chọn đơn vị khác.", fieldErrors: { unitId: ["Đơn vị này không còn: hãy chọn đơn vị khác."] } };
    expect(await newAccount({ unitId: "99999" })).toEqual(unitGone);
    const editor = await insertUser(db, { role: "editor", unitId: (await insertUnit(db)).id });
    expect(await updateAccountCommand(db, admin, editor.id, { displayName: "Tên mới", role: "editor", unitId: "99999" }, context)).toEqual(unitGone);
    expect((await listAccounts(db, {})).map((account) => [account.username, account.displayName, account.unitId])).toEqual([
      [editor.username, editor.displayName, editor.unitId],
      ["quantri", admin.displayName, null],
    ]);
    expect((await auditEntriesPage(db, {}, { offset: 0, limit: 5 })).total).toBe(0);
  });

  it("changes no account whose audit entry cannot be written", async () => {
    const editor = await insertUser(db, { role: "editor" });
    await failWrites(db, "BEFORE INSERT ON audit_log");
    await expect(newAccount()).rejects.toSatisfy(isForcedFailure);
    await expect(updateAccountCommand(db, admin, editor.id, { displayName: "Tên mới", role: "contributor", unitId: "" }, context)).rejects.toSatisfy(isForcedFailure);
    await expect(setAccountActiveCommand(db, admin, editor.id, false, context)).rejects.toSatisfy(isForcedFailure);
    await expect(resetPasswordCommand(db, admin, editor.id, context)).rejects.toSatisfy(isForcedFailure);
    expect((await listAccounts(db, {})).map((account) => account.username)).toEqual([editor.username, "quantri"]);
    expect(await sessionUserById(db, editor.id)).toEqual(editor);
  });

  it("lets only one of two changes made with the same current password through", async () => {
    const user = await insertUser(db, { role: "editor", username: "bientap.vien", passwordHash: await hashPassword("Cu-mat-khau-2026") });
    const change = async (next: string) => await changeOwnPasswordCommand(db, user, { current: "Cu-mat-khau-2026", next, confirm: next }, context);
    const results = await Promise.all([change("Moi-mat-khau-2026"), change("Khac-mat-khau-2026")]);
    expect(results.filter((result) => result.ok)).toHaveLength(1);
    expect(results.find((result) => !result.ok)).toMatchObject({ ok: false, fieldErrors: { current: ["Mật khẩu hiện tại không đúng."] } });
    expect((await sessionUserById(db, user.id))?.sessionVersion).toBe(user.sessionVersion + 1);
  });
});

describe("changing one's own password", () => {
  it("needs the current password and a strong new one that differs from the username", async () => {
    const user = await insertUser(db, { role: "editor", username: "bientap.vien", passwordHash: await hashPassword("Cu-mat-khau-2026"), mustChangePassword: true });
    expect(await changeOwnPasswordCommand(db, user, { current: "sai", next: "Moi-mat-khau-2026", confirm: "Moi-mat-khau-2026" }, context)).toMatchObject({ ok: false, fieldErrors: { current: ["Mật khẩu hiện tại không đúng."] } });
    expect(await changeOwnPasswordCommand(db, user, { current: "Cu-mat-khau-2026", next: "bientap.vien", confirm: "bientap.vien" }, context)).toMatchObject({ ok: false, fieldErrors: { next: ["Mật khẩu không được trùng tên đăng nhập."] } });
    expect(await changeOwnPasswordCommand(db, user, { current: "Cu-mat-khau-2026", next: "Moi-mat-khau-2026", confirm: "khac" }, context)).toMatchObject({ ok: false, fieldErrors: { confirm: ["Hai lần nhập mật khẩu mới không khớp."] } });
    expect(await changeOwnPasswordCommand(db, user, { current: "Cu-mat-khau-2026", next: "Moi-mat-khau-2026", confirm: "Moi-mat-khau-2026" }, context)).toMatchObject({ ok: true });
    expect(await sessionUserById(db, user.id)).toMatchObject({ mustChangePassword: false, sessionVersion: user.sessionVersion + 1 });
    expect((await authenticate(db, "bientap.vien", "Moi-mat-khau-2026", "10.0.0.1")).ok).toBe(true);
  });
});
