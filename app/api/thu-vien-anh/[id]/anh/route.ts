import { getDatabase } from "@/server/database";
import { albumPhotoAppender, albumUploadRefusal } from "@/server/album-commands";
import { expireAlbumPages } from "@/server/cache-tags";
import { env } from "@/server/env";
import { mediaStore } from "@/server/media-store";
import { storeUploadedImage } from "@/server/media-upload";
import { getWorkingUser } from "@/server/session";
import { receiveUpload, uploadTempDir } from "@/server/upload-body";
import { refuseForeignWrite } from "@/server/write-guard";
import { recordIdFrom } from "@/core/record-id";
import { privateJson } from "@/server/private-answers";

/**
 * Adds one photo to an album (multipart: file), read as it arrives (server/upload-body.ts) and
 * stored through the media library's own pipeline, the album's photo row in the image's
 * transaction. The workspace sends up to three at once.
 */
export async function POST(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const refused = refuseForeignWrite(request, "multipart/form-data");
  if (refused) return refused;
  const user = await getWorkingUser();
  if (!user) return privateJson({ error: "Bạn cần đăng nhập để tải ảnh lên." }, 401);
  const { id } = await params;
  const albumId = recordIdFrom(id);
  if (albumId === null) return privateJson({ error: "Không tìm thấy album này." }, 404);
  try {
    const db = getDatabase();
    const before = await albumUploadRefusal(db, user, albumId);
    if (before) return privateJson({ error: before.message }, before.status);
    let visible = false;
    const outcome = await receiveUpload(request, uploadTempDir(env.MEDIA_DIR), (file) =>
      storeUploadedImage(db, { ...file, uploadedBy: user.id }, mediaStore(), albumPhotoAppender(user, albumId, file.fileName, (seen) => (visible = seen))),
    );
    if (!outcome.ok) return privateJson({ error: outcome.message }, outcome.status);
    if (visible) expireAlbumPages(albumId, "route");
    return privateJson({ media: outcome.media }, 201);
  } catch (error) {
    console.error("Album upload failed", error);
    return privateJson({ error: "Máy chủ chưa lưu được ảnh này. Hãy thử lại sau ít phút." }, 500);
  }
}
