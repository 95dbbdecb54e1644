import "server-only";
import { publicSiteSettings, type PublicSiteSettings } from "@/db/queries/public-site-settings";
import { siteSettingsState, type SettingsState } from "@/db/queries/site-settings";
import { getDatabase } from "./database";
import { env } from "./env";

// The site settings read fresh from the database: for the admin page, and for what is not a
// cached page (icons, the manifest, feeds, previews). Public pages read them through
// siteSettingsContent() in public-content.ts, which tags the page so a save expires it.

export function siteSettingsNow(now: Date = new Date()): PublicSiteSettings {
  return publicSiteSettings(getDatabase(), env.SITE_SLOGAN, now);
}

export function editableSiteSettings(): SettingsState {
  return siteSettingsState(getDatabase(), env.SITE_SLOGAN);
}
