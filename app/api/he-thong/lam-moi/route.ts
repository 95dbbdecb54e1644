import { authSecret } from "@/server/auth-secret";
import { expireImportedPages } from "@/server/cache-tags";
import { SITE_REFRESH_HEADER } from "@/server/site-refresh-request";
import { isValidSiteRefreshToken } from "@/server/site-refresh-token";
import { privateJson } from "@/server/private-answers";
import { refuseForeignWrite } from "@/server/write-guard";

/**
 * Called by the import's CLI once it has written into the database (server/site-refresh-request.ts):
 * expires the cached pages an import changes. Only a process holding the site's signing secret can
 * make its token, so nobody else can make the server render every page again.
 */
export async function POST(request: Request) {
  const refused = refuseForeignWrite(request);
  if (refused) return refused;
  if (!isValidSiteRefreshToken(authSecret(), request.headers.get(SITE_REFRESH_HEADER) ?? "")) {
    const message = "Yêu cầu làm mới trang bị từ chối: mã xác nhận không đúng hoặc đã hết hạn. Lệnh nhập dữ liệu phải chạy trên máy chủ của trang, với cùng khóa ký (NEXTAUTH_SECRET hoặc tệp auth-secret).";
    return privateJson({ ok: false, error: message }, 403);
  }
  expireImportedPages();
  return privateJson({ ok: true });
}
