// For the import's CLI: after writing into the database, ask the running server to expire its
// cached pages (POST /api/he-thong/lam-moi), since the cache lives in the server's memory. No
// "server-only": the CLI runs under tsx.
import { authSecret } from "./auth-secret";
import { siteRefreshToken } from "./site-refresh-token";

export const SITE_REFRESH_PATH = "/api/he-thong/lam-moi";
export const SITE_REFRESH_HEADER = "x-ban-tin-lam-moi";

/**
 * "refreshed" when the server expired its pages; "not-running" when nothing answers at siteUrl
 * (the pages are built afresh when it starts); otherwise why it did not, in Vietnamese.
 */
export async function requestSiteRefresh(siteUrl: string): Promise<"refreshed" | "not-running" | string> {
  let response: Response;
  try {
    response = await fetch(new URL(SITE_REFRESH_PATH, siteUrl), {
      method: "POST",
      headers: { [SITE_REFRESH_HEADER]: siteRefreshToken(authSecret()) },
      signal: AbortSignal.timeout(10_000),
    });
  } catch (error) {
    const code = (error as { cause?: { code?: string } }).cause?.code;
    if (code === "ECONNREFUSED") return "not-running";
    return `Không gửi được yêu cầu làm mới trang tới ${siteUrl}: ${code ?? (error instanceof Error ? error.message : String(error))}.`;
  }
  if (response.ok) return "refreshed";
  const answer = (await response.text().catch(() => "")).slice(0, 300);
  return `Máy chủ ở ${siteUrl} không làm mới trang (mã ${response.status})${answer ? `: ${answer}` : ""}.`;
}
