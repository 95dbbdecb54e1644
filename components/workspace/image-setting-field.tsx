"use client";

import { useState } from "react";
import { Button } from "@/components/ui/button";
import type { ImageSources } from "@/core/media-files";
import { FieldError } from "@/components/ui/field-error";
import { ACCEPTED_IMAGE_TYPES, type UploadStage } from "@/core/upload-rules";
import { UploadProgress } from "./upload-progress";
import { uploadImageFile } from "./upload-image";
import { Picture } from "@/components/ui/picture";
import { FileButton } from "@/components/ui/file-button";

export type ChosenImage = ImageSources & { id: number };

type ImageSettingFieldProps = {
  /** The form field that carries the chosen image's id ("" for none). */
  name: string;
  label: string;
  hint: string;
  image: ChosenImage | null;
  onChange: (image: ChosenImage | null) => void;
  /** Opens the media library (one picker serves the whole form). */
  onPickFromLibrary: () => void;
  /** Shown while no image is chosen, e.g. the neutral emblem. */
  placeholder: React.ReactNode;
  errors?: string[];
};


/**
 * An image setting (the emblem, the sharing image): uploaded here through the media library's
 * route (images only, 10 MB, checked by their content), or picked from the library. A refused
 * file is explained under the field, and the image chosen before stays.
 */
export function ImageSettingField({ name, label, hint, image, onChange, onPickFromLibrary, placeholder, errors }: ImageSettingFieldProps) {
  const [stage, setStage] = useState<UploadStage | null>(null);
  const [refusal, setRefusal] = useState<string | null>(null);
  const errorId = `truong-${name}-loi`;
  const messages = [...(refusal ? [refusal] : []), ...(errors ?? [])];

  async function upload(file: File | undefined) {
    if (!file) return;
    setRefusal(null);
    setStage({ phase: "sending", fraction: 0 });
    const result = await uploadImageFile(file, label, setStage);
    setStage(null);
    if (result.ok) onChange({ ...result.media.sources, id: result.media.id });
    else setRefusal(result.message);
  }

  return (
    <fieldset className="space-y-2" aria-describedby={messages.length ? errorId : undefined}>
      <legend className="text-sm font-semibold text-neutral-900">{label}</legend>
      <p className="text-xs leading-5 text-neutral-600">{hint}</p>
      <input type="hidden" name={name} value={image?.id ?? ""} />
      <div className="flex flex-wrap items-center gap-4">
        <div className="flex h-24 w-24 shrink-0 items-center justify-center overflow-hidden rounded border border-neutral-200 bg-neutral-50 p-1">
          {image ? (
            <Picture src={image.src} srcSet={image.srcSet} sizes="96px" alt={`${label} đang chọn`} width={image.width} height={image.height} className="max-h-full max-w-full object-contain" />
          ) : (
            placeholder
          )}
        </div>
        <div className="flex flex-wrap gap-2">
          <FileButton accept={ACCEPTED_IMAGE_TYPES} onFiles={(files) => void upload(files[0])}>
            Tải {label.toLowerCase()} lên
          </FileButton>
          <Button
            variant="secondary"
            onClick={() => {
              setRefusal(null);
              onPickFromLibrary();
            }}
          >
            Chọn từ thư viện
          </Button>
          {image && (
            <Button variant="danger" onClick={() => onChange(null)}>
              Bỏ ảnh
            </Button>
          )}
        </div>
      </div>
      {stage && <p className="text-sm"><UploadProgress name={label.toLowerCase()} stage={stage} /></p>}
      <FieldError id={errorId} messages={messages} />
    </fieldset>
  );
}
