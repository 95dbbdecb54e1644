import { parseMediaFileName } from "@/core/media-files";
import { mediaStore } from "@/server/media-store";

const contentTypes = { webp: "image/webp", jpg: "image/jpeg" } as const;

const notFound = () => new Response("Không tìm thấy ảnh.", { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8" } });

/**
 * Serves stored images. Names never change for new content, so browsers may keep them for a year.
 * Only names of ours reach the store; a missing file, or a store that does not answer, is a 404.
 */
export async function GET(_request: Request, { params }: { params: Promise<{ name: string }> }) {
  const { name } = await params;
  const parsed = parseMediaFileName(name);
  if (!parsed) return notFound();
  const stored = await mediaStore().stream(name);
  if (!stored) return notFound();
  return new Response(stored.body, {
    headers: {
      "Content-Type": contentTypes[parsed.format],
      "Content-Length": String(stored.size),
      "Cache-Control": "public, max-age=31536000, immutable",
      "X-Content-Type-Options": "nosniff",
    },
  });
}
