"use client";

import { TableKit } from "@tiptap/extension-table";
import { Placeholder } from "@tiptap/extensions";
import { EditorContent, useEditor, useEditorState, type Editor } from "@tiptap/react";
import { StarterKit } from "@tiptap/starter-kit";
import { useEffect, useMemo, useRef, useState, type JSX, type KeyboardEvent } from "react";
import { Figcaption, Figure, FigureImage, FigureUpload, editFigureAlt, insertFigure, selectedFigureImage, type FigureInput } from "./figure-extension";

export type EditorImage = { src: string; srcSet: string; width: number; height: number; alt: string };

type RichTextEditorProps = {
  /** The stored (sanitised) HTML to start from. */
  initialHtml: string;
  /** Called with the editor's HTML on every change. */
  onChange: (html: string) => void;
  /** Opens the media library / upload dialog; resolves with the chosen image and an optional caption, or null if cancelled. */
  pickImage: () => Promise<(EditorImage & { caption?: string }) | null>;
  /** Stores a file dropped or pasted into the editor; resolves with the stored image, or null when it was refused (the caller shows why). */
  uploadImage: (file: File) => Promise<EditorImage | null>;
  /** id of the visible label element of the field ("Nội dung"). */
  labelledBy: string;
  /** id of an element describing an error, if any. */
  describedBy?: string;
};

const LINK_SCHEMES = new Set(["http", "https", "mailto", "tel"]);

