import type { Metadata } from "next";
import Link from "next/link";
import { PageEditor } from "@/components/workspace/page-editor";
import { canManagePages } from "@/core/permissions";
import { pageEditorProps } from "@/server/page-editor-props";
import { requireUserWho } from "@/server/session";
import { savePageAction } from "../actions";

export const metadata: Metadata = { title: "Thêm trang giới thiệu" };

export default async function NewPagePage() {
  await requireUserWho(canManagePages, "/quan-tri/trang/moi");
  const editorProps = await pageEditorProps(null);
  return (
    <>
      <p className="mb-2 text-sm"><Link href="/quan-tri/trang" className="text-brand-700 underline">← Các trang giới thiệu</Link></p>
      <h1 className="mb-4 text-2xl font-bold text-brand-900">Thêm trang giới thiệu</h1>
      <PageEditor {...editorProps} actions={{ save: savePageAction }} />
    </>
  );
}
