import { webAppManifest } from "@/core/site-icon-files";
import { siteSettingsNow } from "@/server/site-settings";

// The names come from the site settings, read on request: never at build time.
export const dynamic = "force-dynamic";

/** The web app manifest: the union's name and short name, and the icons drawn from its emblem. */
export async function GET() {
  const { name, shortName } = await siteSettingsNow();
  return new Response(JSON.stringify(webAppManifest({ name, shortName })), {
    headers: { "Content-Type": "application/manifest+json; charset=utf-8", "Cache-Control": "public, no-cache" },
  });
}
