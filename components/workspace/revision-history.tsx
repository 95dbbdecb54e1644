import type { ActionFailure, ActionResult } from "@/core/action-result";
import type { RevisionKind } from "@/core/editor-save";
import { recordIdFrom } from "@/core/record-id";
import type { RevisionComparison } from "@/core/revision-compare";
import { formatShortDateTime } from "@/core/vi-date";
import { Button } from "@/components/ui/button";
import { Table } from "@/components/ui/table";
import { RestoreRevisionButton, type RestoreTarget } from "./restore-revision-button";
import { RevisionDiff } from "./revision-diff";

export type RevisionRow = { id: number; version: number; kind: RevisionKind; savedAt: Date; savedByName: string | null };

const kindLabels: Record<RevisionKind, string> = { save: "Lưu", autosave: "Tự động lưu", restore: "Khôi phục", import: "Nhập từ cổng cũ" };

/** The two revisions to compare: ?a= (older) and ?b= (newer), else the two newest. */
export function chosenRevisions(query: Record<string, string | string[] | undefined>, revisions: readonly RevisionRow[]) {
  return { olderId: recordIdFrom(query.a) ?? revisions[1]?.id ?? null, newerId: recordIdFrom(query.b) ?? revisions[0]?.id ?? null };
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
      <form method="get" className="space-y-3">
        <Table
          caption="Các bản đã lưu, mới nhất trước; chọn hai bản để so sánh"
          rows={revisions}
          rowKey={(revision) => revision.id}
          columns={[
            { header: "Bản cũ", cell: (revision) => <input type="radio" name="a" value={revision.id} defaultChecked={revision.id === olderId} aria-label={`So sánh từ bản #${revision.version}`} className="size-5" /> },
            { header: "Bản mới", cell: (revision) => <input type="radio" name="b" value={revision.id} defaultChecked={revision.id === newerId} aria-label={`So sánh tới bản #${revision.version}`} className="size-5" /> },
            { header: "Bản", cell: (revision) => `#${revision.version}` },
            { header: "Lúc", className: "whitespace-nowrap", cell: (revision) => formatShortDateTime(revision.savedAt) },
            { header: "Người lưu", cell: (revision) => revision.savedByName ?? "—" },
            { header: "Cách lưu", cell: (revision) => kindLabels[revision.kind] },
            {
              header: "Khôi phục",
              headerHidden: true,
              cell: (revision) =>
                restore && revision.version !== currentVersion && (
                  <RestoreRevisionButton target={restore.target} revisionId={revision.id} baseVersion={currentVersion} label={`bản #${revision.version}`} restore={restore.action} />
                ),
            },
          ]}
        />
        <div><Button type="submit">So sánh hai bản đã chọn</Button></div>
      </form>
      {compared ? (
        <RevisionDiff comparison={compared.comparison} leftTitle={describe(compared.older)} rightTitle={describe(compared.newer)} bodyLabel={bodyLabel} />
      ) : (
        <p className="rounded bg-white p-4">{nothingToCompare}</p>
      )}
    </>
  );
}
