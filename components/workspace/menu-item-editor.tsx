"use client";

import { useState, type DragEvent } from "react";
import { Button } from "@/components/ui/button";
import { PhoneFold } from "@/components/ui/phone-fold";
import { Input, Select, typedAsIs } from "@/components/ui/field";
import { useInBrowser } from "@/components/ui/use-in-browser";
import { isTargetKind, MENU_KINDS, menuFlagLabels, menuItemName, menuKindLabels, type MenuField, type MenuFlag, type MenuKind, type MenuNode, type MenuTargets, type TargetKind } from "@/core/menu-tree";
import { treeOrder } from "@/core/unit-tree";
import { FieldError } from "@/components/ui/field-error";

export type MenuItemCommand = "up" | "down" | "indent" | "outdent" | "remove";
export type DropPosition = "before" | "after";

type MenuItemEditorProps = {
  node: MenuNode;
  /** 1-based, among its siblings; parent is the item it is under, if any. */
  position: number;
  parent: MenuNode | null;
  targets: MenuTargets;
  flag: MenuFlag | null;
  errors: Partial<Record<MenuField, string[]>>;
  dropHint: DropPosition | null;
  onChange: (patch: Partial<Omit<MenuNode, "key" | "children">>) => void;
  onCommand: (command: MenuItemCommand) => void;
  onDragStart: () => void;
  onDragOver: (position: DropPosition) => void;
  onDrop: (position: DropPosition) => void;
  onDragEnd: () => void;
};

const labelClass = "block text-xs font-semibold";
const targetLabels: Record<TargetKind, string> = { category: "Chuyên mục", unit: "Đơn vị", page: "Trang" };

function TargetSelect({ node, kind, targets, errorId, invalid, onChange }: { node: MenuNode; kind: TargetKind; targets: MenuTargets; errorId: string; invalid: boolean; onChange: (target: { id: number; name: string } | null) => void }) {
  const options = treeOrder(targets[kind]);
  const missing = node.targetId !== null && !options.some((option) => option.id === node.targetId);
  return (
    <Select
      data-control="target"
      value={node.targetId ?? ""}
      aria-invalid={invalid || undefined}
      aria-describedby={errorId}
      onChange={(event) => {
        const chosen = options.find((option) => option.id === Number(event.target.value));
        onChange(chosen ? { id: chosen.id, name: chosen.name } : null);
      }}
    >
      <option value="">— Chọn {targetLabels[kind].toLowerCase()} —</option>
      {missing && <option value={node.targetId ?? ""}>({menuFlagLabels.deleted})</option>}
      {options.map((option) => (
        <option key={option.id} value={option.id}>
          {"\u00a0\u00a0".repeat(option.depth) + option.name + (option.isPublished === false ? " (chưa đăng)" : "")}
        </option>
      ))}
    </Select>
  );
}

/** Where in the row the pointer is: its top half drops before it, its bottom half after. */
function dropPosition(event: DragEvent<HTMLElement>): DropPosition {
  const box = event.currentTarget.getBoundingClientRect();
  return event.clientY < box.top + box.height / 2 ? "before" : "after";
}

