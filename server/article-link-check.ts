import { linkProblems, readArticleLinks, type ArticleLinks } from "@/core/article-links";
import type { FieldErrors } from "@/core/action-result";
import type { Transaction } from "@/db/client";
import { linksOfArticle, linkTargets } from "@/db/queries/article-links";

/**
 * The links an article's save asks for ("Văn bản liên quan", "Xem thêm ảnh"), checked against the
 * database: null when the save did not send them (the links stay as they are), or each field's problem.
 */
export async function checkedArticleLinks(
  tx: Transaction,
  articleId: number | null,
  fields: Record<string, unknown>,
): Promise<{ ok: true; links: ArticleLinks | null } | { ok: false; errors: FieldErrors }> {
  const read = readArticleLinks(fields);
  if (!read.ok || read.links === null) return read;
  const current = articleId === null ? { documentIds: [], albumId: null } : await linksOfArticle(tx, articleId);
  const errors = linkProblems(read.links, await linkTargets(tx, read.links), current);
  return Object.keys(errors).length > 0 ? { ok: false, errors } : read;
}
