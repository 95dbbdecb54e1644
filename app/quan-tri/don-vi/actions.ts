"use server";

import { failure } from "@/core/action-result";
import { defineAdminAction, field, idField } from "@/server/action";
import { getDatabase } from "@/server/database";
import { requestIp } from "@/server/request-ip";
import { refreshAllPagesOn } from "@/server/site-refresh";
import { createUnitCommand, deleteUnitCommand, moveUnitCommand, updateUnitCommand } from "@/server/taxonomy-commands";

const unitFields = (formData: FormData) => ({ name: field(formData, "name"), shortName: field(formData, "shortName"), slug: field(formData, "slug"), parentId: field(formData, "parentId") });
const INVALID = "Yêu cầu không hợp lệ.";

const createUnit = defineAdminAction(async (admin, formData) => await createUnitCommand(getDatabase(), admin, unitFields(formData), { ip: await requestIp() }));

const updateUnit = defineAdminAction(async (admin, formData) => {
  const id = idField(formData, "id");
  return id ? await updateUnitCommand(getDatabase(), admin, id, unitFields(formData), { ip: await requestIp() }) : failure(INVALID);
});

const moveUnit = defineAdminAction(async (admin, formData) => {
  const id = idField(formData, "id");
  const direction = field(formData, "direction");
  if (!id || (direction !== "up" && direction !== "down")) return failure(INVALID);
  return await moveUnitCommand(getDatabase(), admin, id, direction, { ip: await requestIp() });
});

const deleteUnit = defineAdminAction(async (admin, formData) => {
  const id = idField(formData, "id");
  return id ? await deleteUnitCommand(getDatabase(), admin, id, { ip: await requestIp() }) : failure(INVALID);
});

// Shaped for useActionState: (previous state, form data).
export async function createUnitAction(_previous: unknown, formData: FormData) {
  return refreshAllPagesOn(await createUnit(formData));
}
export async function updateUnitAction(_previous: unknown, formData: FormData) {
  return refreshAllPagesOn(await updateUnit(formData));
}
export async function moveUnitAction(_previous: unknown, formData: FormData) {
  return refreshAllPagesOn(await moveUnit(formData));
}
export async function deleteUnitAction(_previous: unknown, formData: FormData) {
  return refreshAllPagesOn(await deleteUnit(formData));
}