/** The server's sanitiser keeps the same links: http(s), mailto, tel or relative; never javascript:, data: … */
function isAllowedHref(raw: string): boolean {
  // Browsers ignore tabs and newlines inside a URL, so "java\tscript:" is judged without them.
  const url = raw.replace(/[\t\n\r]/g, "").trim();
  if (url === "" || /[\x00-\x1f\x7f]/.test(url)) return false;
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(url)?.[1];
  if (scheme !== undefined) return LINK_SCHEMES.has(scheme.toLowerCase());
  return !(url.split(/[/?#]/, 1)[0] ?? "").includes(":");
}

/** "baodientu.vn/a" → "https://baodientu.vn/a", "ban@congdoan.vn" → "mailto:ban@congdoan.vn"; links to our own pages stay relative. */
function withScheme(url: string): string {
  if (url === "" || /^[a-z][a-z0-9+.-]*:/i.test(url) || /^[/?#]/.test(url)) return url;
  return /^[^\s@/]+@[^\s@/]+\.[^\s@/]+$/.test(url) ? `mailto:${url}` : `https://${url}`;
}

function editLink(editor: Editor): void {
  const current: unknown = editor.getAttributes("link").href;
  const answer = window.prompt("Địa chỉ liên kết (https://…):", typeof current === "string" ? current : "");
  if (answer === null) return;
  const href = withScheme(answer.trim());
  const chain = editor.chain().focus().extendMarkRange("link");
  if (href === "") {
    chain.unsetLink().run();
  } else if (!isAllowedHref(href)) {
    window.alert("Chỉ dùng được liên kết http://, https://, mailto: hoặc tel:.");
  } else if (editor.state.selection.empty && !editor.isActive("link")) {
    // With nothing selected the address itself becomes the link text.
    chain.insertContent({ type: "text", text: href, marks: [{ type: "link", attrs: { href } }] }).run();
  } else {
    chain.setLink({ href }).run();
  }
}

type Tool = {
  label: string;
  /** Shown instead of the label when a symbol says it shorter; the label stays the name and tooltip. */
  symbol?: string;
  symbolClass?: string;
  /** Present on toggles, which then report aria-pressed. */
  isActive?: (editor: Editor) => boolean;
  can: (editor: Editor) => boolean;
  /** Its result (a command's success, a promise) is not used. */
  run: (editor: Editor, pickImage: RichTextEditorProps["pickImage"]) => unknown;
  /** Shown only where it applies: inside a table or a figure. */
  within?: "table" | "figure";
};

const TABLE = { rows: 3, cols: 3, withHeaderRow: true };

const TOOL_GROUPS: Tool[][] = [
  [
    { label: "Đoạn văn", symbol: "¶", isActive: (e) => e.isActive("paragraph"), can: (e) => e.isActive("paragraph") || e.can().setParagraph(), run: (e) => e.chain().focus().setParagraph().run() },
    { label: "Tiêu đề 2", symbol: "H2", isActive: (e) => e.isActive("heading", { level: 2 }), can: (e) => e.can().toggleHeading({ level: 2 }), run: (e) => e.chain().focus().toggleHeading({ level: 2 }).run() },
    { label: "Tiêu đề 3", symbol: "H3", isActive: (e) => e.isActive("heading", { level: 3 }), can: (e) => e.can().toggleHeading({ level: 3 }), run: (e) => e.chain().focus().toggleHeading({ level: 3 }).run() },
  ],
  [
    { label: "Đậm", symbol: "B", symbolClass: "font-bold", isActive: (e) => e.isActive("bold"), can: (e) => e.can().toggleBold(), run: (e) => e.chain().focus().toggleBold().run() },
    { label: "Nghiêng", symbol: "I", symbolClass: "italic font-serif", isActive: (e) => e.isActive("italic"), can: (e) => e.can().toggleItalic(), run: (e) => e.chain().focus().toggleItalic().run() },
    { label: "Gạch chân", symbol: "U", symbolClass: "underline", isActive: (e) => e.isActive("underline"), can: (e) => e.can().toggleUnderline(), run: (e) => e.chain().focus().toggleUnderline().run() },
  ],
  [
    { label: "Danh sách", symbol: "•", isActive: (e) => e.isActive("bulletList"), can: (e) => e.can().toggleBulletList(), run: (e) => e.chain().focus().toggleBulletList().run() },
    { label: "Danh sách số", symbol: "1.", isActive: (e) => e.isActive("orderedList"), can: (e) => e.can().toggleOrderedList(), run: (e) => e.chain().focus().toggleOrderedList().run() },
    { label: "Trích dẫn", symbol: "❝", isActive: (e) => e.isActive("blockquote"), can: (e) => e.can().toggleBlockquote(), run: (e) => e.chain().focus().toggleBlockquote().run() },
  ],
  [
    { label: "Liên kết", isActive: (e) => e.isActive("link"), can: (e) => e.can().setLink({ href: "https://example.com" }), run: editLink },
    { label: "Bỏ liên kết", can: (e) => e.isActive("link"), run: (e) => e.chain().focus().extendMarkRange("link").unsetLink().run() },
  ],
  [
    // Nested tables do not survive on a phone screen, and a caption holds only text.
    { label: "Chèn bảng", can: (e) => !e.isActive("table") && !e.isActive("figure") && e.can().insertTable(TABLE), run: (e) => e.chain().focus().insertTable(TABLE).run() },
    { label: "Thêm hàng", within: "table", can: (e) => e.can().addRowAfter(), run: (e) => e.chain().focus().addRowAfter().run() },
    { label: "Thêm cột", within: "table", can: (e) => e.can().addColumnAfter(), run: (e) => e.chain().focus().addColumnAfter().run() },
    { label: "Xóa hàng", within: "table", can: (e) => e.can().deleteRow(), run: (e) => e.chain().focus().deleteRow().run() },
    { label: "Xóa cột", within: "table", can: (e) => e.can().deleteColumn(), run: (e) => e.chain().focus().deleteColumn().run() },
    { label: "Xóa bảng", within: "table", can: (e) => e.can().deleteTable(), run: (e) => e.chain().focus().deleteTable().run() },
  ],
  [
    {
      label: "Chèn ảnh",
      can: (e) => e.isEditable,
      run: async (e, pickImage) => {
        const image: FigureInput | null = await pickImage();
        if (image === null || e.isDestroyed) return;
        insertFigure(e, image, e.state.selection.from);
        e.commands.focus();
      },
    },
    { label: "Sửa mô tả ảnh", within: "figure", can: (e) => selectedFigureImage(e.state) !== null, run: (e) => editFigureAlt(e) },
  ],
  [
    { label: "Hoàn tác", symbol: "↶", can: (e) => e.can().undo(), run: (e) => e.chain().focus().undo().run() },
    { label: "Làm lại", symbol: "↷", can: (e) => e.can().redo(), run: (e) => e.chain().focus().redo().run() },
  ],
];

type ToolState = { shown: boolean; enabled: boolean; pressed?: boolean };

function toolStates(editor: Editor): ToolState[][] {
  const inside = { table: editor.isActive("table"), figure: selectedFigureImage(editor.state) !== null };
  return TOOL_GROUPS.map((group) =>
    group.map((tool) => ({ shown: tool.within === undefined || inside[tool.within], enabled: tool.can(editor), pressed: tool.isActive?.(editor) })),
  );
}

/** getHTML() of the document, without the empty paragraph the editor keeps after a final table or figure. */
function bodyHtml(editor: Editor): string {
  return editor.getHTML().replace(/<p><\/p>$/, "");
}

/** Left/Right/Home/End move between the buttons, as the ARIA toolbar pattern leads screen reader users to expect. */
function moveFocus(event: KeyboardEvent<HTMLDivElement>): void {
  const buttons = Array.from(event.currentTarget.querySelectorAll<HTMLButtonElement>("button:not(:disabled)"));
  const index = buttons.findIndex((button) => button === document.activeElement);
  const next = { ArrowRight: index + 1, ArrowLeft: index - 1, Home: 0, End: buttons.length - 1 }[event.key];
  if (next === undefined || index === -1) return;
  event.preventDefault();
  buttons[(next + buttons.length) % buttons.length]?.focus();
}

const buttonClass =
  "min-w-9 rounded px-2 py-1 text-sm font-medium text-neutral-800 hover:bg-brand-50 disabled:cursor-not-allowed disabled:text-neutral-400 disabled:hover:bg-transparent aria-pressed:bg-brand-100 aria-pressed:text-brand-900";

// Editor-only looks: a selected figure or cell, and the grey hint in an empty caption (never serialised).
const editableClass =
  "article-body min-h-96 px-4 py-3 outline-none [&_.ProseMirror-selectednode]:outline-2 [&_.ProseMirror-selectednode]:outline-offset-2 [&_.ProseMirror-selectednode]:outline-brand-700 [&_.selectedCell]:bg-brand-50 [&_figcaption.is-empty]:before:pointer-events-none [&_figcaption.is-empty]:before:block [&_figcaption.is-empty]:before:h-0 [&_figcaption.is-empty]:before:text-neutral-500 [&_figcaption.is-empty]:before:content-[attr(data-placeholder)] [&_img]:cursor-pointer";

export function RichTextEditor({ initialHtml, onChange, pickImage, uploadImage, labelledBy, describedBy }: RichTextEditorProps): JSX.Element {
  const [uploading, setUploading] = useState(0);
  const uploadRef = useRef(uploadImage);
  useEffect(() => {
    uploadRef.current = uploadImage;
  }, [uploadImage]);
  const lastHtml = useRef<string | null>(null);

  // Made once: useEditor re-applies its options whenever their identity changes.
  const [extensions] = useState(() => [
    StarterKit.configure({
      heading: { levels: [2, 3] },
      dropcursor: { color: "#1d4185", width: 3 },
      link: {
        openOnClick: false,
        autolink: true,
        defaultProtocol: "https",
        protocols: ["http", "https", "mailto", { scheme: "tel", optionalSlashes: true }],
        isAllowedUri: (url) => isAllowedHref(url),
        // No target or rel of our own: stored links then come back from the editor unchanged.
        HTMLAttributes: { target: null, rel: null },
      },
    }),
    TableKit.configure({ table: { resizable: false } }),
    Figure,
    FigureImage,
    Figcaption,
    FigureUpload.configure({
      upload: async (file) => {
        setUploading((count) => count + 1);
        try {
          return await uploadRef.current(file);
        } finally {
          setUploading((count) => count - 1);
        }
      },
    }),
    // Only captions: an empty one is otherwise invisible, so nobody would know it is there to fill in.
    Placeholder.configure({
      includeChildren: true,
      showOnlyCurrent: false,
      placeholder: ({ node }) => (node.type.name === Figcaption.name ? "Chú thích ảnh (không bắt buộc)" : ""),
    }),
  ]);
  // Later values of initialHtml are the caller echoing our own onChange; reloading them would move the cursor.
  const [content] = useState(initialHtml);
  const editorProps = useMemo(
    () => ({
      attributes: {
        role: "textbox",
        "aria-multiline": "true",
        "aria-labelledby": labelledBy,
        ...(describedBy ? { "aria-describedby": describedBy } : {}),
        class: editableClass,
      },
    }),
    [labelledBy, describedBy],
  );

  const editor = useEditor({
    immediatelyRender: false,
    extensions,
    content,
    editorProps,
    onCreate: ({ editor: created }) => {
      lastHtml.current = bodyHtml(created);
    },
    onUpdate: ({ editor: updated }) => {
      // Also skips changes that serialise the same, such as the trailing paragraph added on first focus.
      const html = bodyHtml(updated);
      if (html === lastHtml.current) return;
      lastHtml.current = html;
      onChange(html);
    },
  });
  const selected = useEditorState({ editor, selector: ({ editor: current }) => (current ? toolStates(current) : null) });
  // Until the first transaction the selector has only seen "no editor yet": read the states directly.
  const states = selected ?? (editor ? toolStates(editor) : null);

  return (
    <div className="mt-1 rounded border border-neutral-400 bg-white focus-within:border-brand-700 focus-within:ring-2 focus-within:ring-brand-700/40">
      <div role="toolbar" aria-label="Định dạng nội dung" onKeyDown={moveFocus} className="sticky top-0 z-10 flex flex-wrap items-center gap-1 rounded-t border-b border-neutral-300 bg-neutral-50 p-1">
        {TOOL_GROUPS.map((group, groupIndex) => (
          <div key={group[0]?.label} className="flex items-center gap-1 border-neutral-300 not-last:border-r not-last:pr-1">
            {group.map((tool, toolIndex) => {
              const state = states?.[groupIndex]?.[toolIndex];
              if (state?.shown === false || (state === undefined && tool.within !== undefined)) return null;
              return (
                <button
                  key={tool.label}
                  type="button"
                  className={buttonClass}
                  aria-label={tool.symbol ? tool.label : undefined}
                  title={tool.label}
                  aria-pressed={tool.isActive ? (state?.pressed ?? false) : undefined}
                  disabled={!editor || !state?.enabled}
                  // Keeps the editor's selection when the mouse is used; Enter and Space still work from the keyboard.
                  onMouseDown={(event) => event.preventDefault()}
                  onClick={() => {
                    if (editor) void tool.run(editor, pickImage);
                  }}
                >
                  <span aria-hidden={tool.symbol ? true : undefined} className={tool.symbolClass}>{tool.symbol ?? tool.label}</span>
                </button>
              );
            })}
          </div>
        ))}
      </div>
      <EditorContent editor={editor} />
      <p role="status" className="px-4 pb-2 text-sm text-neutral-700 empty:p-0">
        {uploading > 0 ? "Đang tải ảnh lên…" : ""}
      </p>
    </div>
  );
}
