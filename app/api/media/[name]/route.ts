import { parseMediaFileName } from "@/core/media-files";
import { mediaStore } from "@/server/media-store";

const contentTypes = { webp: "image/webp", jpg: "image/jpeg" } as const;

const notFound = () => new Response("Không tìm thấy ảnh.", { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8" } });

/**
 * Serves stored images. Names never change for new content, so browsers may keep them for a year.
 * Only names of ours reach the store; a missing file, or a store that does not answer, is a 404.
 * Read whole (a few hundred KB at most), as before: nothing stays open if the body is never read.
 */
export async function GET(_request: Request, { params }: { params: Promise<{ name: string }> }) {
  const { name } = await params;
  const parsed = parseMediaFileName(name);
  if (!parsed) return notFound();
  const bytes = await mediaStore().read(name);
  if (!bytes) return notFound();
  return new Response(new Uint8Array(bytes), {
    headers: {
      "Content-Type": contentTypes[parsed.format],
      "Content-Length": String(bytes.length),
      "Cache-Control": "public, max-age=31536000, immutable",
      "X-Content-Type-Options": "nosniff",
    },
  });
}
