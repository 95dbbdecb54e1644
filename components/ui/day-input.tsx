import type { InputHTMLAttributes } from "react";
import { Input } from "./field";

/**
 * A day typed as dd/mm/yyyy whatever the browser's language: <input type="date"> shows
 * 11/30/2026 in an en-US browser. The server reads it (core/vi-date.ts readDayFilter) and names
 * an impossible day; the pattern only stops a half-typed one.
 */
export function DayInput(props: Omit<InputHTMLAttributes<HTMLInputElement>, "type" | "pattern">) {
  return <Input type="text" inputMode="numeric" autoComplete="off" pattern="\d{1,2}/\d{1,2}/\d{4}" placeholder="dd/mm/yyyy" title="Ngày/tháng/năm, ví dụ 21/12/2022" {...props} />;
}
