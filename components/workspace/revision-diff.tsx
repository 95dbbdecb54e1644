import type { BodyBlockComparison, DiffPart, RevisionComparison } from "@/core/revision-compare";

type RevisionDiffProps = {
  comparison: RevisionComparison;
  leftTitle: string;
  rightTitle: string;
  /** What the body is called: "Nội dung bài", "Nội dung trang". */
  bodyLabel: string;
};
type Side = "left" | "right";

// The history page calls the two picks "Bản cũ" and "Bản mới"; the columns use the same words.
const SIDE_NAMES: Record<Side, string> = { left: "Bản cũ", right: "Bản mới" };
// One grid for the header, the fields and the body, so the columns line up; stacked below md.
const ROW = "md:grid md:grid-cols-[10rem_minmax(0,1fr)_minmax(0,1fr)] md:gap-x-4";
const BLOCK_STATUS: Record<BodyBlockComparison["change"], string> = { same: "", changed: "Đã sửa", added: "Thêm mới", removed: "Đã xóa" };
const ADDED_SHADE = "border-l-4 border-green-700 bg-green-50";
const REMOVED_SHADE = "border-l-4 border-red-700 bg-red-50";

function DiffText({ parts }: { parts: DiffPart[] }) {
  return parts.map((part, index) =>
    part.change === "removed" ? (
      <del key={index} className="rounded-sm bg-red-100 px-0.5 text-red-900 line-through decoration-red-800">{part.text}</del>
    ) : part.change === "added" ? (
      <ins key={index} className="rounded-sm bg-green-100 px-0.5 text-green-900 underline decoration-green-800">{part.text}</ins>
    ) : (
      <span key={index}>{part.text}</span>
    ),
  );
}

/** One revision's column. Its name is shown above it once the columns stack, and read out in both layouts. */
function SideText({ side, parts, className = "" }: { side: Side; parts: DiffPart[]; className?: string }) {
  return (
    <div className={`break-words rounded px-2 py-1.5 ${className}`}>
      <span className="block text-xs font-semibold text-neutral-700 md:sr-only">{SIDE_NAMES[side]}: </span>
      {parts.length > 0 ? <DiffText parts={parts} /> : <span className="italic text-neutral-600">(trống)</span>}
    </div>
  );
}

function BodyBlock({ block }: { block: BodyBlockComparison }) {
  if (block.change === "same") {
    // Once stacked, the unchanged text is shown (and read) once.
    const text = block.left.map((part) => part.text).join("");
    return (
      <li className={`${ROW} text-neutral-600`}>
        <span className="hidden md:block" />
        <p className="break-words px-2 py-1.5">{text}</p>
        <p aria-hidden="true" className="hidden break-words px-2 py-1.5 md:block">{text}</p>
      </li>
    );
  }
  return (
    <li className={`${ROW} py-1`}>
      <span className="block px-2 text-xs font-semibold uppercase text-neutral-700 md:py-2">{BLOCK_STATUS[block.change]}</span>
      {block.left.length > 0 ? <SideText side="left" parts={block.left} className={block.change === "removed" ? REMOVED_SHADE : ""} /> : <span className="hidden md:block" />}
      {block.right.length > 0 ? <SideText side="right" parts={block.right} className={block.change === "added" ? ADDED_SHADE : ""} /> : <span className="hidden md:block" />}
    </li>
  );
}

/** Two saved revisions of an article or a page side by side: the fields that changed, then the body block by block. */
export function RevisionDiff({ comparison, leftTitle, rightTitle, bodyLabel }: RevisionDiffProps) {
  const changedFields = comparison.fields.filter((field) => field.changed);
  const unchangedLabels = comparison.fields.filter((field) => !field.changed).map((field) => field.label);
  if (!comparison.bodyChanged) unchangedLabels.push(bodyLabel);
  const identical = changedFields.length === 0 && !comparison.bodyChanged;

  return (
    <section className="space-y-4 rounded border border-neutral-200 bg-white p-4 text-sm text-neutral-900">
      <h2 className="text-lg font-bold text-brand-900">So sánh hai bản lưu</h2>
      <div className={`${ROW} space-y-1 border-b border-neutral-200 pb-3 md:space-y-0`}>
        <span className="hidden md:block" />
        {([["left", leftTitle], ["right", rightTitle]] as const).map(([side, title]) => (
          <p key={side} className="px-2">
            <span className="block text-xs font-semibold uppercase text-neutral-700">{SIDE_NAMES[side]}</span>
            <span className="font-semibold">{title}</span>
          </p>
        ))}
      </div>

      {identical ? (
        <p className="px-2 font-semibold">Hai bản giống hệt nhau.</p>
      ) : (
        <>
          {changedFields.length > 0 && (
            <dl className="divide-y divide-neutral-200">
              {changedFields.map((field) => (
                <div key={field.field} className={`${ROW} py-2`}>
                  <dt className="px-2 font-semibold md:py-1.5">{field.label}</dt>
                  <dd><SideText side="left" parts={field.left} /></dd>
                  <dd><SideText side="right" parts={field.right} /></dd>
                </div>
              ))}
            </dl>
          )}
          {unchangedLabels.length > 0 && <p className="px-2 text-neutral-700">Không đổi: {unchangedLabels.join(", ")}</p>}
          {comparison.bodyChanged && (
            <div className="border-t border-neutral-200 pt-3">
              <h3 className="px-2 font-bold text-brand-900">{bodyLabel}</h3>
              <ol className="mt-2 space-y-1">
                {comparison.body.map((block, index) => <BodyBlock key={index} block={block} />)}
              </ol>
            </div>
          )}
        </>
      )}
    </section>
  );
}
