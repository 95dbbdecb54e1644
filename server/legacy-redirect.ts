import "server-only";
import { permanentRedirect } from "next/navigation";
import { legacyCandidateKeys, legacyTargetPath } from "@/core/legacy-routes";
import { type MovedSlugSection, sectionPath } from "@/core/moved-slugs";
import { legacyRedirectContent, movedSlugContent } from "./public-content";

/**
 * Answers an old portal's address with a permanent redirect to its new page when one of its keys
 * (core/legacy-routes.ts) leads somewhere; returns when none does, for the caller's 404 page. The
 * page that calls it is cached like any public page, the redirect or the 404 included.
 */
export async function followLegacyAddress(keys: string[]): Promise<void> {
  if (keys.length === 0) return;
  const target = await legacyRedirectContent(keys);
  if (target) permanentRedirect(legacyTargetPath(target));
}

/**
 * The same for a path that none of our pages or records took: an old category path
 * (/hoat-dong-cong-doan/tin-co-so), or an old address under a section name that is also ours
 * (/tin-tuc/123-dai-hoi, /chuyen-muc/tin-co-so, /gioi-thieu/lich-su).
 */
export async function followLegacyPath(pathname: string): Promise<void> {
  await followLegacyAddress(legacyCandidateKeys(pathname, new URLSearchParams()));
}

/**
 * A page, album, document or video address that found nothing at its slug: a permanent redirect to
 * the thing that had this slug before its slug changed (db/queries/moved-slugs.ts), else to what an
 * old portal's address of that form leads to; returns when neither leads anywhere, for the 404 page.
 */
export async function followOldAddress(section: MovedSlugSection, slug: string): Promise<void> {
  const movedTo = await movedSlugContent(section, slug);
  if (movedTo) permanentRedirect(sectionPath(section, movedTo));
  await followLegacyPath(sectionPath(section, slug));
}
