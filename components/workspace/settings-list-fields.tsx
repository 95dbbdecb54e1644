"use client";

import { useRef, useState } from "react";
import { typedAsIs } from "@/components/ui/field";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/text-field";
import type { FieldErrors } from "@/core/action-result";
import type { RelatedLink } from "@/core/schemas/site-settings";
import { MAX_RELATED_LINKS, MAX_SLOGANS } from "@/core/site-settings-limits";
import { FieldError } from "@/components/ui/field-error";

// The settings' two lists. Each row keeps a key of its own, so typing in a row and then removing
// another leaves what was typed where it was; the inputs stay uncontrolled like the rest of the form.


function useRows<T>(initial: T[]) {
  const next = useRef(initial.length);
  const [rows, setRows] = useState(() => initial.map((value, key) => ({ key, value })));
  return {
    rows,
    add: (value: T) => setRows((list) => [...list, { key: next.current++, value }]),
    remove: (key: number) => setRows((list) => list.filter((row) => row.key !== key)),
  };
}

/** The banner's slogans, the one shown now (a radio per row) or "rotate", and rows to add or remove. */
export function SloganListField({ slogans, shown, errors }: { slogans: string[]; shown: number | "rotate"; errors: FieldErrors }) {
  const { rows, add, remove } = useRows(slogans);
  // Which row is shown, by its key: positions move when a row above is removed.
  const [shownKey, setShownKey] = useState<number | "rotate">(shown === "rotate" ? "rotate" : (rows[shown]?.key ?? 0));
  const shownValue = shownKey === "rotate" ? "rotate" : String(Math.max(0, rows.findIndex((row) => row.key === shownKey)));
  return (
    <fieldset className="space-y-3">
      <legend className="text-sm font-semibold text-neutral-900">Khẩu hiệu trên băng rôn</legend>
      <p className="text-xs leading-5 text-neutral-600">Chọn khẩu hiệu hiện trên mọi trang, hoặc cho các khẩu hiệu luân phiên: mỗi ngày một câu, đổi lúc 0 giờ (giờ Việt Nam).</p>
      <input type="hidden" name="sloganShown" value={shownValue} />
      <ol className="space-y-3">
        {rows.map((row, i) => (
          <li key={row.key} className="flex items-start gap-2 rounded border border-neutral-200 p-2">
            <input
              type="radio"
              name="slogan-choice"
              className="mt-3 h-5 w-5 shrink-0"
              checked={shownKey === row.key}
              onChange={() => setShownKey(row.key)}
              aria-label={`Hiện khẩu hiệu ${i + 1}`}
            />
            <TextField label={`Khẩu hiệu ${i + 1}`} hideLabel id={`khau-hieu-${row.key}`} name="slogan" multiline rows={2} defaultValue={row.value} errors={errors[`slogans.${i}`]} className="min-w-0 flex-1" />
            <Button variant="danger" size="small" className="mt-1 shrink-0" disabled={rows.length === 1} onClick={() => remove(row.key)} aria-label={`Xóa khẩu hiệu ${i + 1}`}>
              Xóa
            </Button>
          </li>
        ))}
      </ol>
      <div className="flex flex-wrap items-center gap-4">
        <label className="flex items-center gap-2 text-sm font-semibold">
          <input type="radio" name="slogan-choice" className="h-5 w-5" checked={shownKey === "rotate"} onChange={() => setShownKey("rotate")} />
          Luân phiên mỗi ngày
        </label>
        <Button variant="secondary" disabled={rows.length >= MAX_SLOGANS} onClick={() => add("")}>
          + Thêm khẩu hiệu
        </Button>
      </div>
      <FieldError id="truong-slogans-loi" messages={[...(errors.slogans ?? []), ...(errors.sloganShown ?? [])]} />
    </fieldset>
  );
}

/** "Liên kết website": the related sites listed in the footer, a name and an address a row. */
export function RelatedLinksField({ links, errors }: { links: RelatedLink[]; errors: FieldErrors }) {
  const { rows, add, remove } = useRows(links);
  return (
    <fieldset className="space-y-3">
      <legend className="sr-only">Liên kết website</legend>
      <p className="text-xs leading-5 text-neutral-600">Các trang liên quan hiện ở chân trang, mở trong thẻ mới. Dòng để trống cả hai ô được bỏ qua.</p>
      <ol className="space-y-3">
        {rows.map((row, i) => (
          <li key={row.key} className="grid gap-2 rounded border border-neutral-200 p-2 sm:grid-cols-[minmax(0,1fr)_minmax(0,1.3fr)_auto] sm:items-start">
            <TextField label={`Tên website ${i + 1}`} id={`lien-ket-ten-${row.key}`} name="relatedLabel" defaultValue={row.value.label} errors={errors[`relatedLinks.${i}.label`]} />
            <TextField label={`Địa chỉ website ${i + 1}`} id={`lien-ket-dia-chi-${row.key}`} name="relatedUrl" type="url" inputMode="url" {...typedAsIs} placeholder="https://" defaultValue={row.value.url} errors={errors[`relatedLinks.${i}.url`]} />
            <Button variant="danger" size="small" className="shrink-0 justify-self-start sm:mt-6" onClick={() => remove(row.key)} aria-label={`Xóa liên kết ${i + 1}`}>
              Xóa
            </Button>
          </li>
        ))}
      </ol>
      <Button variant="secondary" disabled={rows.length >= MAX_RELATED_LINKS} onClick={() => add({ label: "", url: "" })}>
        + Thêm liên kết
      </Button>
      <FieldError id="truong-relatedLinks-loi" messages={errors.relatedLinks} />
    </fieldset>
  );
}
