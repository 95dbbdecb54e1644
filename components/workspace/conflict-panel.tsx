"use client";

import { Button } from "@/components/ui/button";
import type { ConflictInfo, EditedThing } from "@/core/editor-save";
import { formatShortDateTime } from "@/core/vi-date";

function plainText(html: string): string {
  // Only for showing both texts side by side; the stored HTML is never built from this.
  const doc = new DOMParser().parseFromString(html, "text/html");
  return [...doc.body.querySelectorAll("p, h2, h3, h4, li, blockquote, figcaption, td, th")].map((el) => el.textContent ?? "").join("\n\n");
}

type ConflictPanelProps = {
  thing: EditedThing;
  theirs: ConflictInfo;
  mine: { title: string; summary: string; bodyHtml: string };
  onKeepMine: () => void;
  onTakeTheirs: () => void;
};

/** Two people saved the same article or page: show both texts and let the one refused choose. */
export function ConflictPanel({ thing, theirs, mine, onKeepMine, onTakeTheirs }: ConflictPanelProps) {
  const columns = [
    { heading: `Bản đã lưu của ${theirs.updatedByName ?? "người khác"} (${formatShortDateTime(new Date(theirs.updatedAt))})`, text: theirs },
    { heading: "Bản của bạn (chưa lưu)", text: mine },
  ];
  return (
    <section aria-labelledby="xung-dot" className="rounded border-2 border-amber-500 bg-amber-50 p-4">
      <h2 id="xung-dot" className="font-bold text-amber-900">Có người khác vừa lưu {thing.noun} này</h2>
      <p className="mt-1 text-sm text-amber-900">Bản của bạn chưa được lưu và vẫn còn nguyên. So sánh hai bản rồi chọn bản giữ lại.</p>
      <div className="mt-3 grid gap-3 md:grid-cols-2">
        {columns.map((column) => (
          <div key={column.heading} className="rounded border border-amber-300 bg-white p-3 text-sm">
            <h3 className="font-semibold">{column.heading}</h3>
            <p className="mt-2 font-semibold">{column.text.title}</p>
            <p className="mt-1 italic">{column.text.summary}</p>
            <p className="mt-2 max-h-64 overflow-y-auto whitespace-pre-wrap">{plainText(column.text.bodyHtml)}</p>
          </div>
        ))}
      </div>
      <div className="mt-3 flex flex-wrap gap-2">
        <Button onClick={onKeepMine}>Giữ bản của tôi (lưu đè lên bản kia)</Button>
        <Button variant="secondary" onClick={onTakeTheirs}>Bỏ bản của tôi, dùng bản đã lưu</Button>
      </div>
    </section>
  );
}
