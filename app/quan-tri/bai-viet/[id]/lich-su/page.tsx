import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { chosenRevisions, RevisionHistory } from "@/components/workspace/revision-history";
import { can } from "@/core/permissions";
import { recordIdFrom } from "@/core/record-id";
import { compareRevisions, type ComparableRevision } from "@/core/revision-compare";
import { formatShortDateTime } from "@/core/vi-date";
import { editableArticle, revisionOfArticle, revisionsOfArticle } from "@/db/queries/workspace-articles";
import { getDatabase } from "@/server/database";
import { requireUser } from "@/server/session";
import { restoreRevisionAction } from "../../actions";

export const metadata: Metadata = { title: "Lịch sử các lần lưu" };

type Props = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function RevisionHistoryPage({ params, searchParams }: Props) {
  const { id: idText } = await params;
  const id = recordIdFrom(idText);
  const user = await requireUser(`/quan-tri/bai-viet/${idText}/lich-su`);
  const db = getDatabase();
  const article = id === null ? null : await editableArticle(db, id);
  if (!article || !can(user, "viewHistory", article)) notFound();
  const revisions = await revisionsOfArticle(db, article.id);
  const { olderId, newerId } = chosenRevisions(await searchParams, revisions);
  const load = async (revisionId: number | null) => (revisionId ? await revisionOfArticle(db, article.id, revisionId) : null);
  const older = await load(olderId);
  const newer = await load(newerId);
  const comparable = (found: NonNullable<typeof older>): ComparableRevision => ({
    title: found.revision.title,
    slug: found.revision.slug,
    summary: found.revision.summary,
    bodyHtml: found.revision.bodyHtml,
    byline: found.revision.byline,
    coverCaption: found.revision.coverCaption,
    categoryName: found.categoryName ?? "",
    unitName: found.unitName ?? "",
    publishedAtLabel: found.revision.publishedAt ? formatShortDateTime(found.revision.publishedAt) : "",
  });
  const row = (found: NonNullable<typeof older>) => ({ ...found.revision, savedByName: found.savedByName });

  return (
    <div className="space-y-5">
      <p className="text-sm"><Link href={`/quan-tri/bai-viet/${article.id}`} className="text-brand-700 underline">← Quay lại bài viết</Link></p>
      <h1 className="text-2xl font-bold text-brand-900">Lịch sử các lần lưu: {article.title || "(Chưa có tiêu đề)"}</h1>
      <RevisionHistory
        revisions={revisions}
        olderId={olderId}
        newerId={newerId}
        currentVersion={article.version}
        restore={can(user, "restore", article) ? { target: { idName: "articleId", id: article.id }, action: restoreRevisionAction } : null}
        compared={older && newer ? { older: row(older), newer: row(newer), comparison: compareRevisions(comparable(older), comparable(newer)) } : null}
        bodyLabel="Nội dung bài"
        nothingToCompare="Bài mới có một bản lưu: chưa có gì để so sánh."
      />
    </div>
  );
}
