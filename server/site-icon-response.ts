import "server-only";
import { SITE_ICON_FILES, type SiteIconName } from "@/core/site-icon-files";
import { mediaStore } from "./media-store";
import { siteIcon, siteIconTag } from "./site-icons";
import { siteSettingsNow } from "./site-settings";

/** True when the browser's copy (If-None-Match) is this one. */
function holds(request: Request, tag: string): boolean {
  const held = request.headers.get("if-none-match");
  return held !== null && held.split(",").some((each) => each.trim().replace(/^W\//, "") === tag);
}

/**
 * An icon route's answer. Browsers may keep the icon but must ask each time whether it is still
 * the one (a 304 costs nothing): a new emblem then shows at once, without a restart.
 */
export async function siteIconResponse(request: Request, name: SiteIconName): Promise<Response> {
  const { emblemFile } = await siteSettingsNow();
  const tag = siteIconTag(name, emblemFile);
  const headers = { "Content-Type": SITE_ICON_FILES[name].type, "Cache-Control": "public, no-cache", ETag: tag, "X-Content-Type-Options": "nosniff" };
  if (holds(request, tag)) return new Response(null, { status: 304, headers });
  const bytes = await siteIcon(name, emblemFile, mediaStore());
  return new Response(new Uint8Array(bytes), { headers });
}
