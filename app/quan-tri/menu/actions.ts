"use server";

import { defineAdminAction, field } from "@/server/action";
import { getDatabase } from "@/server/database";
import { saveMenuCommand } from "@/server/menu-commands";
import { requestIp } from "@/server/request-ip";
import { refreshAllPagesOn } from "@/server/site-refresh";

const saveMenu = defineAdminAction(async (admin, formData) =>
  await saveMenuCommand(getDatabase(), admin, { menu: field(formData, "menu"), base: field(formData, "base") }, { ip: await requestIp() }),
);

// Shaped for useActionState: (previous state, form data). The menu is in every public page's
// header, so a save expires them all.
export async function saveMenuAction(_previous: unknown, formData: FormData) {
  return refreshAllPagesOn(await saveMenu(formData));
}
