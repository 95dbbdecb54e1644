"use client";

import { useConfirm } from "@/components/ui/confirm-dialog";
import { useEffect, useRef, useState } from "react";
import { flushSync } from "react-dom";
import { Button } from "@/components/ui/button";
import { SaveBar } from "@/components/ui/save-bar";
import { useInBrowser } from "@/components/ui/use-in-browser";
import { dropMenuItem, indentMenuItem, moveMenuItem, outdentMenuItem, removeMenuItem, updateMenuItem, type MenuMove } from "@/core/menu-moves";
import { flattenMenu, menuFieldKey, menuFingerprint, menuFlags, menuItemName, type MenuField, type MenuNode, type MenuTargets } from "@/core/menu-tree";
import { ActionOutcome } from "./action-outcome";
import { MenuItemEditor, type DropPosition, type MenuItemCommand } from "./menu-item-editor";
import { useKeptForm, type FormAction } from "./use-kept-form";
import { useAskBeforeLeaving } from "./use-leave-guard";

type MenuEditorProps = { initialTree: MenuNode[]; targets: MenuTargets; fingerprint: string; action: FormAction<{ fingerprint: string }> };

const FIELDS: MenuField[] = ["label", "target", "url", "parent"];
// After a move the row may be drawn somewhere else: the focus follows it to the first of these that exists.
const focusAfter: Record<MenuItemCommand, string[]> = { up: ["up"], down: ["down"], indent: ["outdent", "indent"], outdent: ["indent", "outdent"], remove: [] };

let added = 0;
const newKey = () => `n${Date.now().toString(36)}${++added}`;

/**
 * The menu screen: the whole tree is edited here and saved at once. A refused save (a problem in
 * an item, another tab's save first) leaves every item where the admin put it, with the reasons.
 */
