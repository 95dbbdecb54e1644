"use client";

import { Input } from "@/components/ui/field";
import type { ImageSources } from "@/core/media-files";
import { FieldError } from "@/components/ui/field-error";
import { Picture } from "@/components/ui/picture";

type CoverFieldProps = {
  cover: ImageSources | null;
  caption: string;
  /** The server's word on the chosen image, e.g. that it is no longer in the library. */
  errors?: string[];
  onPick: () => void;
  onRemove: () => void;
  onCaptionChange: (caption: string) => void;
};

/** The cover photo (ảnh đại diện) and its caption, shown under the title on the public page. */
export function CoverField({ cover, caption, errors, onPick, onRemove, onCaptionChange }: CoverFieldProps) {
  return (
    <section aria-labelledby="anh-dai-dien" className="space-y-2 rounded border border-neutral-200 bg-white p-4">
      <h2 id="anh-dai-dien" className="text-sm font-semibold">Ảnh đại diện</h2>
      {cover ? (
        <Picture src={cover.src} srcSet={cover.srcSet} sizes="320px" alt={cover.alt} width={cover.width} height={cover.height} className="h-auto w-full rounded" />
      ) : (
        <p className="text-sm text-neutral-600">Chưa có ảnh đại diện.</p>
      )}
      <div className="flex gap-2">
        <button type="button" onClick={onPick} className="rounded border border-brand-900 px-3 py-1.5 text-sm font-semibold text-brand-900">
          {cover ? "Đổi ảnh" : "Chọn ảnh đại diện"}
        </button>
        {cover && (
          <button type="button" onClick={onRemove} className="px-2 text-sm text-accent-700 underline">Bỏ ảnh</button>
        )}
      </div>
      <FieldError id="coverMediaId-error" messages={errors} />
      <label htmlFor="coverCaption" className="block text-sm font-semibold">Chú thích ảnh</label>
      <Input id="coverCaption" value={caption} onChange={(e) => onCaptionChange(e.target.value)} />
    </section>
  );
}
