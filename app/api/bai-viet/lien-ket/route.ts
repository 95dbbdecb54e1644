import { canCreateArticle } from "@/core/permissions";
import { MAX_QUERY_CHARS } from "@/core/search-text";
import { vietnamCalendarDay } from "@/core/vi-date";
import { albumChoices, documentChoices } from "@/db/queries/article-links";
import { getDatabase } from "@/server/database";
import { getWorkingUser } from "@/server/session";
import { privateJson } from "@/server/private-answers";

/**
 * What the article editor may link below an article: published documents by number or words of the
 * abstract (?loai=van-ban&q=47/KH), or published albums by title (?loai=album&q=dai hoi). A route,
 * not an action, so a search never waits behind the editor's saves. Whoever may write an article may look.
 */
export async function GET(request: Request) {
  const user = await getWorkingUser();
  if (!user || !canCreateArticle({ id: user.id, role: user.role, isActive: user.isActive })) return privateJson({ error: "Bạn cần đăng nhập bằng tài khoản biên tập để tìm văn bản và album." }, 401);
  const params = new URL(request.url).searchParams;
  const kind = params.get("loai");
  // Cut as the site search cuts: no real query is longer.
  const query = (params.get("q") ?? "").slice(0, MAX_QUERY_CHARS);
  const db = getDatabase();
  if (kind === "van-ban") return privateJson({ items: await documentChoices(db, query, vietnamCalendarDay(new Date())) });
  if (kind === "album") return privateJson({ items: await albumChoices(db, query) });
  return privateJson({ error: "Chỉ tìm được văn bản (loai=van-ban) hoặc album (loai=album)." }, 400);
}
