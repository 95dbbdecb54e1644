import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { PageEditor } from "@/components/workspace/page-editor";
import { canManagePages } from "@/core/permissions";
import { recordIdFrom } from "@/core/record-id";
import { editablePage } from "@/db/queries/workspace-pages";
import { getDatabase } from "@/server/database";
import { pageEditorProps } from "@/server/page-editor-props";
import { requireUserWho } from "@/server/session";
import { savePageAction } from "../actions";

type Props = { params: Promise<{ id: string }> };

export const metadata: Metadata = { title: "Sửa trang giới thiệu" };

export default async function EditPagePage({ params }: Props) {
  const { id: idText } = await params;
  const id = recordIdFrom(idText);
  await requireUserWho(canManagePages, `/quan-tri/trang/${idText}`);
  const page = id === null ? null : await editablePage(getDatabase(), id);
  if (!page) notFound();
  const editorProps = await pageEditorProps(page);
  return (
    <>
      <p className="mb-2 text-sm"><Link href="/quan-tri/trang" className="text-brand-700 underline">← Các trang giới thiệu</Link></p>
      <h1 className="mb-4 text-2xl font-bold text-brand-900">Sửa trang “{page.title}”</h1>
      <PageEditor key={page.id} {...editorProps} actions={{ save: savePageAction }} />
    </>
  );
}
