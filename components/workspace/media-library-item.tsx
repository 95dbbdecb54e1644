"use client";

import { useEffect, useId, useRef, useState } from "react";
import { Button } from "@/components/ui/button";
import { useConfirm } from "@/components/ui/confirm-dialog";
import { TextField } from "@/components/ui/text-field";
import { ActionOutcome } from "./action-outcome";
import { useKeptForm, type FormAction } from "./use-kept-form";
import { Picture } from "@/components/ui/picture";

export type LibraryCard = {
  id: number;
  originalName: string;
  alt: string;
  credit: string;
  size: string;
  uploaded: string;
  uploaderName: string | null;
  src: string;
  srcSet: string;
};

type Props = { item: LibraryCard; canChange: boolean; actions: { update: FormAction; remove: FormAction } };

/** One image of the library: what it shows, and for whoever may change it, "Sửa" and "Xóa ảnh". */
export function MediaLibraryItem({ item, canChange, actions }: Props) {
  const update = useKeptForm(actions.update, { askBeforeLeaving: true });
  const remove = useKeptForm(actions.remove);
  const { confirmSubmit, dialog } = useConfirm();
  const [editing, setEditing] = useState(false);
  const formId = useId();
  const errors = update.state && !update.state.ok ? (update.state.fieldErrors ?? {}) : {};
  const prefix = `anh-${item.id}`;

  if (remove.state?.ok) return <DeletedNotice message={remove.state.message ?? `Đã xóa ảnh “${item.originalName}”.`} />;
  return (
    <li className="min-w-0 rounded border border-neutral-200 bg-white p-2 text-sm" aria-labelledby={`${prefix}-ten`}>
      <div className="flex gap-3 min-[480px]:block">
        <Picture src={item.src} srcSet={item.srcSet} sizes="(min-width: 480px) 240px, 128px" alt={item.alt || item.originalName} loading="lazy" className="aspect-[4/3] w-32 shrink-0 rounded object-cover min-[480px]:w-full" />
        <div className="min-w-0 flex-1 space-y-0.5 min-[480px]:mt-1">
          <p id={`${prefix}-ten`} className="break-words font-semibold">{item.originalName}</p>
          <p className="text-xs text-neutral-700">{item.size} · {item.uploaded}</p>
          <p className="break-words">{item.alt || <span className="text-neutral-700">Chưa có mô tả</span>}</p>
          {item.credit && <p className="break-words text-neutral-800"><span className="font-semibold">Nguồn:</span> {item.credit}</p>}
          {item.uploaderName && <p className="text-xs text-neutral-700">Tải lên: {item.uploaderName}</p>}
        </div>
      </div>
      {canChange && (
        <>
          <div className="mt-2 flex flex-wrap gap-2">
            <Button variant="outline" size="small" aria-expanded={editing} aria-controls={formId} onClick={() => setEditing((open) => !open)}>
              Sửa<span className="sr-only"> thông tin ảnh {item.originalName}</span>
            </Button>
            <form
              {...remove.formProps}
              onSubmit={(event) => {
                const question = {
                  title: `Xóa ảnh “${item.originalName}”?`,
                  body: "Ảnh sẽ bị xóa khỏi thư viện cùng mọi cỡ của nó trên máy chủ, và không thể hoàn tác. Nếu ảnh đang được dùng trong một bài viết, một trang giới thiệu hoặc Cài đặt trang, ảnh sẽ không bị xóa và bạn sẽ thấy những chỗ đang dùng ảnh.",
                  confirmLabel: "Xóa ảnh",
                };
                if (confirmSubmit(event, question)) remove.formProps.onSubmit(event);
              }}
            >
              <input type="hidden" name="id" value={item.id} />
              <Button type="submit" variant="danger" size="small" disabled={remove.pending}>
                Xóa ảnh<span className="sr-only"> {item.originalName}</span>
              </Button>
            </form>
          </div>
          <ActionOutcome state={remove.state} />
          <form {...update.formProps} id={formId} hidden={!editing} className="mt-2 space-y-2 border-t border-neutral-200 pt-2" aria-label={`Sửa thông tin ảnh ${item.originalName}`}>
            <input type="hidden" name="id" value={item.id} />
            <TextField label="Mô tả ảnh" name="alt" id={`${prefix}-mo-ta`} defaultValue={item.alt} hint="Cho người không nhìn thấy ảnh; tối đa 300 ký tự." errors={errors.alt} />
            <TextField label="Nguồn ảnh / tác giả" name="credit" id={`${prefix}-nguon`} defaultValue={item.credit} hint="Ví dụ: Ảnh: Nguyễn Văn An; tối đa 150 ký tự." errors={errors.credit} />
            <Button type="submit" size="small" disabled={update.pending}>Lưu</Button>
            <ActionOutcome state={update.state} />
          </form>
        </>
      )}
      {dialog}
    </li>
  );
}

/** Where a deleted image was, until the next visit: the person sees it went, and the focus lands here. */
function DeletedNotice({ message }: { message: string }) {
  const ref = useRef<HTMLParagraphElement>(null);
  useEffect(() => ref.current?.focus(), []);
  return (
    <li className="rounded border border-green-700 bg-green-50 p-3 text-sm">
      <p ref={ref} tabIndex={-1} role="status" className="text-green-900">{message}</p>
    </li>
  );
}
