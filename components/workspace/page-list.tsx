"use client";

import { useConfirm } from "@/components/ui/confirm-dialog";
import Link from "next/link";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { pageLanguageNames, pageStatusLabels, type PageLanguage, type PageStatus } from "@/core/schemas/page";
import { ActionOutcome } from "./action-outcome";
import { useKeptForm, type FormAction } from "./use-kept-form";
import { MoveButtons } from "./move-buttons";

/** A page as the list shows it, its last save already put in words on the server. */
export type PageListRow = { id: number; title: string; status: PageStatus; lang: PageLanguage; depth: number; lastSaved: string; publicPath: string };

type PageListProps = { rows: PageListRow[]; actions: { move: FormAction; remove: FormAction } };

/**
 * The pages as a tree, each with its status, last save and public address, moved up or down among
 * its siblings or deleted. What the last move or deletion did, or why it was refused, is said above
 * the list: a deleted page's row is gone by then.
 */
export function PageList({ rows, actions }: PageListProps) {
  const move = useKeptForm(actions.move);
  const remove = useKeptForm(actions.remove);
  const { confirmSubmit, dialog } = useConfirm();
  return (
    <div className="space-y-3">
      <ActionOutcome state={remove.state} />
      <ActionOutcome state={move.state} />
      <ul className="space-y-2" aria-label="Các trang giới thiệu">
        {rows.map((row) => (
          <li key={row.id} className="flex flex-wrap items-center gap-3 rounded border border-neutral-200 bg-white p-3" style={{ marginLeft: `${row.depth * 1.5}rem` }}>
            <div className="min-w-60 flex-1 space-y-1">
              <p className="flex flex-wrap items-center gap-2">
                <Link href={`/quan-tri/trang/${row.id}`} className="font-semibold text-brand-900 underline-offset-2 hover:underline">{row.title}</Link>
                <Badge tone={row.status === "published" ? "green" : "neutral"}>{pageStatusLabels[row.status]}</Badge>
                {row.lang !== "vi" && <Badge tone="sky">{pageLanguageNames[row.lang]}</Badge>}
              </p>
              <p className="text-xs text-neutral-700">
                Lưu lần cuối: {row.lastSaved}
                {row.status === "published" && (
                  <>
                    {" · "}
                    <a href={row.publicPath} target="_blank" rel="noreferrer" className="text-brand-700 underline">{row.publicPath}</a>
                  </>
                )}
              </p>
            </div>
            <div className="flex flex-wrap items-center gap-2">
              <MoveButtons formProps={move.formProps} pending={move.pending} fields={{ pageId: row.id }} name={row.title} variant="secondary" />
              <form
                {...remove.formProps}
                onSubmit={(event) => {
                  const question = { title: `Xóa hẳn trang “${row.title}”?`, body: "Trang và các bản lưu của nó sẽ bị xóa, địa chỉ của trang không mở được nữa. Không thể hoàn tác.", confirmLabel: "Xóa hẳn trang" };
                  if (confirmSubmit(event, question)) remove.formProps.onSubmit(event);
                }}
                className="contents"
              >
                <input type="hidden" name="pageId" value={row.id} />
                <Button type="submit" variant="danger" size="small" disabled={remove.pending} aria-label={`Xóa trang ${row.title}`}>Xóa</Button>
              </form>
            </div>
          </li>
        ))}
      </ul>
      {dialog}
    </div>
  );
}
