"use client";

import { Button } from "@/components/ui/button";
import type { ActionFailure, ActionResult } from "@/core/action-result";
import { useConfirm } from "@/components/ui/confirm-dialog";
import { Input, Label } from "@/components/ui/field";
import { FieldError } from "@/components/ui/field-error";
import { ActionOutcome } from "./action-outcome";
import { type FormAction, useKeptForm } from "./use-kept-form";
import { MoveButtons } from "./move-buttons";

export type DocumentListRow = { id: number; name: string; documentCount: number };
export type DocumentListActions = { add: FormAction; rename: FormAction; move: FormAction; remove: FormAction };

/** A refused name says why in the outcome line (a rename has no field of its own to put it by). */
function withNameProblem(state: ActionResult | ActionFailure | null) {
  return state && !state.ok && state.fieldErrors?.name ? { ...state, formError: state.fieldErrors.name.join(" ") } : state;
}

type Props = { kind: "form" | "issuer"; title: string; thing: string; rows: DocumentListRow[]; actions: DocumentListActions };

/**
 * One of the register's lists (the forms, or the outside issuing bodies): add an entry, rename one,
 * move it up or down, delete one no document names. What the last change did, or why it was
 * refused, is said above the list.
 */
export function DocumentListEditor({ kind, title, thing, rows, actions }: Props) {
  const add = useKeptForm(actions.add, { resetOnSuccess: true });
  const rename = useKeptForm(actions.rename);
  const move = useKeptForm(actions.move);
  const remove = useKeptForm(actions.remove);
  const { confirmSubmit, dialog } = useConfirm();
  const headingId = `danh-sach-${kind}`;
  const addErrors = add.state && !add.state.ok ? add.state.fieldErrors?.name : undefined;
  return (
    <section aria-labelledby={headingId} className="space-y-3 rounded border border-neutral-200 bg-white p-4">
      <h2 id={headingId} className="text-lg font-bold text-brand-900">{title}</h2>
      {add.state?.ok && <ActionOutcome state={add.state} />}
      {[rename, move, remove].map((form, index) => <ActionOutcome key={index} state={withNameProblem(form.state)} />)}
      <form {...add.formProps} className="flex flex-wrap items-end gap-2">
        <input type="hidden" name="kind" value={kind} />
        <div className="min-w-0 flex-1">
          <Label htmlFor={`them-${kind}`}>Thêm {thing}</Label>
          <Input id={`them-${kind}`} name="name" aria-invalid={addErrors ? true : undefined} aria-describedby={`them-${kind}-loi`} />
          <FieldError id={`them-${kind}-loi`} messages={addErrors ?? (add.state && !add.state.ok && !add.state.fieldErrors ? [add.state.formError ?? ""] : undefined)} />
        </div>
        <Button type="submit" disabled={add.pending}>Thêm</Button>
      </form>
      {rows.length === 0 ? (
        <p className="text-sm text-neutral-700">Danh sách còn trống.</p>
      ) : (
        <ol className="space-y-2">
          {rows.map((row, index) => (
            <li key={row.id} className="flex flex-wrap items-center gap-2 rounded border border-neutral-200 p-2">
              {/* 16rem to start from: on a phone the count and the buttons go under the name rather than under its field. */}
              <form {...rename.formProps} className="flex min-w-0 flex-1 basis-64 flex-wrap items-center gap-2">
                <input type="hidden" name="kind" value={kind} />
                <input type="hidden" name="id" value={row.id} />
                <label className="sr-only" htmlFor={`ten-${kind}-${row.id}`}>Tên {thing} “{row.name}”</label>
                <Input id={`ten-${kind}-${row.id}`} name="name" defaultValue={row.name} className="mt-0 min-w-40 flex-1" />
                <Button type="submit" variant="outline" size="small" disabled={rename.pending}>Đổi tên</Button>
              </form>
              <span className="text-xs text-neutral-700">{row.documentCount} văn bản</span>
              <MoveButtons formProps={move.formProps} pending={move.pending} fields={{ kind, id: row.id }} name={row.name} atTop={index === 0} atBottom={index === rows.length - 1} />
              <form
                {...remove.formProps}
                onSubmit={(event) => {
                  if (confirmSubmit(event, { title: `Xóa ${thing} “${row.name}”?`, body: "Mục này sẽ không còn trong danh sách để chọn.", confirmLabel: "Xóa" })) remove.formProps.onSubmit(event);
                }}
                className="contents"
              >
                <input type="hidden" name="kind" value={kind} />
                <input type="hidden" name="id" value={row.id} />
                <Button type="submit" variant="danger" size="small" disabled={remove.pending} aria-label={`Xóa ${row.name}`}>Xóa</Button>
              </form>
            </li>
          ))}
        </ol>
      )}
      {dialog}
    </section>
  );
}