export function MenuEditor({ initialTree, targets, fingerprint, action }: MenuEditorProps) {
  const [tree, setTree] = useState(initialTree);
  const [base, setBase] = useState(fingerprint);
  const [latest, setLatest] = useState<string | null>(null);
  const [announcement, setAnnouncement] = useState("");
  const [dragKey, setDragKey] = useState<string | null>(null);
  const [dropHint, setDropHint] = useState<{ key: string; position: DropPosition } | null>(null);
  const ready = useInBrowser();
  const { confirm, dialog } = useConfirm();
  const pendingFocus = useRef<{ key: string | null; controls: string[] } | null>(null);

  const { state, pending, form, formProps } = useKeptForm<{ fingerprint: string }>(async (previous, formData) => {
    const result = await action(previous, formData);
    if (result.ok) {
      setBase(result.fingerprint);
      setLatest(null);
    } else {
      setLatest("latestFingerprint" in result && typeof result.latestFingerprint === "string" ? result.latestFingerprint : null);
    }
    return result;
  });
  const errors = state && !state.ok ? (state.fieldErrors ?? {}) : {};
  const flags = menuFlags(tree, targets);

  // A refused save opens the items it names where a phone had folded them, so each reason is in sight by its field.
  useEffect(() => {
    if (!state || state.ok) return;
    form.current?.querySelectorAll("details:has([aria-invalid=true])").forEach((fold) => ((fold as HTMLDetailsElement).open = true));
  }, [state, form]);

  useEffect(() => {
    const target = pendingFocus.current;
    if (!target) return;
    pendingFocus.current = null;
    const row = target.key === null ? null : document.querySelector(`[data-menu-key="${target.key}"]`);
    const control = target.controls.map((name) => (row ? row.querySelector<HTMLElement>(`:scope > fieldset [data-control="${name}"]`) : document.querySelector<HTMLElement>(`[data-control="${name}"]`))).find(Boolean);
    // A field folded on a phone is opened first: a folded field takes no focus.
    const fold = control?.closest("details");
    if (fold) fold.open = true;
    control?.focus();
  });

  const apply = (move: MenuMove, focus?: { key: string | null; controls: string[] }) => {
    setTree(move.tree);
    // The same words twice would not be read again: a trailing space makes them new.
    setAnnouncement((before) => (move.announcement === before.trim() ? `${move.announcement} ` : move.announcement));
    if (focus) pendingFocus.current = focus;
  };

  const remove = (node: MenuNode) => {
    // The focus goes to the item that takes its place, or the one before it, or "Thêm mục".
    const order = tree.flatMap((top) => [top, ...top.children]);
    const at = order.findIndex((item) => item.key === node.key);
    const next = order[at + 1 + node.children.length] ?? order[at - 1];
    apply(removeMenuItem(tree, node.key), { key: next?.key ?? null, controls: next ? ["label"] : ["add"] });
  };

  const command = (node: MenuNode, name: MenuItemCommand) => {
    if (name === "remove") {
      if (node.children.length === 0) return remove(node);
      const question = { title: `Xóa “${menuItemName(node)}” cùng ${node.children.length} mục con?`, body: "Mục này và các mục con của nó sẽ rời khỏi menu khi bạn bấm Lưu menu; các trang và chuyên mục mà chúng trỏ tới vẫn còn.", confirmLabel: "Xóa cả mục con" };
      void confirm(question).then((yes) => yes && remove(node));
      return;
    }
    const moves = { up: () => moveMenuItem(tree, node.key, "up"), down: () => moveMenuItem(tree, node.key, "down"), indent: () => indentMenuItem(tree, node.key), outdent: () => outdentMenuItem(tree, node.key) };
    apply(moves[name](), { key: node.key, controls: focusAfter[name] });
  };

  const add = () => {
    const node: MenuNode = { key: newKey(), label: "", kind: "page", targetId: null, url: "", children: [] };
    apply({ tree: [...tree, node], announcement: `Đã thêm một mục mới ở cuối menu, vị trí ${tree.length + 1}: hãy chọn nơi nó trỏ tới và đặt tên.` }, { key: node.key, controls: ["target", "label"] });
  };

  const overwrite = () => {
    if (!latest) return;
    flushSync(() => setBase(latest));
    form.current?.requestSubmit();
  };

  const row = (node: MenuNode, index: number, parent: MenuNode | null) => (
    <li key={node.key} data-menu-key={node.key} data-testid="menu-item" className={dragKey === node.key ? "opacity-50" : ""}>
      <MenuItemEditor
        node={node}
        position={index + 1}
        parent={parent}
        targets={targets}
        flag={flags[node.key] ?? null}
        errors={Object.fromEntries(FIELDS.map((field) => [field, errors[menuFieldKey(node.key, field)]]))}
        dropHint={dropHint?.key === node.key ? dropHint.position : null}
        onChange={(patch) => setTree((current) => updateMenuItem(current, node.key, patch))}
        onCommand={(name) => command(node, name)}
        onDragStart={() => setDragKey(node.key)}
        onDragOver={(position) => {
          if (dragKey === null || dragKey === node.key) return;
          setDropHint((hint) => (hint?.key === node.key && hint.position === position ? hint : { key: node.key, position }));
        }}
        onDrop={(position) => {
          if (dragKey) apply(dropMenuItem(tree, dragKey, node.key, position));
          setDragKey(null);
          setDropHint(null);
        }}
        onDragEnd={() => {
          setDragKey(null);
          setDropHint(null);
        }}
      />
      {node.children.length > 0 && (
        <ul className="ml-6 mt-2 space-y-2 border-l-2 border-brand-100 pl-4 sm:ml-10" aria-label={`Mục con của ${menuItemName(node)}`}>
          {node.children.map((child, childIndex) => row(child, childIndex, node))}
        </ul>
      )}
    </li>
  );

  const unsaved = menuFingerprint(tree) !== base;
  useAskBeforeLeaving(unsaved);
  return (
    <form {...formProps} noValidate aria-label="Sửa menu" className="space-y-4">
      <input type="hidden" name="menu" value={JSON.stringify(flattenMenu(tree))} />
      <input type="hidden" name="base" value={base} />
      {tree.length === 0 ? (
        <p className="rounded border border-dashed border-neutral-400 bg-white p-4 text-sm">
          Menu đang trống: trang tin hiện Trang chủ, Tất cả tin và các chuyên mục. Thêm mục để tự sắp xếp menu.
        </p>
      ) : (
        <ul className="space-y-3" aria-label="Các mục menu">
          {tree.map((node, index) => row(node, index, null))}
        </ul>
      )}
      <Button variant="secondary" data-control="add" disabled={!ready} onClick={add}>
        + Thêm mục
      </Button>
      <p role="status" aria-live="polite" className="min-h-5 text-sm text-brand-900" data-testid="thong-bao-menu">
        {announcement}
      </p>
      <SaveBar>
        <Button type="submit" variant="primary" disabled={pending || !ready}>
          {pending ? "Đang lưu…" : "Lưu menu"}
        </Button>
        {unsaved && <span className="text-sm text-amber-800">Có thay đổi chưa lưu.</span>}
        {latest && (
          <Button variant="danger" onClick={overwrite} disabled={pending}>
            Lưu đè bằng menu của tôi
          </Button>
        )}
        <div className="basis-full">
          <ActionOutcome state={state} />
        </div>
      </SaveBar>
      {dialog}
    </form>
  );
}
