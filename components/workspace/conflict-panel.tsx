"use client";

import { Alert } from "@/components/ui/alert";
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

type SaveProblemsProps = Omit<ConflictPanelProps, "theirs" | "onTakeTheirs"> & {
  conflict: ConflictInfo | null;
  formError: string | null;
  /** Stops the editor's saving before the page reloads with the other person's version. */
  onClose: () => void;
};

/** What stopped the last save, above either editor: the two versions to choose from, or the reason. */
export function SaveProblems({ conflict, formError, onClose, ...panel }: SaveProblemsProps) {
  if (conflict) {
    return (
      <ConflictPanel
        {...panel}
        theirs={conflict}
        onTakeTheirs={() => {
          onClose();
          window.location.reload();
        }}
      />
    );
  }
  return formError ? <Alert>{formError}</Alert> : null;
}

/** The editor's word on its saving, read out politely: saving, unsaved changes, or the last result. */
export function SaveStatusLine({ pending, dirty, message }: { pending: boolean; dirty: boolean; message: string | null }) {
  return (
    <p role="status" aria-live="polite" className="mt-1 min-h-5 text-sm text-green-800">
      {pending ? "Đang lưu…" : dirty ? "Có thay đổi chưa lưu" : message}
    </p>
  );
}
