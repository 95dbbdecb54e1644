"use server";

import { failure } from "@/core/action-result";
import { createAccountCommand, resetPasswordCommand, setAccountActiveCommand, updateAccountCommand } from "@/server/account-commands";
import { defineAdminAction, field, idField } from "@/server/action";
import { getDatabase } from "@/server/database";
import { requestIp } from "@/server/request-ip";
import { refreshPageOn } from "@/server/site-refresh";

const fieldsOf = (formData: FormData, names: string[]) => Object.fromEntries(names.map((name) => [name, field(formData, name)]));

const createAccount = defineAdminAction(async (admin, formData) =>
  createAccountCommand(getDatabase(), admin, fieldsOf(formData, ["username", "displayName", "role", "unitId", "password"]), { ip: await requestIp() }),
);

const updateAccount = defineAdminAction(async (admin, formData) => {
  const id = idField(formData, "id");
  if (!id) return failure("Yêu cầu không hợp lệ.");
  return await updateAccountCommand(getDatabase(), admin, id, fieldsOf(formData, ["displayName", "role", "unitId"]), { ip: await requestIp() });
});

const setAccountActive = defineAdminAction(async (admin, formData) => {
  const id = idField(formData, "id");
  if (!id) return failure("Yêu cầu không hợp lệ.");
  return await setAccountActiveCommand(getDatabase(), admin, id, field(formData, "active") === "1", { ip: await requestIp() });
});

const resetPassword = defineAdminAction(async (admin, formData) => {
  const id = idField(formData, "id");
  if (!id) return failure("Yêu cầu không hợp lệ.");
  return resetPasswordCommand(getDatabase(), admin, id, { ip: await requestIp() });
});

// Shaped for useActionState: (previous state, form data).
export async function createAccountAction(_previous: unknown, formData: FormData) {
  return refreshPageOn("/quan-tri/tai-khoan", await createAccount(formData));
}
export async function updateAccountAction(_previous: unknown, formData: FormData) {
  return refreshPageOn("/quan-tri/tai-khoan", await updateAccount(formData));
}
export async function setAccountActiveAction(_previous: unknown, formData: FormData) {
  return refreshPageOn("/quan-tri/tai-khoan", await setAccountActive(formData));
}
export async function resetPasswordAction(_previous: unknown, formData: FormData) {
  return refreshPageOn("/quan-tri/tai-khoan", await resetPassword(formData));
}
