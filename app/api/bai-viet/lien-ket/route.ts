import { NextResponse } from "next/server";
import { canCreateArticle } from "@/core/permissions";
import { MAX_QUERY_CHARS } from "@/core/search-text";
import { vietnamCalendarDay } from "@/core/vi-date";
import { albumChoices, documentChoices } from "@/db/queries/article-links";
import { getDatabase } from "@/server/database";
import { getWorkingUser } from "@/server/session";

const noStore = { "Cache-Control": "no-store" };
const json = (body: unknown, status = 200) => NextResponse.json(body, { status, headers: noStore });

/**
 * What the article editor may link below an article: published documents by number or words of the
 * abstract (?loai=van-ban&q=47/KH), or published albums by title (?loai=album&q=dai hoi). A route,
 * not an action, so a search never waits behind the editor's saves. Whoever may write an article may look.
 */
export async function GET(request: Request) {
  const user = await getWorkingUser();
  if (!user || !canCreateArticle({ id: user.id, role: user.role, isActive: user.isActive })) return json({ error: "Bạn cần đăng nhập bằng tài khoản biên tập để tìm văn bản và album." }, 401);
  const params = new URL(request.url).searchParams;
  const kind = params.get("loai");
  // Cut as the site search cuts: no real query is longer.
  const query = (params.get("q") ?? "").slice(0, MAX_QUERY_CHARS);
  const db = getDatabase();
  if (kind === "van-ban") return json({ items: await documentChoices(db, query, vietnamCalendarDay(new Date())) });
  if (kind === "album") return json({ items: await albumChoices(db, query) });
  return json({ error: "Chỉ tìm được văn bản (loai=van-ban) hoặc album (loai=album)." }, 400);
}
