"use client";

import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { useConfirm } from "@/components/ui/confirm-dialog";
import { TextField } from "@/components/ui/text-field";
import { ActionOutcome } from "./action-outcome";
import { useKeptForm, type FormAction } from "./use-kept-form";
import { Picture } from "@/components/ui/picture";

export type AlbumPhotoView = { id: number; name: string; alt: string; caption: string; credit: string; src: string; srcSet: string };
export type PhotoActions = { cover: FormAction; remove: FormAction; saveText: FormAction };
export type MoveTarget = "first" | "up" | "down" | "last";

const moves: { target: MoveTarget; label: string }[] = [
  { target: "first", label: "Lên đầu" },
  { target: "up", label: "Lên" },
  { target: "down", label: "Xuống" },
  { target: "last", label: "Xuống cuối" },
];

type Props = {
  albumId: number;
  photo: AlbumPhotoView;
  position: number;
  total: number;
  isCover: boolean;
  actions: PhotoActions;
  onMove: (target: MoveTarget) => void;
};

/** One photo of the album: its place and moves, "Chọn làm ảnh bìa", its caption and credit, and "Bỏ khỏi album". */
export function AlbumPhotoCard({ albumId, photo, position, total, isCover, actions, onMove }: Props) {
  const cover = useKeptForm(actions.cover);
  const remove = useKeptForm(actions.remove);
  const text = useKeptForm(actions.saveText, { askBeforeLeaving: true });
  const { confirmSubmit, dialog } = useConfirm();
  const prefix = `anh-album-${photo.id}`;
  const errors = text.state && !text.state.ok ? (text.state.fieldErrors ?? {}) : {};
  const hidden = (
    <>
      <input type="hidden" name="albumId" value={albumId} />
      <input type="hidden" name="photoId" value={photo.id} />
    </>
  );
  return (
    <div className="space-y-2">
      <div className="flex gap-3 min-[480px]:block">
        <Picture src={photo.src} srcSet={photo.srcSet} sizes="(min-width: 480px) 240px, 128px" alt={photo.alt || photo.caption || photo.name} draggable={false} className="aspect-[4/3] w-32 shrink-0 rounded object-cover min-[480px]:w-full" />
        <div className="min-w-0 flex-1 space-y-1 min-[480px]:mt-1">
          <p id={`${prefix}-ten`} tabIndex={-1} className="break-words font-semibold">{photo.name}</p>
          <p className="flex flex-wrap items-center gap-2 text-xs text-neutral-700">
            Vị trí {position}/{total}
            {isCover && <Badge tone="green">Ảnh bìa</Badge>}
          </p>
        </div>
      </div>
      <div className="flex flex-wrap gap-1" role="group" aria-label={`Sắp xếp ảnh ${photo.name}`}>
        {moves.map(({ target, label }) => {
          const atEdge = target === "first" || target === "up" ? position === 1 : position === total;
          return (
            <Button key={target} id={`${prefix}-${target}`} variant="outline" size="small" disabled={atEdge} onClick={() => onMove(target)}>
              {label}<span className="sr-only"> ảnh {photo.name}</span>
            </Button>
          );
        })}
      </div>
      <div className="flex flex-wrap gap-2">
        {!isCover && (
          <form {...cover.formProps}>
            {hidden}
            <Button type="submit" variant="secondary" size="small" disabled={cover.pending}>Chọn làm ảnh bìa<span className="sr-only"> ảnh {photo.name}</span></Button>
          </form>
        )}
        <form
          {...remove.formProps}
          onSubmit={(event) => {
            const question = { title: `Bỏ ảnh “${photo.name}” khỏi album?`, body: "Ảnh không còn trong album này nhưng vẫn ở trong thư viện ảnh; chú thích riêng của ảnh trong album sẽ mất.", confirmLabel: "Bỏ khỏi album" };
            if (confirmSubmit(event, question)) remove.formProps.onSubmit(event);
          }}
        >
          {hidden}
          <Button type="submit" variant="danger" size="small" disabled={remove.pending}>Bỏ khỏi album<span className="sr-only"> ảnh {photo.name}</span></Button>
        </form>
      </div>
      <ActionOutcome state={cover.state} />
      <ActionOutcome state={remove.state} />
      <form {...text.formProps} className="space-y-2 border-t border-neutral-200 pt-2" aria-label={`Chú thích ảnh ${photo.name}`}>
        {hidden}
        <TextField label="Chú thích" name="caption" id={`${prefix}-chu-thich`} defaultValue={photo.caption} multiline rows={2} errors={errors.caption} />
        <TextField label="Nguồn ảnh / tác giả" name="credit" id={`${prefix}-nguon`} defaultValue={photo.credit} errors={errors.credit} />
        <Button type="submit" size="small" disabled={text.pending}>Lưu chú thích<span className="sr-only"> ảnh {photo.name}</span></Button>
        <ActionOutcome state={text.state} />
      </form>
      {dialog}
    </div>
  );
}
