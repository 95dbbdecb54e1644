"use server";

import { defineAdminAction } from "@/server/action";
import { backupNowCommand, backupSettings } from "@/server/backup-commands";
import { getDatabase } from "@/server/database";
import { env } from "@/server/env";
import { requestIp } from "@/server/request-ip";
import { refreshPageOn } from "@/server/site-refresh";

const backUpNow = defineAdminAction(async (admin) => backupNowCommand(getDatabase(), admin, backupSettings(env), { ip: await requestIp() }));

// Shaped for useActionState: (previous state, form data).
export async function backupNowAction(_previous: unknown, formData: FormData) {
  return refreshPageOn("/quan-tri/sao-luu", await backUpNow(formData));
}
