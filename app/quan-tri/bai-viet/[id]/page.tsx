import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { ArticleEditor } from "@/components/workspace/article-editor";
import { can } from "@/core/permissions";
import { recordIdFrom } from "@/core/record-id";
import { editableArticle } from "@/db/queries/workspace-articles";
import { articleEditorProps } from "@/server/article-editor-props";
import { getDatabase } from "@/server/database";
import { requireUser } from "@/server/session";
import { deleteArticleAction, saveArticleAction } from "../actions";

type Props = { params: Promise<{ id: string }> };

export const metadata: Metadata = { title: "Sửa bài" };

export default async function EditArticlePage({ params }: Props) {
  const { id: idText } = await params;
  const id = recordIdFrom(idText);
  const user = await requireUser(`/quan-tri/bai-viet/${idText}`);
  const article = id === null ? null : await editableArticle(getDatabase(), id);
  // Someone else's article is "not found" for a contributor: its existence is not theirs to know.
  if (!article || !can(user, "view", article)) notFound();
  const props = await articleEditorProps(user, article);
  if (!props.canEdit) {
    return (
      <div className="space-y-3">
        <h1 className="text-2xl font-bold text-brand-900">{article.title}</h1>
        <p role="status" className="rounded bg-brand-50 p-3">
          Bài đã được xuất bản hoặc đã gỡ nên bạn không sửa được nữa. Cần sửa, hãy liên hệ biên tập viên.
        </p>
        <p className="flex gap-4 text-sm">
          <Link href={`/xem-truoc/${article.id}`} className="text-brand-700 underline">Xem bài</Link>
          <Link href={`/quan-tri/bai-viet/${article.id}/lich-su`} className="text-brand-700 underline">Lịch sử các lần lưu</Link>
        </p>
      </div>
    );
  }
  return (
    <>
      <ArticleEditor key={article.id} {...props} actions={{ save: saveArticleAction, remove: deleteArticleAction }} />
    </>
  );
}
