import type { ActionFailure, ActionResult } from "@/core/action-result";
import type { RevisionKind } from "@/core/editor-save";
import type { RevisionComparison } from "@/core/revision-compare";
import { formatShortDateTime } from "@/core/vi-date";
import { Button } from "@/components/ui/button";
import { RestoreRevisionButton, type RestoreTarget } from "./restore-revision-button";
import { RevisionDiff } from "./revision-diff";

export type RevisionRow = { id: number; version: number; kind: RevisionKind; savedAt: Date; savedByName: string | null };

const kindLabels: Record<RevisionKind, string> = { save: "Lưu", autosave: "Tự động lưu", restore: "Khôi phục" };

const pickId = (value: string | string[] | undefined) => (typeof value === "string" && /^[1-9]\d{0,9}$/.test(value) ? Number(value) : null);

/** The two revisions to compare: ?a= (older) and ?b= (newer), else the two newest. */
export function chosenRevisions(query: Record<string, string | string[] | undefined>, revisions: readonly RevisionRow[]) {
  return { olderId: pickId(query.a) ?? revisions[1]?.id ?? null, newerId: pickId(query.b) ?? revisions[0]?.id ?? null };
}

const describe = (revision: RevisionRow) => `Bản #${revision.version} – ${formatShortDateTime(revision.savedAt)} – ${revision.savedByName ?? "không rõ"}`;

type RevisionHistoryProps = {
  revisions: RevisionRow[];
  olderId: number | null;
  newerId: number | null;
  /** The version now saved: it has nothing to restore. */
  currentVersion: number;
  /** How to restore an earlier revision, or null when this user may not. */
  restore: { target: RestoreTarget; action: (formData: FormData) => Promise<ActionResult<{ version: number }> | ActionFailure> } | null;
  /** The chosen pair compared, when both exist. */
  compared: { older: RevisionRow; newer: RevisionRow; comparison: RevisionComparison } | null;
  /** "Nội dung bài", "Nội dung trang". */
  bodyLabel: string;
  /** Said when there is only one revision. */
  nothingToCompare: string;
};

/** Every saved revision, newest first: pick two to compare (a GET form, so the choice is in the address), restore an earlier one. */
export function RevisionHistory({ revisions, olderId, newerId, currentVersion, restore, compared, bodyLabel, nothingToCompare }: RevisionHistoryProps) {
  return (
    <>
      <form method="get" className="overflow-x-auto rounded border border-neutral-200 bg-white">
        <table className="w-full min-w-[40rem] text-left text-sm">
          <caption className="sr-only">Các bản đã lưu, mới nhất trước; chọn hai bản để so sánh</caption>
          <thead className="bg-neutral-100 text-xs uppercase">
            <tr>
              <th scope="col" className="px-3 py-2">Bản cũ</th>
              <th scope="col" className="px-3 py-2">Bản mới</th>
              <th scope="col" className="px-3 py-2">Bản</th>
              <th scope="col" className="px-3 py-2">Lúc</th>
              <th scope="col" className="px-3 py-2">Người lưu</th>
              <th scope="col" className="px-3 py-2">Cách lưu</th>
              <th scope="col" className="px-3 py-2"><span className="sr-only">Khôi phục</span></th>
            </tr>
          </thead>
          <tbody className="divide-y divide-neutral-200">
            {revisions.map((revision) => (
              <tr key={revision.id}>
                <td className="px-3 py-2"><input type="radio" name="a" value={revision.id} defaultChecked={revision.id === olderId} aria-label={`So sánh từ bản #${revision.version}`} /></td>
                <td className="px-3 py-2"><input type="radio" name="b" value={revision.id} defaultChecked={revision.id === newerId} aria-label={`So sánh tới bản #${revision.version}`} /></td>
                <td className="px-3 py-2">#{revision.version}</td>
                <td className="px-3 py-2 whitespace-nowrap">{formatShortDateTime(revision.savedAt)}</td>
                <td className="px-3 py-2">{revision.savedByName ?? "—"}</td>
                <td className="px-3 py-2">{kindLabels[revision.kind]}</td>
                <td className="px-3 py-2">
                  {restore && revision.version !== currentVersion && (
                    <RestoreRevisionButton target={restore.target} revisionId={revision.id} baseVersion={currentVersion} label={`bản #${revision.version}`} restore={restore.action} />
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
        <div className="p-3"><Button type="submit">So sánh hai bản đã chọn</Button></div>
      </form>
      {compared ? (
        <RevisionDiff comparison={compared.comparison} leftTitle={describe(compared.older)} rightTitle={describe(compared.newer)} bodyLabel={bodyLabel} />
      ) : (
        <p className="rounded bg-white p-4">{nothingToCompare}</p>
      )}
    </>
  );
}
