import "server-only";
import { imageSources, type ImageSources } from "@/core/media-files";
import type { SiteSettings } from "@/core/schemas/site-settings";
import { publicSiteSettings, type PublicSiteSettings } from "@/db/queries/public-site-settings";
import { settingsHistory, settingsImage, siteSettingsState, type SettingsRevisionSummary } from "@/db/queries/site-settings";
import { getDatabase } from "./database";
import { env } from "./env";

// The site settings read fresh from the database: for the admin page, and for what is not a
// cached page (icons, the manifest, feeds, previews). Public pages read them through
// siteSettingsContent() in public-content.ts, which tags the page so a save expires it.

export async function siteSettingsNow(now: Date = new Date()): Promise<PublicSiteSettings> {
  return await publicSiteSettings(getDatabase(), env.SITE_SLOGAN, now);
}

/** A chosen image as the settings form previews it. */
export type SettingsImageChoice = ImageSources & { id: number };

export type SettingsEditor = {
  settings: SiteSettings;
  version: number;
  updatedAt: Date | null;
  updatedByName: string | null;
  emblem: SettingsImageChoice | null;
  shareImage: SettingsImageChoice | null;
  history: SettingsRevisionSummary[];
};

/** What /quan-tri/cai-dat shows: the settings to edit, their version, the chosen images and the history. */
export async function settingsEditor(): Promise<SettingsEditor> {
  const db = getDatabase();
  const state = await siteSettingsState(db, env.SITE_SLOGAN);
  const choice = async (id: number | null): Promise<SettingsImageChoice | null> => {
    const image = await settingsImage(db, id);
    return image ? { ...imageSources(image), id: image.id } : null;
  };
  return {
    ...state,
    emblem: await choice(state.settings.emblemMediaId),
    shareImage: await choice(state.settings.shareImageMediaId),
    history: await settingsHistory(db, env.SITE_SLOGAN),
  };
}
