import { sitemapFileResponse } from "@/server/feeds";

// Read from the database on every request, never at build time.
export const dynamic = "force-dynamic";

/** One file of the sitemap index: /sitemap/2.xml. */
export async function GET(_request: Request, { params }: { params: Promise<{ file: string }> }) {
  const match = /^([1-9]\d{0,5})\.xml$/.exec((await params).file);
  const response = match ? await sitemapFileResponse(Number(match[1])) : null;
  return response ?? new Response("Không có tệp sơ đồ trang này.", { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8" } });
}