/** One item of the menu screen: its label and target, what readers will not see, and the buttons that move it. */
export function MenuItemEditor({ node, position, parent, targets, flag, errors, dropHint, onChange, onCommand, onDragStart, onDragOver, onDrop, onDragEnd }: MenuItemEditorProps) {
  const name = menuItemName(node);
  const ready = useInBrowser();
  const id = (field: string) => `menu-${node.key}-${field}`;
  const changeKind = (kind: MenuKind) => {
    const label = node.label.trim() === "" && kind === "home" ? "Trang chủ" : node.label;
    onChange({ kind, label, targetId: kind === node.kind ? node.targetId : null, url: kind === "path" || kind === "external" ? node.url : "" });
  };
  const hint = dropHint === "before" ? "border-t-4 border-t-brand-700" : dropHint === "after" ? "border-b-4 border-b-brand-700" : "";
  // On a phone the fields fold under one line, so the menu's order can be seen and changed on a few
  // screens; a new item (nothing chosen yet) starts open, and MenuEditor opens the items a save refused.
  const [isNew] = useState(() => node.label.trim() === "" && node.targetId === null && node.url === "");
  return (
    <fieldset
      className={`rounded border border-neutral-300 bg-white p-3 ${hint}`}
      onDragOver={(event) => {
        event.preventDefault();
        event.dataTransfer.dropEffect = "move";
        onDragOver(dropPosition(event));
      }}
      onDrop={(event) => {
        event.preventDefault();
        onDrop(dropPosition(event));
      }}
    >
      <legend className="px-1 text-xs font-semibold text-neutral-700">
        {parent ? `Mục con ${position} của “${menuItemName(parent)}”` : `Mục ${position}`}: {name}
      </legend>
      <PhoneFold open={isNew} summary={<>Sửa tên, nơi trỏ tới<span className="sr-only"> của “{name}”</span>…</>} summaryClassName="py-1 text-sm font-semibold text-brand-800">
        <div className="flex flex-wrap items-start gap-3">
          <span
            draggable={ready}
            onDragStart={(event) => {
              event.dataTransfer.effectAllowed = "move";
              event.dataTransfer.setData("text/plain", node.key);
              const row = event.currentTarget.closest("fieldset");
              if (row) event.dataTransfer.setDragImage(row, 16, 16);
              onDragStart();
            }}
            onDragEnd={onDragEnd}
            title="Kéo để đổi chỗ"
            aria-hidden="true"
            className="mt-6 cursor-grab select-none px-1 text-lg leading-none text-neutral-600"
          >
            ⠿
          </span>
          <div className="min-w-48 flex-1">
            <label className={labelClass}>
              Tên hiển thị
              <Input data-control="label" value={node.label} aria-invalid={errors.label ? true : undefined} aria-describedby={id("label-error")} onChange={(event) => onChange({ label: event.target.value })} />
            </label>
            <FieldError id={id("label-error")} messages={errors.label} />
          </div>
          <label className={`w-48 ${labelClass}`}>
            Trỏ tới
            <Select data-control="kind" value={node.kind} onChange={(event) => changeKind(event.target.value as MenuKind)}>
              {MENU_KINDS.map((kind) => (
                <option key={kind} value={kind}>{menuKindLabels[kind]}</option>
              ))}
            </Select>
          </label>
          {isTargetKind(node.kind) && (
            <div className="min-w-56 flex-1">
              <label className={labelClass}>
                {targetLabels[node.kind]}
                <TargetSelect
                  node={node}
                  kind={node.kind}
                  targets={targets}
                  errorId={id("target-error")}
                  invalid={Boolean(errors.target)}
                  onChange={(target) => onChange({ targetId: target?.id ?? null, label: node.label.trim() === "" && target ? target.name : node.label })}
                />
              </label>
              <FieldError id={id("target-error")} messages={errors.target} />
            </div>
          )}
          {(node.kind === "path" || node.kind === "external") && (
            <div className="min-w-56 flex-1">
              <label className={labelClass}>
                {node.kind === "path" ? "Đường dẫn" : "Địa chỉ liên kết"}
                <Input
                  data-control="url"
                  value={node.url}
                  inputMode="url"
                  {...typedAsIs}
                  placeholder={node.kind === "path" ? "/tin-tuc" : "https://congdoan.vn"}
                  aria-invalid={errors.url ? true : undefined}
                  aria-describedby={id("url-error")}
                  onChange={(event) => onChange({ url: event.target.value })}
                />
              </label>
              <FieldError id={id("url-error")} messages={errors.url} />
            </div>
          )}
        </div>
      </PhoneFold>
      {flag && (
        <p className={`mt-2 text-sm font-semibold ${flag === "deleted" ? "text-accent-700" : "text-amber-800"}`}>
          <span className={`mr-2 rounded px-2 py-0.5 text-xs ${flag === "deleted" ? "bg-red-100" : "bg-amber-100"}`}>{menuFlagLabels[flag]}</span>
          {flag === "deleted" ? "Mục này đang bị ẩn trên trang tin: hãy chọn đích khác hoặc xóa mục." : "Mục này bị ẩn trên trang tin cho đến khi trang được đăng."}
          {node.children.length > 0 && " Các mục con của nó cũng bị ẩn."}
        </p>
      )}
      <FieldError id={id("parent-error")} messages={errors.parent} />
      <div className="mt-2 flex flex-wrap gap-2">
        <Button size="small" variant="outline" data-control="up" aria-label={`Chuyển “${name}” lên`} onClick={() => onCommand("up")}>
          <span aria-hidden="true">↑</span> Lên
        </Button>
        <Button size="small" variant="outline" data-control="down" aria-label={`Chuyển “${name}” xuống`} onClick={() => onCommand("down")}>
          <span aria-hidden="true">↓</span> Xuống
        </Button>
        {parent ? (
          <Button size="small" variant="outline" data-control="outdent" aria-label={`Đưa “${name}” ra cấp trên`} onClick={() => onCommand("outdent")}>
            <span aria-hidden="true">←</span> Ra cấp trên
          </Button>
        ) : (
          <Button size="small" variant="outline" data-control="indent" aria-label={`Đưa “${name}” thành mục con`} onClick={() => onCommand("indent")}>
            <span aria-hidden="true">→</span> Thành mục con
          </Button>
        )}
        <Button size="small" variant="danger" data-control="remove" aria-label={`Xóa “${name}”`} onClick={() => onCommand("remove")}>
          Xóa
        </Button>
      </div>
    </fieldset>
  );
}
