import fs from "node:fs/promises";
import { parseMediaFileName } from "@/core/media-files";
import { mediaFilePath } from "@/server/media-storage";
import { env } from "@/server/env";

const contentTypes = { webp: "image/webp", jpg: "image/jpeg" } as const;

/** Serves stored images. Names never change for new content, so browsers may keep them for a year. */
export async function GET(_request: Request, { params }: { params: Promise<{ name: string }> }) {
  const { name } = await params;
  const parsed = parseMediaFileName(name);
  if (!parsed) return new Response("Không tìm thấy ảnh.", { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8" } });
  try {
    const bytes = await fs.readFile(mediaFilePath(env.MEDIA_DIR, name));
    return new Response(new Uint8Array(bytes), {
      headers: {
        "Content-Type": contentTypes[parsed.format],
        "Cache-Control": "public, max-age=31536000, immutable",
        "X-Content-Type-Options": "nosniff",
      },
    });
  } catch {
    return new Response("Không tìm thấy ảnh.", { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8" } });
  }
}
