import { desc, eq } from "drizzle-orm";
import { changedSettingsFields, firstStartSettings, readStoredSettings } from "@/core/site-settings";
import type { SiteSettings, SiteSettingsField } from "@/core/schemas/site-settings";
import type { Database, Transaction } from "../client";
import { media, siteSettings, siteSettingsRevisions, users } from "../schema";
import { writeTransaction } from "../transaction";
import { rootUnit } from "./taxonomy";

// The one row of site settings (id 1) and its revisions. `fallbackSlogan` is SITE_SLOGAN: with the
// root unit's name, it makes the settings of a site that has never saved any.

const SETTINGS_ID = 1;

export type SettingsState = { settings: SiteSettings; version: number; updatedAt: Date | null; updatedByName: string | null };
export type SettingsRevisionKind = "save" | "restore";

/** What a first start writes, and what is read while no settings row exists. */
export async function defaultSiteSettings(db: Database, fallbackSlogan: string): Promise<SiteSettings> {
  return firstStartSettings({ unionName: (await rootUnit(db))?.name ?? null, slogan: fallbackSlogan });
}

/** The settings now, with their version (0 while none were ever written) and who saved them last. */
export async function siteSettingsState(db: Database, fallbackSlogan: string): Promise<SettingsState> {
  const [row] = await db
    .select({ content: siteSettings.content, version: siteSettings.version, updatedAt: siteSettings.updatedAt, updatedByName: users.displayName })
    .from(siteSettings)
    .leftJoin(users, eq(users.id, siteSettings.updatedBy))
    .where(eq(siteSettings.id, SETTINGS_ID));
  const defaults = await defaultSiteSettings(db, fallbackSlogan);
  if (!row) return { settings: defaults, version: 0, updatedAt: null, updatedByName: null };
  return { settings: readStoredSettings(row.content, defaults), version: row.version, updatedAt: row.updatedAt, updatedByName: row.updatedByName };
}

/**
 * Writes a new version of the settings and its revision: `version` is the new version number
 * (1 creates the row). The caller has checked that it follows the current one.
 */
export async function writeSiteSettings(
  tx: Transaction,
  change: { settings: SiteSettings; version: number; kind: SettingsRevisionKind; by: number | null; at: Date },
): Promise<void> {
  const { settings, version, kind, by, at } = change;
  await tx
    .insert(siteSettings)
    .values({ id: SETTINGS_ID, content: settings, version, updatedBy: by, updatedAt: at })
    .onConflictDoUpdate({ target: siteSettings.id, set: { content: settings, version, updatedBy: by, updatedAt: at } });
  await tx.insert(siteSettingsRevisions).values({ version, content: settings, kind, savedBy: by, savedAt: at });
}

/**
 * On a start with no settings row (a new site, or one upgraded from before settings existed), the
 * defaults become version 1, so the history starts from what readers saw. True when it wrote.
 */
export async function ensureSiteSettings(db: Database, fallbackSlogan: string, now: Date = new Date()): Promise<boolean> {
  return writeTransaction(db, async (tx) => {
    const existing = await tx.select({ id: siteSettings.id }).from(siteSettings).where(eq(siteSettings.id, SETTINGS_ID));
    if (existing.length > 0) return false;
    await writeSiteSettings(tx, { settings: await defaultSiteSettings(tx, fallbackSlogan), version: 1, kind: "save", by: null, at: now });
    return true;
  });
}

/** One saved version, its content read as settings (missing fields from `fallback`). */
export async function settingsRevisionById(db: Database, id: number, fallback: SiteSettings): Promise<{ id: number; version: number; settings: SiteSettings } | null> {
  const [row] = await db.select().from(siteSettingsRevisions).where(eq(siteSettingsRevisions.id, id));
  return row ? { id: row.id, version: row.version, settings: readStoredSettings(row.content, fallback) } : null;
}

export type SettingsRevisionSummary = {
  id: number;
  version: number;
  kind: SettingsRevisionKind;
  savedAt: Date;
  savedByName: string | null;
  /** The fields this version changed from the one before it; null for the first version. */
  changed: SiteSettingsField[] | null;
};

/** The latest versions, newest first, each with what it changed from the version before it. */
export async function settingsHistory(db: Database, fallbackSlogan: string, limit = 30): Promise<SettingsRevisionSummary[]> {
  const rows = await db
    .select({ revision: siteSettingsRevisions, savedByName: users.displayName })
    .from(siteSettingsRevisions)
    .leftJoin(users, eq(users.id, siteSettingsRevisions.savedBy))
    .orderBy(desc(siteSettingsRevisions.version), desc(siteSettingsRevisions.id))
    .limit(limit + 1);
  const defaults = await defaultSiteSettings(db, fallbackSlogan);
  const contents = rows.map(({ revision }) => readStoredSettings(revision.content, defaults));
  return rows.slice(0, limit).map(({ revision, savedByName }, i) => {
    const before = contents[i + 1];
    const after = contents[i];
    return {
      id: revision.id,
      version: revision.version,
      kind: revision.kind,
      savedAt: revision.savedAt,
      savedByName,
      changed: before && after ? changedSettingsFields(before, after) : null,
    };
  });
}

/** The stored image a setting points at, or null when it is not (or no longer) in the library. */
export async function settingsImage(db: Database, id: number | null): Promise<SettingsImage | null> {
  if (id === null) return null;
  const [image] = await db
    .select({ id: media.id, storageKey: media.storageKey, variantWidths: media.variantWidths, width: media.width, height: media.height, alt: media.alt })
    .from(media)
    .where(eq(media.id, id));
  return image ?? null;
}

export type SettingsImage = Pick<typeof media.$inferSelect, "id" | "storageKey" | "variantWidths" | "width" | "height" | "alt">;
