import { documentsRssResponse } from "@/server/feeds";

// Read from the database on every request, never at build time.
export const dynamic = "force-dynamic";

/** RSS 2.0 of the newest published documents (/van-ban/rss.xml). */
export async function GET() {
  return documentsRssResponse();
}
