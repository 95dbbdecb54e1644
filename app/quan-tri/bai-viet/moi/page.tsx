import type { Metadata } from "next";
import { ArticleEditor } from "@/components/workspace/article-editor";
import { canCreateArticle } from "@/core/permissions";
import { articleEditorProps } from "@/server/article-editor-props";
import { requireUser } from "@/server/session";
import { deleteArticleAction, saveArticleAction } from "../actions";

export const metadata: Metadata = { title: "Viết bài mới" };

export default async function NewArticlePage() {
  const user = await requireUser("/quan-tri/bai-viet/moi");
  if (!canCreateArticle(user)) return <p role="alert">Tài khoản của bạn không được viết bài.</p>;
  const props = await articleEditorProps(user, null);
  return (
    <>
      <ArticleEditor {...props} actions={{ save: saveArticleAction, remove: deleteArticleAction }} />
    </>
  );
}
