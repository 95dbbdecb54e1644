import { shareImageResponse } from "@/server/share-image-response";

// Drawn from the database and the media on request, never at build time.
export const dynamic = "force-dynamic";

/** The 1200 × 630 picture a shared link shows (server/share-image-response.ts). */
export async function GET(request: Request, { params }: { params: Promise<{ name: string }> }) {
  return shareImageResponse(request, (await params).name);
}
