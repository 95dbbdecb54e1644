import type { InputHTMLAttributes } from "react";
import { TYPED_DATE_PATTERN } from "@/core/vi-date";
import { type ControlLook, Input } from "./field";

/**
 * A day typed as dd/mm/yyyy whatever the browser's language: <input type="date"> shows
 * 11/30/2026 in an en-US browser. A phone opens its number pad with a separator key; the field
 * also takes "30.11.2026", "30,11,2026" or the digits alone, "30112026" (core/vi-date.ts). The
 * server reads it (readDayFilter) and names an impossible day, and shows it back as dd/mm/yyyy;
 * the pattern only stops a half-typed one.
 */
export function DayInput(props: Omit<InputHTMLAttributes<HTMLInputElement>, "type" | "pattern"> & { look?: ControlLook }) {
  return <Input type="text" inputMode="decimal" autoComplete="off" pattern={TYPED_DATE_PATTERN} placeholder="dd/mm/yyyy" title="Ngày/tháng/năm, ví dụ 21/12/2022 hoặc 21122022" {...props} />;
}
