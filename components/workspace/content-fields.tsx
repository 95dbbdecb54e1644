"use client";

import { useState } from "react";
import { Input, Label, TextArea, typedAsIs } from "@/components/ui/field";
import type { FieldErrors } from "@/core/action-result";
import { slugify } from "@/core/slug";
import { FieldError } from "@/components/ui/field-error";
import { RichTextEditor, type EditorImage } from "./rich-text-editor";
import type { EditedContent } from "./use-editor-saving";

type ContentFieldsProps = {
  fields: EditedContent;
  onChange: (change: Partial<EditedContent>) => void;
  errors: FieldErrors;
  /** The public address before the slug: "/tin-tuc/", "/gioi-thieu/". */
  slugPrefix: string;
  slugHelp: string;
  summaryLabel: string;
  /**
   * Whether the slug may still follow the title as it is typed: something new, or a draft. Read on every
   * render: once it turns false (published in this page) the slug stays as readers met it, for good.
   */
  slugFollowsTitle: boolean;
  pickImage: () => Promise<(EditorImage & { caption?: string }) | null>;
  uploadImage: (file: File) => Promise<EditorImage | null>;
};

/** Title, slug, summary and body: what the article editor and the page editor both write. */
export function ContentFields({ fields, onChange, errors, slugPrefix, slugHelp, summaryLabel, slugFollowsTitle, pickImage, uploadImage }: ContentFieldsProps) {
  const [slugEdited, setSlugEdited] = useState(!slugFollowsTitle);
  // A publish in this page fixes the address: a title mended afterwards must not move it.
  if (!slugFollowsTitle && !slugEdited) setSlugEdited(true);
  const error = (name: keyof EditedContent) => errors[name];
  return (
    <div className="space-y-4">
      <div>
        <Label htmlFor="title">Tiêu đề</Label>
        <TextArea
          id="title"
          rows={2}
          value={fields.title}
          onChange={(e) => onChange({ title: e.target.value, ...(slugEdited ? {} : { slug: slugify(e.target.value) }) })}
          className="text-xl font-bold"
          aria-invalid={Boolean(error("title"))}
          aria-describedby={error("title") ? "title-error" : undefined}
        />
        <FieldError id="title-error" messages={error("title")} />
      </div>
      <div>
        <Label htmlFor="slug">Đường dẫn</Label>
        <div className="flex items-center gap-1 text-sm">
          <span className="text-neutral-600">{slugPrefix}</span>
          <Input
            id="slug"
            {...typedAsIs}
            value={fields.slug}
            onChange={(e) => {
              setSlugEdited(true);
              onChange({ slug: e.target.value });
            }}
            look="compact"
            className="min-w-0 flex-1 font-mono"
            aria-invalid={Boolean(error("slug"))}
            aria-describedby="slug-help slug-error"
          />
        </div>
        <p id="slug-help" className="mt-1 text-xs text-neutral-600">{slugHelp}</p>
        <FieldError id="slug-error" messages={error("slug")} />
      </div>
      <div>
        <Label htmlFor="summary">{summaryLabel}</Label>
        <TextArea id="summary" rows={3} value={fields.summary} onChange={(e) => onChange({ summary: e.target.value })} aria-describedby="summary-error" />
        <FieldError id="summary-error" messages={error("summary")} />
      </div>
      <div>
        <p id="noi-dung-label" className="block text-sm font-semibold text-neutral-800">Nội dung</p>
        <RichTextEditor
          initialHtml={fields.bodyHtml}
          onChange={(html) => onChange({ bodyHtml: html })}
          pickImage={pickImage}
          uploadImage={uploadImage}
          labelledBy="noi-dung-label"
          describedBy={error("bodyHtml") ? "bodyHtml-error" : undefined}
        />
        <FieldError id="bodyHtml-error" messages={error("bodyHtml")} />
      </div>
    </div>
  );
}
