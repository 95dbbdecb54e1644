import type { Metadata } from "next";
import Link from "next/link";
import { DocumentForm } from "@/components/workspace/document-form";
import { canCreateArticle } from "@/core/permissions";
import { documentFormChoices } from "@/server/document-form-props";
import { requireUserWho } from "@/server/session";
import { documentFormActions } from "../form-actions";

export const metadata: Metadata = { title: "Thêm văn bản" };

export default async function NewDocumentPage() {
  const user = await requireUserWho(canCreateArticle, "/quan-tri/van-ban/moi");
  const choices = await documentFormChoices(user);
  return (
    <>
      <p className="mb-2 text-sm"><Link href="/quan-tri/van-ban" className="text-brand-700 underline">← Các văn bản</Link></p>
      <h1 className="mb-4 text-2xl font-bold text-brand-900">Thêm văn bản</h1>
      <DocumentForm
        document={null}
        files={[]}
        {...choices}
        actions={documentFormActions}
      />
    </>
  );
}
