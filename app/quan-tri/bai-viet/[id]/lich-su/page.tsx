import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { RestoreRevisionButton } from "@/components/workspace/restore-revision-button";
import { RevisionDiff } from "@/components/workspace/revision-diff";
import { can } from "@/core/permissions";
import { compareRevisions, type ComparableRevision } from "@/core/revision-compare";
import { formatShortDateTime } from "@/core/vi-date";
import { editableArticle, revisionOfArticle, revisionsOfArticle } from "@/db/queries/workspace-articles";
import { getDatabase } from "@/server/database";
import { requireUser } from "@/server/session";
import { restoreRevisionAction } from "../../actions";

export const metadata: Metadata = { title: "Lịch sử các lần lưu" };

type Props = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

const kindLabels = { save: "Lưu", autosave: "Tự động lưu", restore: "Khôi phục" } as const;

function pickId(value: string | string[] | undefined): number | null {
  return typeof value === "string" && /^[1-9]\d{0,9}$/.test(value) ? Number(value) : null;
}

export default async function RevisionHistoryPage({ params, searchParams }: Props) {
  const { id } = await params;
  const user = await requireUser(`/quan-tri/bai-viet/${id}/lich-su`);
  const db = getDatabase();
  const article = /^[1-9]\d{0,9}$/.test(id) ? editableArticle(db, Number(id)) : null;
  if (!article || !can(user, "viewHistory", article)) notFound();
  const revisions = revisionsOfArticle(db, article.id);
  const query = await searchParams;
  const newerId = pickId(query.b) ?? revisions[0]?.id ?? null;
  const olderId = pickId(query.a) ?? revisions[1]?.id ?? null;
  const load = (revisionId: number | null) => (revisionId ? revisionOfArticle(db, article.id, revisionId) : null);
  const older = load(olderId);
  const newer = load(newerId);
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
  const describe = (found: NonNullable<typeof older>) =>
    `Bản #${found.revision.version} – ${formatShortDateTime(found.revision.savedAt)} – ${found.savedByName ?? "không rõ"}`;
  const mayRestore = can(user, "restore", article);

  return (
    <div className="space-y-5">
      <p className="text-sm"><Link href={`/quan-tri/bai-viet/${article.id}`} className="text-brand-700 underline">← Quay lại bài viết</Link></p>
      <h1 className="text-2xl font-bold text-brand-900">Lịch sử các lần lưu: {article.title || "(Chưa có tiêu đề)"}</h1>
      <form method="get" className="overflow-x-auto rounded border border-neutral-200 bg-white">
        <table className="w-full min-w-[40rem] text-left text-sm">
          <caption className="sr-only">Các bản đã lưu, mới nhất trước; chọn hai bản để so sánh</caption>
          <thead className="bg-neutral-100 text-xs uppercase">
            <tr>
              <th scope="col" className="px-3 py-2">Bản cũ</th>
              <th scope="col" className="px-3 py-2">Bản mới</th>
              <th scope="col" className="px-3 py-2">Bản</th>
              <th scope="col" className="px-3 py-2">Lúc</th>
              <th scope="col" className="px-3 py-2">Người lưu</th>
              <th scope="col" className="px-3 py-2">Cách lưu</th>
              <th scope="col" className="px-3 py-2"><span className="sr-only">Khôi phục</span></th>
            </tr>
          </thead>
          <tbody className="divide-y divide-neutral-200">
            {revisions.map((revision) => (
              <tr key={revision.id}>
                <td className="px-3 py-2"><input type="radio" name="a" value={revision.id} defaultChecked={revision.id === olderId} aria-label={`So sánh từ bản #${revision.version}`} /></td>
                <td className="px-3 py-2"><input type="radio" name="b" value={revision.id} defaultChecked={revision.id === newerId} aria-label={`So sánh tới bản #${revision.version}`} /></td>
                <td className="px-3 py-2">#{revision.version}</td>
                <td className="px-3 py-2 whitespace-nowrap">{formatShortDateTime(revision.savedAt)}</td>
                <td className="px-3 py-2">{revision.savedByName ?? "—"}</td>
                <td className="px-3 py-2">{kindLabels[revision.kind]}</td>
                <td className="px-3 py-2">
                  {mayRestore && revision.version !== article.version && (
                    <RestoreRevisionButton articleId={article.id} revisionId={revision.id} baseVersion={article.version} label={`bản #${revision.version}`} restore={restoreRevisionAction} />
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
        <div className="p-3"><button type="submit" className="rounded bg-brand-900 px-4 py-2 text-sm font-semibold text-white">So sánh hai bản đã chọn</button></div>
      </form>
      {older && newer ? (
        <RevisionDiff comparison={compareRevisions(comparable(older), comparable(newer))} leftTitle={describe(older)} rightTitle={describe(newer)} />
      ) : (
        <p className="rounded bg-white p-4">Bài mới có một bản lưu: chưa có gì để so sánh.</p>
      )}
    </div>
  );
}
