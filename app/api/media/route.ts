import { paginate, parsePageParam } from "@/core/pagination";
import { listMedia } from "@/db/queries/media";
import { getDatabase } from "@/server/database";
import { env } from "@/server/env";
import { mediaStore } from "@/server/media-store";
import { storeUploadedImage } from "@/server/media-upload";
import { getWorkingUser } from "@/server/session";
import { refuseForeignWrite } from "@/server/write-guard";
import { receiveUpload, uploadTempDir } from "@/server/upload-body";
import { privateJson } from "@/server/private-answers";

const PER_PAGE = 24;

/** Upload one image (multipart: file, alt), read as it arrives: see server/upload-body.ts. */
export async function POST(request: Request) {
  const refused = refuseForeignWrite(request, "multipart/form-data");
  if (refused) return refused;
  const user = await getWorkingUser();
  if (!user) return privateJson({ error: "Bạn cần đăng nhập để tải ảnh lên." }, 401);
  try {
    const outcome = await receiveUpload(request, uploadTempDir(env.MEDIA_DIR), (file) =>
      storeUploadedImage(getDatabase(), { ...file, uploadedBy: user.id }, mediaStore()),
    );
    return outcome.ok ? privateJson({ media: outcome.media }, 201) : privateJson({ error: outcome.message }, outcome.status);
  } catch (error) {
    console.error("Upload failed", error);
    return privateJson({ error: "Máy chủ chưa lưu được ảnh này. Hãy thử lại sau ít phút." }, 500);
  }
}

/** The media library, 24 a page (?trang=N). */
export async function GET(request: Request) {
  const user = await getWorkingUser();
  if (!user) return privateJson({ error: "Bạn cần đăng nhập để xem thư viện ảnh." }, 401);
  const page = parsePageParam(new URL(request.url).searchParams.get("trang") ?? undefined);
  if (page === null) return privateJson({ error: "Số trang không hợp lệ." }, 400);
  const { items, total } = await listMedia(getDatabase(), { offset: (page - 1) * PER_PAGE, limit: PER_PAGE });
  // The picker needs the image, not who uploaded it.
  const pickable = items.map(({ uploadedBy: _uploadedBy, uploaderName: _uploaderName, ...item }) => item);
  return privateJson({ items: pickable, total, page, totalPages: paginate(total, page, PER_PAGE).totalPages });
}
