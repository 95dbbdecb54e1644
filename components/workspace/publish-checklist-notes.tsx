/** What the article lacks before "Xuất bản": a reminder, never a lock. */
export function PublishChecklistNotes({ warnings }: { warnings: string[] }) {
  if (warnings.length === 0) return null;
  return (
    <section aria-labelledby="truoc-khi-dang" className="rounded border-l-4 border-amber-500 bg-amber-50 p-3 text-sm text-amber-950">
      <h2 id="truoc-khi-dang" className="font-semibold">Trước khi xuất bản, xem lại:</h2>
      <ul className="mt-1 list-disc space-y-1 pl-5">
        {warnings.map((warning) => <li key={warning}>{warning}</li>)}
      </ul>
      <p className="mt-1 text-xs">Vẫn có thể xuất bản ngay nếu bài không cần những thứ này.</p>
    </section>
  );
}
