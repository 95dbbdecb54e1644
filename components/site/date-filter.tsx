"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { Select } from "@/components/ui/field";
import { listingHref } from "@/core/listing-query";
import { calendarDayFromParts, type CalendarDay } from "@/core/vi-date";

// basePath is the public address ("/tin-tuc"): the page is rendered at an internal path (proxy.ts).
type DateFilterProps = { basePath: string; selected: CalendarDay | null; impossibleDay?: boolean; firstYear: number; lastYear: number };

const IMPOSSIBLE_DAY_MESSAGE = "Ngày đã chọn không có thật, ví dụ 30/02. Vui lòng chọn lại.";

const range = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => from + i);

/**
 * "Xem tin theo ngày": day / month / year. Without JavaScript the form sends ?d=&m=&y=,
 * which the page turns into ?ngay=YYYY-MM-DD; with it, we go there directly.
 */
export function DateFilter({ basePath, selected, impossibleDay = false, firstYear, lastYear }: DateFilterProps) {
  const router = useRouter();
  // Without JavaScript the server found the day impossible (core/public-routes.ts); with it, onSubmit does.
  const [problem, setProblem] = useState<string | null>(impossibleDay ? IMPOSSIBLE_DAY_MESSAGE : null);

  function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const day = calendarDayFromParts(String(form.get("d") ?? ""), String(form.get("m") ?? ""), String(form.get("y") ?? ""));
    if (!day) {
      setProblem(IMPOSSIBLE_DAY_MESSAGE);
      return;
    }
    setProblem(null);
    router.push(listingHref(basePath, { day }));
  }

  return (
    <form method="get" action={basePath} onSubmit={onSubmit} className="flex flex-wrap items-center gap-2" aria-describedby={problem ? "loi-ngay" : undefined}>
      <span className="text-sm font-semibold text-neutral-800" id="nhan-xem-theo-ngay">Xem tin theo ngày:</span>
      {/* The day, month, year and "Xem" stay on one line, a 360 px phone's included (without the slashes). */}
      <span className="flex flex-nowrap items-center gap-1 sm:gap-1.5">
        <label className="sr-only" htmlFor="loc-ngay">Ngày</label>
        <Select look="filter" id="loc-ngay" name="d" defaultValue={selected?.day ?? ""} required>
          <option value="" disabled>Ngày</option>
          {range(1, 31).map((d) => <option key={d} value={d}>{String(d).padStart(2, "0")}</option>)}
        </Select>
        <span aria-hidden="true" className="max-sm:hidden">/</span>
        <label className="sr-only" htmlFor="loc-thang">Tháng</label>
        <Select look="filter" id="loc-thang" name="m" defaultValue={selected?.month ?? ""} required>
          <option value="" disabled>Tháng</option>
          {range(1, 12).map((m) => <option key={m} value={m}>{String(m).padStart(2, "0")}</option>)}
        </Select>
        <span aria-hidden="true" className="max-sm:hidden">/</span>
        <label className="sr-only" htmlFor="loc-nam">Năm</label>
        <Select look="filter" id="loc-nam" name="y" defaultValue={selected?.year ?? ""} required>
          <option value="" disabled>Năm</option>
          {range(firstYear, lastYear).reverse().map((y) => <option key={y} value={y}>{y}</option>)}
        </Select>
        <button type="submit" className="min-h-10 rounded bg-brand-900 px-4 text-sm font-semibold text-white hover:bg-brand-700">
          Xem
        </button>
      </span>
      {problem && <p id="loi-ngay" role="alert" className="w-full text-sm text-accent-700">{problem}</p>}
    </form>
  );
}
