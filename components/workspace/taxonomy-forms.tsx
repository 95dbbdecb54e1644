"use client";

import { Input, Select, typedAsIs } from "@/components/ui/field";
import { Button, buttonClasses } from "@/components/ui/button";
import { PhoneFold } from "@/components/ui/phone-fold";
import { useConfirm } from "@/components/ui/confirm-dialog";
import { ActionOutcome } from "./action-outcome";
import { FieldError } from "@/components/ui/field-error";
import { useKeptForm, type FormAction } from "./use-kept-form";
import { MoveButtons } from "./move-buttons";

type ParentOption = { id: number; name: string; depth: number };
export type TaxonomyKind = "unit" | "category";
export type TaxonomyItem = { id: number; name: string; shortName?: string; slug: string; parentId?: number | null; depth: number; usedBy: string };
export type TaxonomyActions = { update: FormAction; move: FormAction; remove: FormAction };

const noun = { unit: "đơn vị", category: "chuyên mục" } as const;

function ParentSelect({ parents, defaultValue, exceptId, label }: { parents: ParentOption[]; defaultValue: number | null; exceptId?: number; label: string }) {
  return (
    <Select look="compact" name="parentId" defaultValue={defaultValue ?? ""} aria-label={label}>
      <option value="">— Cấp cao nhất —</option>
      {parents.filter((p) => p.id !== exceptId).map((p) => (
        <option key={p.id} value={p.id}>{"\u00a0\u00a0".repeat(p.depth) + p.name}</option>
      ))}
    </Select>
  );
}

/** Adds a unit or a category; the slug may be left empty and is then made from the name. */
export function TaxonomyCreateForm({ kind, action, parents = [] }: { kind: TaxonomyKind; action: FormAction; parents?: ParentOption[] }) {
  const { state, pending, formProps } = useKeptForm(action, { resetOnSuccess: true });
  const errors = state && !state.ok ? state.fieldErrors ?? {} : {};
  const headingId = `them-${kind}`;
  // On a phone it folds under one button, so the list is on the first screen.
  return (
    <PhoneFold summary={`+ Thêm ${noun[kind]}`} summaryClassName={buttonClasses({ variant: "secondary" })}>
      <form {...formProps} className="grid gap-3 rounded border border-neutral-200 bg-white p-4 max-sm:mt-3 sm:grid-cols-2 lg:grid-cols-4" aria-labelledby={headingId}>
        <h2 id={headingId} className="text-lg font-bold text-brand-900 max-sm:sr-only sm:col-span-2 lg:col-span-4">Thêm {noun[kind]}</h2>
        <label className="min-w-0 text-sm font-semibold">Tên {noun[kind]}
          <Input look="compact" name="name" required aria-describedby="name-error" /><FieldError id="name-error" messages={errors.name} />
        </label>
        {kind === "unit" && (
          <label className="min-w-0 text-sm font-semibold">Tên viết tắt
            <Input look="compact" name="shortName" placeholder="Để trống: dùng tên đầy đủ" aria-describedby="shortName-error" /><FieldError id="shortName-error" messages={errors.shortName} />
          </label>
        )}
        <label className="min-w-0 text-sm font-semibold">Đường dẫn
          <Input look="compact" name="slug" placeholder="Để trống: tạo từ tên" {...typedAsIs} aria-describedby="slug-error" /><FieldError id="slug-error" messages={errors.slug} />
        </label>
        {kind === "unit" && (
          <label className="min-w-0 text-sm font-semibold">Trực thuộc
            <ParentSelect parents={parents} defaultValue={null} label="Đơn vị cấp trên" /><FieldError id="parentId-error" messages={errors.parentId} />
          </label>
        )}
        <div className="flex items-end"><Button type="submit" disabled={pending}>Thêm {noun[kind]}</Button></div>
        <div className="sm:col-span-2 lg:col-span-4"><ActionOutcome state={state} /></div>
      </form>
    </PhoneFold>
  );
}

/** One unit or category: rename (and move in the tree), move up or down, delete when unused. */
export function TaxonomyRow({ kind, item, parents = [], actions }: { kind: TaxonomyKind; item: TaxonomyItem; parents?: ParentOption[]; actions: TaxonomyActions }) {
  const update = useKeptForm(actions.update);
  const move = useKeptForm(actions.move);
  const remove = useKeptForm(actions.remove);
  const { confirmSubmit, dialog } = useConfirm();
  const errors = update.state && !update.state.ok ? update.state.fieldErrors ?? {} : {};
  const prefix = `${kind}-${item.id}`;
  return (
    <li className="rounded border border-neutral-200 bg-white p-3" style={{ marginLeft: `${item.depth * 1.5}rem` }} data-testid={`${kind}-row`}>
      {/* On a phone the fields fold under the name, so a tree of thirty units is thirty short boxes. */}
      <PhoneFold summary={<><span className="text-neutral-900">{item.name}</span> <span className="text-xs font-normal underline">Sửa</span></>}>
        <form {...update.formProps} className="flex flex-wrap items-end gap-2" aria-label={`Sửa ${noun[kind]} ${item.name}`}>
          <input type="hidden" name="id" value={item.id} />
          <label className="min-w-48 flex-1 text-xs font-semibold">Tên
            <Input look="compact" name="name" defaultValue={item.name} required aria-describedby={`${prefix}-name-error`} /><FieldError id={`${prefix}-name-error`} messages={errors.name} />
          </label>
          {kind === "unit" && (
            <label className="w-40 text-xs font-semibold">Tên viết tắt
              <Input look="compact" name="shortName" defaultValue={item.shortName} />
            </label>
          )}
          <label className="w-56 text-xs font-semibold">Đường dẫn
            <Input look="compact" name="slug" defaultValue={item.slug} {...typedAsIs} aria-describedby={`${prefix}-slug-error`} /><FieldError id={`${prefix}-slug-error`} messages={errors.slug} />
          </label>
          {kind === "unit" && (
            <label className="w-56 text-xs font-semibold">Trực thuộc
              <ParentSelect parents={parents} defaultValue={item.parentId ?? null} exceptId={item.id} label={`Đơn vị cấp trên của ${item.name}`} /><FieldError id={`${prefix}-parentId-error`} messages={errors.parentId} />
            </label>
          )}
          <Button type="submit" variant="secondary" size="small" disabled={update.pending}>Lưu</Button>
        </form>
      </PhoneFold>
      <div className="mt-2 flex flex-wrap items-center gap-2">
        <p className="mr-auto text-xs text-neutral-700">{item.usedBy}</p>
        <MoveButtons formProps={move.formProps} pending={move.pending} fields={{ id: item.id }} name={item.name} />
        <form
          {...remove.formProps}
          onSubmit={(event) => {
            const question = { title: `Xóa ${noun[kind]} “${item.name}”?`, body: `${noun[kind].charAt(0).toUpperCase()}${noun[kind].slice(1)} này sẽ bị xóa khỏi danh sách và không thể hoàn tác.`, confirmLabel: `Xóa ${noun[kind]}` };
            if (confirmSubmit(event, question)) remove.formProps.onSubmit(event);
          }}
          className="contents"
        >
          <input type="hidden" name="id" value={item.id} />
          <Button type="submit" variant="danger" size="small" disabled={remove.pending}>Xóa</Button>
        </form>
      </div>
      <ActionOutcome state={update.state} />
      <ActionOutcome state={move.state} />
      <ActionOutcome state={remove.state} />
      {dialog}
    </li>
  );
}
