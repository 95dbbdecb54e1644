import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { DocumentForm } from "@/components/workspace/document-form";
import { can } from "@/core/permissions";
import { recordIdFrom } from "@/core/record-id";
import { documentFilesOf } from "@/db/queries/document-files";
import { editableDocument } from "@/db/queries/workspace-documents";
import { getDatabase } from "@/server/database";
import { documentFormChoices } from "@/server/document-form-props";
import { requireUser } from "@/server/session";
import { documentFormActions } from "../form-actions";

type Props = { params: Promise<{ id: string }> };

export const metadata: Metadata = { title: "Sửa văn bản" };

export default async function EditDocumentPage({ params }: Props) {
  const { id: idText } = await params;
  const id = recordIdFrom(idText);
  const user = await requireUser(`/quan-tri/van-ban/${idText}`);
  const db = getDatabase();
  const document = id === null ? null : await editableDocument(db, id);
  // A document this person may not open is, for them, not there.
  if (!document || !can(user, "view", document)) notFound();
  const [choices, files] = await Promise.all([documentFormChoices(user), documentFilesOf(db, document.id)]);
  const { id: documentId, version, status, createdBy, slug, fields } = document;
  return (
    <>
      <p className="mb-2 text-sm"><Link href="/quan-tri/van-ban" className="text-brand-700 underline">← Các văn bản</Link></p>
      <h1 className="mb-4 text-2xl font-bold text-brand-900">Văn bản {fields.number || `“${fields.abstract.slice(0, 60)}”`}</h1>
      <DocumentForm key={documentId} document={{ id: documentId, version, status, createdBy, slug, fields }} files={files} {...choices} actions={documentFormActions} />
    </>
  );
}
