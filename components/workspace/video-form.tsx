"use client";

import { useRouter } from "next/navigation";
import { useEffect } from "react";
import { Button } from "@/components/ui/button";
import { useConfirm } from "@/components/ui/confirm-dialog";
import { DayInput } from "@/components/ui/day-input";
import { FieldError } from "@/components/ui/field-error";
import { Label, Select, typedAsIs } from "@/components/ui/field";
import { TextField } from "@/components/ui/text-field";
import { ActionOutcome } from "./action-outcome";
import { useKeptForm, type FormAction } from "./use-kept-form";
import { NOT_AN_EDIT } from "./use-leave-guard";

export type VideoFormValues = {
  videoId: number | null;
  version: number | null;
  published: boolean;
  title: string;
  link: string;
  takenOn: string;
  unitId: string;
  description: string;
  slug: string;
  /** The public address once published, for "Xem trên trang". */
  publicPath: string | null;
};

type Props = {
  values: VideoFormValues;
  units: { id: number; label: string }[];
  actions: { save: FormAction<{ videoId: number }>; unpublish: FormAction; remove: FormAction };
};

/** A video entry: its title, YouTube link, day, unit and description; saved, published, taken down or deleted. */
export function VideoForm({ values, units, actions }: Props) {
  const router = useRouter();
  const { state, pending, formProps } = useKeptForm(actions.save, { askBeforeLeaving: true });
  const errors = state && !state.ok ? (state.fieldErrors ?? {}) : {};
  // A new video has an address once saved: the page becomes its own, with its version.
  const savedId = state?.ok ? state.videoId : null;
  useEffect(() => {
    if (savedId !== null && savedId !== values.videoId) router.replace(`/quan-tri/video/${savedId}`);
    else if (savedId !== null) router.refresh();
  }, [savedId, values.videoId, router]);

  return (
    <div className="space-y-6">
      <form {...formProps} className="space-y-4 rounded bg-white p-4 shadow-sm" noValidate>
        <input type="hidden" name="videoId" value={values.videoId ?? ""} {...NOT_AN_EDIT} />
        <input type="hidden" name="baseVersion" value={values.version ?? ""} {...NOT_AN_EDIT} />
        <TextField label="Tiêu đề" name="title" defaultValue={values.title} errors={errors.title} required maxLength={200} />
        <TextField
          label="Liên kết YouTube"
          name="link"
          defaultValue={values.link}
          errors={errors.link}
          hint="Mở video trên YouTube, bấm “Chia sẻ”, sao chép liên kết (youtube.com hoặc youtu.be) rồi dán vào đây. Video phát qua youtube-nocookie.com, không đặt cookie cho bạn đọc trước khi họ bấm xem."
          inputMode="url"
          {...typedAsIs}
          required
        />
        <div className="grid gap-4 sm:grid-cols-2">
          <div>
            <Label htmlFor="truong-takenOn">Ngày</Label>
            <DayInput id="truong-takenOn" name="takenOn" defaultValue={values.takenOn} aria-invalid={errors.takenOn ? true : undefined} aria-describedby={errors.takenOn ? "truong-takenOn-loi" : undefined} required />
            <FieldError id="truong-takenOn-loi" messages={errors.takenOn} />
          </div>
          <div>
            <Label htmlFor="truong-unitId">Đơn vị</Label>
            <Select id="truong-unitId" name="unitId" defaultValue={values.unitId} aria-invalid={errors.unitId ? true : undefined} aria-describedby={errors.unitId ? "truong-unitId-loi" : undefined}>
              <option value="">(Không ghi đơn vị)</option>
              {units.map((unit) => <option key={unit.id} value={unit.id}>{unit.label}</option>)}
            </Select>
            <FieldError id="truong-unitId-loi" messages={errors.unitId} />
          </div>
        </div>
        <TextField label="Mô tả" name="description" multiline rows={4} defaultValue={values.description} errors={errors.description} maxLength={2000} />
        <TextField label="Đường dẫn" name="slug" {...typedAsIs} defaultValue={values.slug} errors={errors.slug} hint="Để trống: tạo từ tiêu đề; đổi đường dẫn của video đã đăng thì địa chỉ cũ vẫn chuyển tới video." maxLength={120} />
        <ActionOutcome state={state} />
        <div className="flex flex-wrap gap-2">
          <Button type="submit" name="intent" value="save" disabled={pending}>Lưu</Button>
          {!values.published && <Button type="submit" name="intent" value="publish" variant="publish" disabled={pending}>Lưu và đăng</Button>}
          {values.publicPath && <a href={values.publicPath} className="self-center text-sm text-brand-700 underline">Xem trên trang</a>}
        </div>
      </form>
      {values.videoId !== null && <TakeDownOrDelete videoId={values.videoId} published={values.published} actions={actions} />}
    </div>
  );
}

function TakeDownOrDelete({ videoId, published, actions }: { videoId: number; published: boolean; actions: Props["actions"] }) {
  const router = useRouter();
  const unpublish = useKeptForm(actions.unpublish);
  const remove = useKeptForm(actions.remove);
  const { confirmSubmit, dialog } = useConfirm();
  const removed = remove.state?.ok === true;
  useEffect(() => {
    if (removed) router.replace("/quan-tri/video");
  }, [removed, router]);
  useEffect(() => {
    if (unpublish.state?.ok) router.refresh();
  }, [unpublish.state, router]);
  return (
    <section aria-label="Gỡ hoặc xóa video" className="space-y-2">
      {published ? (
        <form {...unpublish.formProps}>
          <input type="hidden" name="videoId" value={videoId} />
          <Button type="submit" variant="danger" disabled={unpublish.pending}>Gỡ video</Button>
          <ActionOutcome state={unpublish.state} />
        </form>
      ) : (
        <form
          {...remove.formProps}
          onSubmit={(event) => {
            if (confirmSubmit(event, { title: "Xóa video này?", body: "Video sẽ bị xóa hẳn khỏi trang quản trị. Video trên YouTube không bị ảnh hưởng.", confirmLabel: "Xóa video" })) remove.formProps.onSubmit(event);
          }}
        >
          <input type="hidden" name="videoId" value={videoId} />
          <Button type="submit" variant="danger" disabled={remove.pending}>Xóa video</Button>
          <ActionOutcome state={remove.state} />
        </form>
      )}
      {dialog}
    </section>
  );
}
