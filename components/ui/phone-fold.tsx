import type { ReactNode } from "react";

type PhoneFoldProps = {
  /** The one line a phone shows while folded: "Lọc theo loại, cơ quan, năm…", "+ Tạo tài khoản". */
  summary: ReactNode;
  /** Open from the start (a filter in use). The reader may still fold or unfold it. */
  open?: boolean;
  /** The line's look; the default is a quiet link-coloured line. */
  summaryClassName?: string;
  /** Classes for the fold itself (its width in a row, its margin). */
  className?: string;
  children: ReactNode;
};

/**
 * What a phone folds under one line so the page's main list starts on the first screen (filters,
 * a form to create something, a row's editing fields), and what shows unfolded from 640 px up,
 * where there is room. The line is hidden from 640 px only where the browser can show a closed
 * fold's content (::details-content), so no browser loses what is inside.
 * Plain HTML: it works before and without JavaScript.
 */
export function PhoneFold({ summary, open = false, summaryClassName = "py-2 font-semibold text-brand-800", className = "", children }: PhoneFoldProps) {
  return (
    <details open={open} className={`sm:details-content:[content-visibility:visible] ${className}`}>
      <summary className={`cursor-pointer sm:supports-[selector(::details-content)]:hidden ${summaryClassName}`}>{summary}</summary>
      {children}
    </details>
  );
}
