import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { chosenRevisions, RevisionHistory } from "@/components/workspace/revision-history";
import { canManagePages } from "@/core/permissions";
import { recordIdFrom } from "@/core/record-id";
import { comparePageRevisions } from "@/core/revision-compare";
import { pageLanguageNames } from "@/core/schemas/page";
import { editablePage, revisionOfPage, revisionsOfPage, type PageRevisionView } from "@/db/queries/workspace-pages";
import { getDatabase } from "@/server/database";
import { requireUserWho } from "@/server/session";
import { restorePageRevisionAction } from "../../actions";

export const metadata: Metadata = { title: "Lịch sử các lần lưu" };

type Props = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

const comparable = ({ title, slug, summary, bodyHtml, lang }: PageRevisionView) => ({ title, slug, summary, bodyHtml, languageName: pageLanguageNames[lang] });

export default async function PageHistoryPage({ params, searchParams }: Props) {
  const { id: idText } = await params;
  const id = recordIdFrom(idText);
  await requireUserWho(canManagePages, `/quan-tri/trang/${idText}/lich-su`);
  const db = getDatabase();
  const page = id === null ? null : await editablePage(db, id);
  if (!page) notFound();
  const revisions = await revisionsOfPage(db, page.id);
  const { olderId, newerId } = chosenRevisions(await searchParams, revisions);
  const older = olderId ? await revisionOfPage(db, page.id, olderId) : null;
  const newer = newerId ? await revisionOfPage(db, page.id, newerId) : null;

  return (
    <div className="space-y-5">
      <p className="text-sm"><Link href={`/quan-tri/trang/${page.id}`} className="text-brand-700 underline">← Quay lại trang</Link></p>
      <h1 className="text-2xl font-bold text-brand-900">Lịch sử các lần lưu: {page.title}</h1>
      <RevisionHistory
        revisions={revisions}
        olderId={olderId}
        newerId={newerId}
        currentVersion={page.version}
        restore={{ target: { idName: "pageId", id: page.id }, action: restorePageRevisionAction }}
        compared={older && newer ? { older, newer, comparison: comparePageRevisions(comparable(older), comparable(newer)) } : null}
        bodyLabel="Nội dung trang"
        nothingToCompare="Trang mới có một bản lưu: chưa có gì để so sánh."
      />
    </div>
  );
}
