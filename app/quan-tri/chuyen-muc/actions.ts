"use server";

import { failure } from "@/core/action-result";
import { defineAdminAction, field, idField } from "@/server/action";
import { getDatabase } from "@/server/database";
import { requestIp } from "@/server/request-ip";
import { refreshAllPagesOn } from "@/server/site-refresh";
import { createCategoryCommand, deleteCategoryCommand, moveCategoryCommand, updateCategoryCommand } from "@/server/taxonomy-commands";

const categoryFields = (formData: FormData) => ({ name: field(formData, "name"), slug: field(formData, "slug") });
const INVALID = "Yêu cầu không hợp lệ.";

const createCategory = defineAdminAction(async (admin, formData) => await createCategoryCommand(getDatabase(), admin, categoryFields(formData), { ip: await requestIp() }));

const updateCategory = defineAdminAction(async (admin, formData) => {
  const id = idField(formData, "id");
  return id ? await updateCategoryCommand(getDatabase(), admin, id, categoryFields(formData), { ip: await requestIp() }) : failure(INVALID);
});

const moveCategory = defineAdminAction(async (admin, formData) => {
  const id = idField(formData, "id");
  const direction = field(formData, "direction");
  if (!id || (direction !== "up" && direction !== "down")) return failure(INVALID);
  return await moveCategoryCommand(getDatabase(), admin, id, direction, { ip: await requestIp() });
});

const deleteCategory = defineAdminAction(async (admin, formData) => {
  const id = idField(formData, "id");
  return id ? await deleteCategoryCommand(getDatabase(), admin, id, { ip: await requestIp() }) : failure(INVALID);
});

// Shaped for useActionState: (previous state, form data).
export async function createCategoryAction(_previous: unknown, formData: FormData) {
  return refreshAllPagesOn(await createCategory(formData));
}
export async function updateCategoryAction(_previous: unknown, formData: FormData) {
  return refreshAllPagesOn(await updateCategory(formData));
}
export async function moveCategoryAction(_previous: unknown, formData: FormData) {
  return refreshAllPagesOn(await moveCategory(formData));
}
export async function deleteCategoryAction(_previous: unknown, formData: FormData) {
  return refreshAllPagesOn(await deleteCategory(formData));
}
