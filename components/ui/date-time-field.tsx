"use client";

import { useState } from "react";
import { dayFieldText, formatVietnamTimeInWords, readTypedDateTime, timeFieldText, TYPED_DATE_PATTERN, TYPED_TIME_PATTERN } from "@/core/vi-date";
import { FieldError } from "./field-error";
import { Input, Label } from "./field";

// A date and a time typed as dd/mm/yyyy and 24-hour HH:mm, whatever the browser's language:
// <input type="datetime-local"> shows 11/30/2026, 04:50 PM in an en-US browser. The chosen time
// is repeated in words so nobody has to trust the order of the numbers. A phone's number pad has no
// "/" or ":", so the fields also take "30.11.2026", "30112026", "16,50", "16h50" or "1650"
// (core/vi-date.ts) and show them as dd/mm/yyyy and HH:mm once the person leaves the field.

export type DateTimeText = { date: string; time: string };

type DateTimeFieldProps = {
  id: string;
  legend: string;
  value: DateTimeText;
  onChange: (value: DateTimeText) => void;
  hint?: string;
  /** The server's errors for the field, shown under the browser's own check. */
  errors?: string[];
};

export function DateTimeField({ id, legend, value, onChange, hint, errors }: DateTimeFieldProps) {
  // A half-typed date is not an error yet: the problem shows once the person leaves a field.
  const [touched, setTouched] = useState(false);
  const typed = readTypedDateTime(value.date, value.time);
  const problems = [...(touched && !typed.ok ? [typed.problem] : []), ...(errors ?? [])];
  const [hintId, errorId, wordsId] = [`${id}-goi-y`, `${id}-loi`, `${id}-bang-chu`];
  const described = [hint ? hintId : null, problems.length ? errorId : null, wordsId].filter(Boolean).join(" ");
  const shared = { type: "text", inputMode: "decimal", autoComplete: "off", "aria-invalid": problems.length > 0 || undefined, "aria-describedby": described } as const;
  const leave = (shown: DateTimeText) => {
    setTouched(true);
    if (shown.date !== value.date || shown.time !== value.time) onChange(shown);
  };
  return (
    <fieldset>
      <legend className="text-sm font-semibold text-neutral-800">{legend}</legend>
      {hint && <p id={hintId} className="text-xs leading-5 text-neutral-600">{hint}</p>}
      <div className="mt-1 flex gap-2">
        <div className="min-w-0 flex-[3]">
          <Label htmlFor={`${id}-ngay`} className="font-normal">Ngày</Label>
          <Input id={`${id}-ngay`} {...shared} pattern={TYPED_DATE_PATTERN} placeholder="dd/mm/yyyy" value={value.date} onChange={(e) => onChange({ ...value, date: e.target.value })} onBlur={() => leave({ ...value, date: dayFieldText(value.date) })} />
        </div>
        <div className="min-w-0 flex-[2]">
          <Label htmlFor={`${id}-gio`} className="font-normal">Giờ</Label>
          <Input id={`${id}-gio`} {...shared} pattern={TYPED_TIME_PATTERN} placeholder="HH:mm" value={value.time} onChange={(e) => onChange({ ...value, time: e.target.value })} onBlur={() => leave({ ...value, time: timeFieldText(value.time) })} />
        </div>
      </div>
      <p id={wordsId} className="mt-1 text-sm text-neutral-800" aria-live="polite">
        {typed.ok && typed.at ? formatVietnamTimeInWords(typed.at) : ""}
      </p>
      <FieldError id={errorId} messages={problems} />
    </fieldset>
  );
}
