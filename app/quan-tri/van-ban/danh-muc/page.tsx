import type { Metadata } from "next";
import Link from "next/link";
import { DocumentListEditor } from "@/components/workspace/document-lists-editor";
import { canManageDocumentLists } from "@/core/permissions";
import { documentListEntries } from "@/db/queries/document-lists";
import { getDatabase } from "@/server/database";
import { requireUserWho } from "@/server/session";
import { addDocumentListEntryAction, deleteDocumentListEntryAction, moveDocumentListEntryAction, renameDocumentListEntryAction } from "./actions";

export const metadata: Metadata = { title: "Loại văn bản và cơ quan ban hành" };

const actions = { add: addDocumentListEntryAction, rename: renameDocumentListEntryAction, move: moveDocumentListEntryAction, remove: deleteDocumentListEntryAction };

export default async function DocumentListsPage() {
  await requireUserWho(canManageDocumentLists, "/quan-tri/van-ban/danh-muc");
  const db = getDatabase();
  const [forms, issuers] = await Promise.all([documentListEntries(db, "form"), documentListEntries(db, "issuer")]);
  return (
    <div className="space-y-5">
      <p className="text-sm"><Link href="/quan-tri/van-ban" className="text-brand-700 underline">← Các văn bản</Link></p>
      <h1 className="text-2xl font-bold text-brand-900">Loại văn bản và cơ quan ban hành</h1>
      <p className="max-w-3xl text-sm text-neutral-700">
        Hai danh sách để chọn khi đăng ký văn bản, theo thứ tự ở đây. Các đơn vị của Liên đoàn luôn có trong danh sách cơ quan ban hành với tên của đơn vị (đổi tên ở trang Đơn vị); ở đây là các cơ quan bên ngoài. Một mục chỉ xóa được khi không văn bản nào dùng nó.
      </p>
      <div className="grid gap-5 lg:grid-cols-2">
        <DocumentListEditor kind="form" title="Loại văn bản" thing="loại văn bản" rows={forms} actions={actions} />
        <DocumentListEditor kind="issuer" title="Cơ quan ban hành bên ngoài" thing="cơ quan ban hành" rows={issuers} actions={actions} />
      </div>
    </div>
  );
}
