import { rssResponse } from "@/server/feeds";

// Read from the database on every request, never at build time.
export const dynamic = "force-dynamic";

/** RSS 2.0 of the latest public articles of the whole site. */
export async function GET() {
  return rssResponse(null);
}
