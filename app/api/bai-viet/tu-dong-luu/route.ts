import { NextResponse } from "next/server";
import { z } from "@/core/schemas/zod";
import { saveArticleCommand } from "@/server/article-commands";
import { SESSION_EXPIRED } from "@/server/action";
import { concernsReaders, expireArticlePages } from "@/server/cache-tags";
import { getDatabase } from "@/server/database";
import { getWorkingUser } from "@/server/session";
import { refuseForeignWrite } from "@/server/write-guard";

// Exists as a URL because a page being closed can still send a keepalive request, not an action.
const bodySchema = z.object({
  articleId: z.number().int().positive().nullable(),
  baseVersion: z.number().int().positive().nullable(),
  fields: z.record(z.string(), z.string()),
});

export async function POST(request: Request) {
  const refused = refuseForeignWrite(request, "application/json");
  if (refused) return refused;
  const user = await getWorkingUser();
  if (!user) return NextResponse.json({ ok: false, formError: SESSION_EXPIRED }, { status: 401 });
  const parsed = bodySchema.safeParse(await request.json().catch(() => null));
  if (!parsed.success) return NextResponse.json({ ok: false, formError: "Dữ liệu tự động lưu không hợp lệ." }, { status: 400 });
  const db = getDatabase();
  const result = saveArticleCommand(db, user, { ...parsed.data, intent: "autosave" });
  // Autosaving a published article changes its public page.
  if (result.ok && concernsReaders(db, result.articleId)) expireArticlePages(result.articleId, "route");
  const status = result.ok ? 200 : "conflict" in result ? 409 : 422;
  return NextResponse.json(result, { status, headers: { "Cache-Control": "no-store" } });
}
