import { siteIconResponse } from "@/server/site-icon-response";

// Drawn from the emblem in the site settings on request, never at build time.
export const dynamic = "force-dynamic";

/** The browser tab's icon (16, 32 and 48 px in one .ico). */
export async function GET(request: Request) {
  return siteIconResponse(request, "favicon.ico");
}
