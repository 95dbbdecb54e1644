import { siteIconResponse } from "@/server/site-icon-response";

// Drawn from the emblem in the site settings on request, never at build time.
export const dynamic = "force-dynamic";

/** The iPhone and iPad home-screen icon (180 px, on white). */
export async function GET(request: Request) {
  return siteIconResponse(request, "apple-touch-icon.png");
}
