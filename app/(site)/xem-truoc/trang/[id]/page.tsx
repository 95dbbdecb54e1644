import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { PageView } from "@/components/site/page-view";
import { canManagePages } from "@/core/permissions";
import { recordIdFrom } from "@/core/record-id";
import { pageStatusLabels } from "@/core/schemas/page";
import { pageAsPublished } from "@/db/queries/public-pages";
import { getDatabase } from "@/server/database";
import { requireUserWho } from "@/server/session";
import { siteContacts } from "@/server/site-contacts";

export const metadata: Metadata = { title: "Xem trước", robots: { index: false, follow: false } };

/** A page, draft or not, exactly as its public page will show it, for the staff who manage pages. */
export default async function PagePreviewPage({ params }: { params: Promise<{ id: string }> }) {
  const { id: idText } = await params;
  const id = recordIdFrom(idText);
  await requireUserWho(canManagePages, `/xem-truoc/trang/${idText}`);
  const preview = id === null ? null : await pageAsPublished(getDatabase(), id);
  if (!preview) notFound();
  const { page, status } = preview;
  return (
    <div className="flex flex-col gap-4">
      <p role="status" className="mx-auto w-full max-w-3xl rounded border-2 border-dashed border-amber-500 bg-amber-50 p-3 text-sm text-amber-950">
        Bản xem trước ({pageStatusLabels[status]}){status === "draft" ? ": bạn đọc chưa thấy trang này." : "."}{" "}
        <Link href={`/quan-tri/trang/${page.id}`} className="font-semibold underline">Quay lại sửa trang</Link>
      </p>
      <PageView page={page} contacts={page.showContacts ? await siteContacts() : null} />
    </div>
  );
}
