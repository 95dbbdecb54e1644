import type { ReactNode } from "react";
import { PhoneFold } from "./phone-fold";

type FilterFoldProps = {
  /** What unfolds, said on the line a phone shows: "Lọc theo loại, cơ quan, năm…". */
  summary: string;
  /** How many of the fields inside narrow the results now: the fold stays open and says so while any does. */
  inUse: number;
  /**
   * How the fields inside sit from 640 px up (they are one column on a phone): a grid in a reader's form
   * ("sm:grid-cols-2"), a row in a workspace's filter bar ("sm:flex sm:flex-wrap sm:items-end").
   */
  columns: string;
  children: ReactNode;
};

/**
 * A form's secondary filters (a reader's search and register, the workspace's articles and log), folded
 * under one line on a phone (PhoneFold) so the results start on the first screen; open while one is in
 * use, and always shown from 640 px up.
 */
export function FilterFold({ summary, inUse, columns, children }: FilterFoldProps) {
  return (
    <PhoneFold summary={`${summary}${inUse > 0 ? ` (${inUse} điều kiện)` : ""}`} open={inUse > 0} className="max-sm:w-full sm:col-span-full">
      <div className={`grid gap-3 pt-2 sm:supports-[selector(::details-content)]:pt-0 ${columns}`}>{children}</div>
    </PhoneFold>
  );
}
