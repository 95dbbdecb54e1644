import { siteIconResponse } from "@/server/site-icon-response";

// Drawn from the emblem in the site settings on request, never at build time.
export const dynamic = "force-dynamic";

/** The web app's large icon and splash screen (512 px). */
export async function GET(request: Request) {
  return siteIconResponse(request, "icon-512.png");
}
