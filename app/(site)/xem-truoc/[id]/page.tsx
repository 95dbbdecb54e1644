import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { AlbumStrip } from "@/components/site/album-strip";
import { ArticleView } from "@/components/site/article-view";
import { RelatedDocuments } from "@/components/site/related-documents";
import { can } from "@/core/permissions";
import { recordIdFrom } from "@/core/record-id";
import { vietnamCalendarDay } from "@/core/vi-date";
import { displayStatus } from "@/core/workflow";
import { publishedAlbumOfArticle } from "@/db/queries/article-links";
import { documentsOfArticle } from "@/db/queries/documents";
import { publishedSeriesParts } from "@/db/queries/public-articles";
import { articlePreview } from "@/db/queries/workspace-articles";
import { getDatabase } from "@/server/database";
import { requireUser } from "@/server/session";


export const metadata: Metadata = { title: "Xem trước", robots: { index: false, follow: false } };

/** A draft exactly as its public page will show it, for signed-in staff who may see it. */
export default async function PreviewPage({ params }: { params: Promise<{ id: string }> }) {
  const { id: idText } = await params;
  const id = recordIdFrom(idText);
  const user = await requireUser(`/xem-truoc/${idText}`);
  const preview = id === null ? null : await articlePreview(getDatabase(), id);
  if (!preview || !can(user, "view", preview.article)) notFound();
  const { article } = preview;
  const now = new Date();
  const seriesParts = article.seriesId ? await publishedSeriesParts(getDatabase(), article.seriesId) : [];
  if (article.seriesId && !seriesParts.some((p) => p.slug === article.slug)) {
    seriesParts.push({ id: article.id, slug: article.slug, title: article.title, part: article.seriesPart });
    seriesParts.sort((a, b) => (a.part ?? 0) - (b.part ?? 0));
  }
  return (
    <div className="mx-auto flex max-w-3xl flex-col gap-4">
      <p role="status" className="rounded border-2 border-dashed border-amber-500 bg-amber-50 p-3 text-sm text-amber-950">
        Bản xem trước ({displayStatus(article.status, article.publishedAt, now).label}): bạn đọc chưa thấy trang này.{" "}
        <Link href={`/quan-tri/bai-viet/${article.id}`} className="font-semibold underline">Quay lại sửa bài</Link>
      </p>
      <ArticleView
        article={{
          ...article,
          categoryName: preview.categoryName,
          categorySlug: preview.categorySlug,
          unitName: preview.unitName,
          unitSlug: preview.unitSlug,
          publishedAt: article.publishedAt ?? now,
          series: preview.seriesTitle ? { title: preview.seriesTitle } : null,
          seriesParts,
        }}
        viewCount={<span>Đã xem: 0</span>}
      />
      <RelatedDocuments documents={await documentsOfArticle(getDatabase(), article.id, vietnamCalendarDay(now))} />
      <AlbumStrip album={await publishedAlbumOfArticle(getDatabase(), article.id)} />
    </div>
  );
}
