"use client";

import { useRouter } from "next/navigation";
import { useEffect } from "react";
import { Button } from "@/components/ui/button";
import { DayInput } from "@/components/ui/day-input";
import { FieldError } from "@/components/ui/field-error";
import { Label, Select, typedAsIs } from "@/components/ui/field";
import { TextField } from "@/components/ui/text-field";
import { ActionOutcome } from "./action-outcome";
import { useKeptForm, type FormAction } from "./use-kept-form";
import { NOT_AN_EDIT } from "./use-leave-guard";

export type AlbumFormValues = { id: number | null; version: number | null; title: string; takenOn: string; unitId: number | null; description: string; slug: string };
type Props = {
  album: AlbumFormValues;
  units: { id: number; name: string }[];
  canPublish: boolean;
  published: boolean;
  action: FormAction<{ albumId: number; version: number }>;
};

/** The album's own fields, with "Lưu" and (with a photo at least) "Xuất bản"; a new album opens its page once made. */
export function AlbumFieldsForm({ album, units, canPublish, published, action }: Props) {
  const router = useRouter();
  const save = useKeptForm(action, { askBeforeLeaving: true });
  const errors = save.state && !save.state.ok ? (save.state.fieldErrors ?? {}) : {};
  const createdId = album.id === null && save.state?.ok ? save.state.albumId : null;
  useEffect(() => {
    if (createdId !== null) router.push(`/quan-tri/thu-vien-anh/album/${createdId}`);
  }, [createdId, router]);
  return (
    <form {...save.formProps} aria-label="Thông tin album" className="space-y-3 rounded border border-neutral-200 bg-white p-4">
      {album.id !== null && <input type="hidden" name="albumId" value={album.id} {...NOT_AN_EDIT} />}
      {/* The version the page was read at: the save is refused if someone saved since. */}
      {album.version !== null && <input type="hidden" name="baseVersion" value={save.state?.ok ? save.state.version : album.version} {...NOT_AN_EDIT} />}
      <TextField label="Tên album" name="title" defaultValue={album.title} required maxLength={200} errors={errors.title} />
      <div className="grid gap-3 min-[480px]:grid-cols-2">
        <div>
          <Label htmlFor="truong-takenOn">Ngày (dd/mm/yyyy)</Label>
          <DayInput id="truong-takenOn" name="takenOn" defaultValue={album.takenOn} required aria-invalid={Boolean(errors.takenOn) || undefined} aria-describedby={errors.takenOn ? "truong-takenOn-loi" : undefined} />
          <FieldError id="truong-takenOn-loi" messages={errors.takenOn} />
        </div>
        <div>
          <Label htmlFor="truong-unitId">Đơn vị</Label>
          <Select id="truong-unitId" name="unitId" defaultValue={album.unitId ?? ""} aria-invalid={Boolean(errors.unitId) || undefined} aria-describedby={errors.unitId ? "truong-unitId-loi" : undefined}>
            <option value="">Không gắn đơn vị</option>
            {units.map((unit) => <option key={unit.id} value={unit.id}>{unit.name}</option>)}
          </Select>
          <FieldError id="truong-unitId-loi" messages={errors.unitId} />
        </div>
      </div>
      <TextField label="Giới thiệu" name="description" defaultValue={album.description} multiline rows={3} maxLength={2000} errors={errors.description} />
      <TextField label="Đường dẫn" name="slug" {...typedAsIs} defaultValue={album.slug} hint="Để trống để tạo từ tên album; đổi đường dẫn của album đã đăng thì địa chỉ cũ vẫn chuyển tới album." errors={errors.slug} />
      <div className="flex flex-wrap gap-2">
        <Button type="submit" name="intent" value="save" disabled={save.pending}>{album.id === null ? "Tạo album" : "Lưu"}</Button>
        {canPublish && album.id !== null && (
          <Button type="submit" name="intent" value="publish" variant="publish" disabled={save.pending}>{published ? "Lưu và cập nhật" : "Xuất bản"}</Button>
        )}
      </div>
      <ActionOutcome state={save.state} />
    </form>
  );
}
