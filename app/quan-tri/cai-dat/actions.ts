"use server";

import { failure } from "@/core/action-result";
import { defineAdminAction, field, idField } from "@/server/action";
import { getDatabase } from "@/server/database";
import { env } from "@/server/env";
import { requestIp } from "@/server/request-ip";
import { restoreSiteSettingsCommand, saveSiteSettingsCommand } from "@/server/site-settings-commands";
import { refreshAllPagesOn } from "@/server/site-refresh";

const INVALID = "Yêu cầu không hợp lệ: hãy tải lại trang rồi thử lại.";
const textFields = ["name", "shortName", "sloganShown", "emblemMediaId", "address", "phone", "fax", "email", "workingHours", "responsibility", "licence", "footerText", "facebookUrl", "zaloUrl", "youtubeUrl", "shareImageMediaId"] as const;

/** Every value of a repeated field (the form's lists), files counted as empty. */
const allOf = (formData: FormData, name: string) => formData.getAll(name).map((value) => (typeof value === "string" ? value : ""));

function settingsFields(formData: FormData): Record<string, unknown> {
  const urls = allOf(formData, "relatedUrl");
  return {
    ...Object.fromEntries(textFields.map((name) => [name, field(formData, name)])),
    slogans: allOf(formData, "slogan"),
    relatedLinks: allOf(formData, "relatedLabel").map((label, i) => ({ label, url: urls[i] ?? "" })),
  };
}

/** The version the form was opened on: 0 while no settings were ever saved. */
function baseVersionOf(formData: FormData): number | null {
  const value = field(formData, "baseVersion");
  return /^\d{1,9}$/.test(value) ? Number(value) : null;
}

const context = async () => ({ ip: await requestIp(), fallbackSlogan: env.SITE_SLOGAN });

const saveSettings = defineAdminAction(async (admin, formData) => {
  const baseVersion = baseVersionOf(formData);
  if (baseVersion === null) return failure(INVALID);
  return await saveSiteSettingsCommand(getDatabase(), admin, settingsFields(formData), baseVersion, await context());
});

const restoreSettings = defineAdminAction(async (admin, formData) => {
  const revisionId = idField(formData, "revisionId");
  const baseVersion = baseVersionOf(formData);
  if (revisionId === null || baseVersion === null) return failure(INVALID);
  return await restoreSiteSettingsCommand(getDatabase(), admin, revisionId, baseVersion, await context());
});

// Shaped for useActionState: (previous state, form data). Every public page shows the settings.
export async function saveSiteSettingsAction(_previous: unknown, formData: FormData) {
  return refreshAllPagesOn(await saveSettings(formData));
}
export async function restoreSiteSettingsAction(_previous: unknown, formData: FormData) {
  return refreshAllPagesOn(await restoreSettings(formData));
}
