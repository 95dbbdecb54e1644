"use client";

import { useRouter } from "next/navigation";
import { useEffect } from "react";
import { Button } from "@/components/ui/button";
import { useConfirm } from "@/components/ui/confirm-dialog";
import { ActionOutcome } from "./action-outcome";
import { useKeptForm, type FormAction } from "./use-kept-form";

type Props = { albumId: number; title: string; canUnpublish: boolean; canDelete: boolean; actions: { unpublish: FormAction; remove: FormAction } };

/** "Gỡ album" for a published album, "Xóa" for one that is not, each after a question. */
export function AlbumStatusActions({ albumId, title, canUnpublish, canDelete, actions }: Props) {
  const router = useRouter();
  const unpublish = useKeptForm(actions.unpublish);
  const remove = useKeptForm(actions.remove);
  const { confirmSubmit, dialog } = useConfirm();
  const deleted = remove.state?.ok === true;
  useEffect(() => {
    if (deleted) router.push("/quan-tri/thu-vien-anh/album");
  }, [deleted, router]);
  if (!canUnpublish && !canDelete) return null;
  return (
    <div className="space-y-2">
      <div className="flex flex-wrap gap-2">
        {canUnpublish && (
          <form
            {...unpublish.formProps}
            onSubmit={(event) => {
              const question = { title: `Gỡ album “${title}”?`, body: "Bạn đọc sẽ không xem được album này nữa. Album và ảnh vẫn còn ở đây, có thể xuất bản lại.", confirmLabel: "Gỡ album" };
              if (confirmSubmit(event, question)) unpublish.formProps.onSubmit(event);
            }}
          >
            <input type="hidden" name="albumId" value={albumId} />
            <Button type="submit" variant="danger" disabled={unpublish.pending}>Gỡ album</Button>
          </form>
        )}
        {canDelete && (
          <form
            {...remove.formProps}
            onSubmit={(event) => {
              const question = { title: `Xóa hẳn album “${title}”?`, body: "Album cùng thứ tự và chú thích ảnh sẽ bị xóa, không thể hoàn tác. Các ảnh vẫn còn trong thư viện ảnh.", confirmLabel: "Xóa album" };
              if (confirmSubmit(event, question)) remove.formProps.onSubmit(event);
            }}
          >
            <input type="hidden" name="albumId" value={albumId} />
            <Button type="submit" variant="danger" disabled={remove.pending}>Xóa</Button>
          </form>
        )}
      </div>
      <ActionOutcome state={unpublish.state} />
      <ActionOutcome state={remove.state} />
      {dialog}
    </div>
  );
}
