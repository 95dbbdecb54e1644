import { PassThrough, Readable } from "node:stream";
import { isStaffRole } from "@/core/permissions";
import { reportQueryValues, withOwnReportByDefault } from "@/core/report-query";
import { getDatabase } from "@/server/database";
import { openReport, reportArticles } from "@/server/report";
import { reportFileName, writeReportWorkbook, XLSX_CONTENT_TYPE } from "@/server/report-workbook";
import { getWorkingUser } from "@/server/session";
import { privateText } from "@/server/private-answers";

/**
 * "Tải Excel" (issue 18): the report the page shows, as an .xlsx streamed while its articles are
 * read. The same checks as the page (core/report-scope.ts): a unit outside an editor's subtree is
 * 403, one that does not exist 404, a wrong period 400. It changes nothing, so it takes any origin.
 */
export async function GET(request: Request) {
  const user = await getWorkingUser();
  if (!user) return privateText("Bạn cần đăng nhập để tải báo cáo thống kê.", 401);
  const values = withOwnReportByDefault(reportQueryValues(Object.fromEntries(new URL(request.url).searchParams)), isStaffRole(user.role));
  const db = getDatabase();
  const now = new Date();
  const opened = await openReport(db, user, values, now);
  if (!opened.ok) return privateText(opened.problem, opened.status);

  const body = new PassThrough();
  writeReportWorkbook(opened.report, reportArticles(db, opened, now), body).catch((error: unknown) => {
    // Headers are gone by now: cutting the download short is the only way left to say it failed.
    console.error("Không ghi được tệp Excel của báo cáo:", error);
    body.destroy(error instanceof Error ? error : new Error(String(error)));
  });
  return new Response(Readable.toWeb(body) as ReadableStream<Uint8Array>, {
    headers: {
      "Content-Type": XLSX_CONTENT_TYPE,
      "Content-Disposition": `attachment; filename="${reportFileName(opened.report)}"`,
      "Cache-Control": "no-store",
      "X-Content-Type-Options": "nosniff",
    },
  });
}
