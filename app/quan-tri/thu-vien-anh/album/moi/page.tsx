import type { Metadata } from "next";
import Link from "next/link";
import { AlbumFieldsForm } from "@/components/workspace/album-fields-form";
import { canManageAlbums } from "@/core/permissions";
import { formatCalendarDay, vietnamCalendarDay } from "@/core/vi-date";
import { listUnits } from "@/db/queries/taxonomy";
import { getDatabase } from "@/server/database";
import { requireUserWho } from "@/server/session";
import { saveAlbumAction } from "../actions";

export const metadata: Metadata = { title: "Tạo album" };

export default async function NewAlbumPage() {
  const user = await requireUserWho(canManageAlbums, "/quan-tri/thu-vien-anh/album/moi");
  const units = (await listUnits(getDatabase())).map(({ id, name }) => ({ id, name }));
  const today = vietnamCalendarDay(new Date());
  return (
    <>
      <p className="mb-2 text-sm"><Link href="/quan-tri/thu-vien-anh/album" className="text-brand-700 underline">← Các album</Link></p>
      <h1 className="mb-4 text-2xl font-bold text-brand-900">Tạo album</h1>
      <p className="mb-3 max-w-3xl text-sm text-neutral-700">Nhập thông tin album rồi bấm “Tạo album”; sau đó bạn tải ảnh lên, sắp xếp, chọn ảnh bìa và xuất bản.</p>
      <AlbumFieldsForm
        album={{ id: null, version: null, title: "", takenOn: formatCalendarDay(today), unitId: user.unitId ?? null, description: "", slug: "" }}
        units={units}
        canPublish={false}
        published={false}
        action={saveAlbumAction}
      />
    </>
  );
}
