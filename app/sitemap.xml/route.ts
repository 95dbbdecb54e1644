import { sitemapResponse } from "@/server/feeds";

// Read from the database on every request, never at build time.
export const dynamic = "force-dynamic";

export async function GET() {
  return await sitemapResponse();
}
