import { NextResponse } from "next/server";
import { paginate, parsePageParam } from "@/core/pagination";
import { MAX_UPLOAD_BYTES, tooLargeMessage } from "@/core/upload-rules";
import { listMedia } from "@/db/queries/media";
import { getDatabase } from "@/server/database";
import { env } from "@/server/env";
import { storeUploadedImage } from "@/server/media-upload";
import { getWorkingUser } from "@/server/session";
import { refuseForeignWrite } from "@/server/write-guard";

const PER_PAGE = 24;
const noStore = { "Cache-Control": "no-store" };
const json = (body: unknown, status = 200) => NextResponse.json(body, { status, headers: noStore });

/** Upload one image (multipart: file, alt). */
export async function POST(request: Request) {
  const refused = refuseForeignWrite(request, "multipart/form-data");
  if (refused) return refused;
  const user = await getWorkingUser();
  if (!user) return json({ error: "Bạn cần đăng nhập để tải ảnh lên." }, 401);
  const declared = Number(request.headers.get("content-length") ?? 0);
  if (declared > MAX_UPLOAD_BYTES + 64 * 1024) return json({ error: tooLargeMessage("ảnh", declared) }, 413);
  const form = await request.formData().catch(() => null);
  const file = form?.get("file");
  if (!form || !(file instanceof File)) return json({ error: "Không nhận được tệp ảnh. Hãy chọn lại ảnh." }, 400);
  try {
    const alt = form.get("alt");
    const outcome = await storeUploadedImage(
      getDatabase(),
      { bytes: Buffer.from(await file.arrayBuffer()), fileName: file.name, alt: typeof alt === "string" ? alt : "", uploadedBy: user.id },
      env.MEDIA_DIR,
    );
    return outcome.ok ? json({ media: outcome.media }, 201) : json({ error: outcome.message }, outcome.status);
  } catch (error) {
    console.error("Upload failed", error);
    return json({ error: "Máy chủ chưa lưu được ảnh này. Hãy thử lại sau ít phút." }, 500);
  }
}

/** The media library, 24 a page (?trang=N). */
export async function GET(request: Request) {
  const user = await getWorkingUser();
  if (!user) return json({ error: "Bạn cần đăng nhập để xem thư viện ảnh." }, 401);
  const page = parsePageParam(new URL(request.url).searchParams.get("trang") ?? undefined);
  if (page === null) return json({ error: "Số trang không hợp lệ." }, 400);
  const { items, total } = listMedia(getDatabase(), { offset: (page - 1) * PER_PAGE, limit: PER_PAGE });
  return json({ items, total, page, totalPages: paginate(total, page, PER_PAGE).totalPages });
}
