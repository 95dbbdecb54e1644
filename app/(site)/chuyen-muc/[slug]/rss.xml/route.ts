import { isWellFormedSlug } from "@/core/slug";
import { categoryBySlug } from "@/db/queries/taxonomy";
import { getDatabase } from "@/server/database";
import { rssResponse } from "@/server/feeds";

// Read from the database on every request, never at build time.
export const dynamic = "force-dynamic";

/** RSS 2.0 of one category's latest public articles. */
export async function GET(_request: Request, { params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const category = isWellFormedSlug(slug) ? await categoryBySlug(getDatabase(), slug) : null;
  if (!category) return new Response("Không có chuyên mục này.", { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8" } });
  return rssResponse(category);
}
