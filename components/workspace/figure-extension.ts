import { Extension, Node, type Editor, type JSONContent } from "@tiptap/core";
import type { Node as ProseMirrorNode } from "@tiptap/pm/model";
import { NodeSelection, Plugin, type EditorState, type Transaction } from "@tiptap/pm/state";
import { MEDIA_ROUTE } from "@/core/media-files";
import type { EditorImage } from "./rich-text-editor";

// The server stores every body image as
// <figure><img src srcset sizes width height alt loading="lazy"><figcaption>…</figcaption></figure>
// (see seeds/demo.ts), so these nodes parse exactly that and write it back attribute for attribute.

const SIZES = "(min-width: 768px) 720px, 100vw";
const ALT_PROMPT = "Mô tả ảnh cho người không nhìn thấy (alt):";

type FigureImageAttrs = { src: string; srcset: string; width: number | null; height: number | null; alt: string };
export type FigureInput = EditorImage & { caption?: string };

function positiveInteger(value: string | null): number | null {
  return value !== null && /^[1-9]\d{0,5}$/.test(value.trim()) ? Number(value) : null;
}

// The sanitiser removes any image that is not one of our media files, so the editor must not show one either.
function isOurImage(element: Element): boolean {
  return element.tagName === "IMG" && (element.getAttribute("src") ?? "").startsWith(`${MEDIA_ROUTE}/`);
}

export const FigureImage = Node.create({
  name: "figureImage",
  atom: true,
  // Never selected alone (a figure without its image is invalid): a click selects the whole figure,
  // so Delete, copy and drag take the image with its caption.
  selectable: false,
  addAttributes() {
    return {
      // ProseMirror insists on defaults for a node its content requires; the parse rule never lets "" in.
      src: { default: "", rendered: false, parseHTML: (element) => element.getAttribute("src") ?? "" },
      srcset: { default: "", rendered: false, parseHTML: (element) => element.getAttribute("srcset") ?? "" },
      width: { default: null, rendered: false, parseHTML: (element) => positiveInteger(element.getAttribute("width")) },
      height: { default: null, rendered: false, parseHTML: (element) => positiveInteger(element.getAttribute("height")) },
      alt: { default: "", rendered: false, parseHTML: (element) => element.getAttribute("alt") ?? "" },
    };
  },
  parseHTML() {
    return [{ tag: "img[src]", context: "figure/", getAttrs: (element) => (isOurImage(element) ? null : false) }];
  },
  renderHTML({ node }) {
    // Built by hand because the stored attribute order must come back unchanged.
    const { src, srcset, width, height, alt } = node.attrs as FigureImageAttrs;
    const attributes: Record<string, string> = { src };
    if (srcset !== "") Object.assign(attributes, { srcset, sizes: SIZES });
    if (width !== null) attributes.width = String(width);
    if (height !== null) attributes.height = String(height);
    Object.assign(attributes, { alt, loading: "lazy" });
    return ["img", attributes];
  },
  addProseMirrorPlugins() {
    const editor = this.editor;
    return [
      new Plugin({
        props: {
          handleClickOn: (view, _pos, node, nodePos) => {
            if (node.type.name !== this.name) return false;
            view.dispatch(view.state.tr.setSelection(NodeSelection.create(view.state.doc, nodePos - 1)));
            return true;
          },
          handleDoubleClickOn: (_view, _pos, node, nodePos) => {
            if (node.type.name !== this.name) return false;
            editFigureAlt(editor, nodePos);
            return true;
          },
        },
      }),
    ];
  },
});

export const Figcaption = Node.create({
  name: "figcaption",
  content: "inline*",
  parseHTML() {
    return [{ tag: "figcaption", context: "figure/" }];
  },
  renderHTML() {
    return ["figcaption", 0];
  },
  addKeyboardShortcuts() {
    return {
      // A figure holds one caption and cannot split; Enter goes on to a new paragraph below it.
      Enter: ({ editor }) => {
        const { $from } = editor.state.selection;
        if ($from.parent.type.name !== this.name) return false;
        const afterFigure = $from.after($from.depth - 1);
        return editor.chain().insertContentAt(afterFigure, { type: "paragraph" }).setTextSelection(afterFigure + 1).run();
      },
    };
  },
});

export const Figure = Node.create({
  name: "figure",
  group: "block",
  content: "figureImage figcaption",
  isolating: true,
  draggable: true,
  parseHTML() {
    return [{ tag: "figure", getAttrs: (element) => (Array.from(element.children).some(isOurImage) ? null : false) }];
  },
  renderHTML() {
    return ["figure", 0];
  },
});

/** The position of a top-level block edge near pos, so an image never splits a sentence or lands in a table cell. */
export function blockBoundary(doc: ProseMirrorNode, pos: number): number {
  const $pos = doc.resolve(Math.min(Math.max(pos, 0), doc.content.size));
  if ($pos.depth === 0) return $pos.pos;
  return $pos.parentOffset === 0 ? $pos.before(1) : $pos.after(1);
}

function figureContent(image: FigureInput): JSONContent {
  const attrs: FigureImageAttrs = { src: image.src, srcset: image.srcSet, width: image.width, height: image.height, alt: image.alt };
  const caption = image.caption?.trim() ?? "";
  return {
    type: "figure",
    content: [{ type: "figureImage", attrs }, { type: "figcaption", content: caption === "" ? [] : [{ type: "text", text: caption }] }],
  };
}

export function insertFigure(editor: Editor, image: FigureInput, at: number): void {
  editor.commands.insertContentAt(blockBoundary(editor.state.doc, at), figureContent(image));
}

/** Where the figure's image is when the figure is selected or the cursor is in its caption. */
export function selectedFigureImage(state: EditorState): number | null {
  const { selection } = state;
  if (selection instanceof NodeSelection && selection.node.type.name === Figure.name) return selection.from + 1;
  const { $from } = selection;
  for (let depth = $from.depth; depth > 0; depth--) {
    if ($from.node(depth).type.name === Figure.name) return $from.before(depth) + 1;
  }
  return null;
}

export function editFigureAlt(editor: Editor, imagePos: number | null = selectedFigureImage(editor.state)): void {
  const image = imagePos === null ? null : editor.state.doc.nodeAt(imagePos);
  if (imagePos === null || image?.type.name !== FigureImage.name) return;
  const answer = window.prompt(ALT_PROMPT, String(image.attrs.alt ?? ""));
  if (answer === null) return;
  editor.chain().focus().command(({ tr }) => {
    tr.setNodeAttribute(imagePos, "alt", answer.trim());
    return true;
  }).run();
}

async function insertUploads(editor: Editor, files: File[], at: number, upload: FigureUploadOptions["upload"]): Promise<void> {
  // Uploads take seconds and the writer may keep typing: follow the drop point through every change.
  let position = blockBoundary(editor.state.doc, at);
  const follow = ({ transaction }: { transaction: Transaction }) => {
    position = transaction.mapping.map(position);
  };
  editor.on("transaction", follow);
  try {
    // One at a time, so the figures keep the order the files were dropped in.
    for (const file of files) {
      const image = await upload(file);
      if (image !== null && !editor.isDestroyed) insertFigure(editor, image, position);
    }
  } finally {
    editor.off("transaction", follow);
  }
}

type FigureUploadOptions = { upload: (file: File) => Promise<EditorImage | null> };

/** Files dropped or pasted into the body are uploaded and become figures with an empty caption. */
export const FigureUpload = Extension.create<FigureUploadOptions>({
  name: "figureUpload",
  addOptions() {
    return { upload: () => Promise.resolve(null) };
  },
  addProseMirrorPlugins() {
    const { editor } = this;
    const { upload } = this.options;
    return [
      new Plugin({
        props: {
          handleDrop: (view, event, _slice, moved) => {
            const files = Array.from(event.dataTransfer?.files ?? []);
            if (moved || files.length === 0) return false;
            const at = view.posAtCoords({ left: event.clientX, top: event.clientY })?.pos ?? view.state.selection.from;
            void insertUploads(editor, files, at, upload);
            return true;
          },
          handlePaste: (view, event) => {
            const files = Array.from(event.clipboardData?.files ?? []);
            // Word and LibreOffice put a picture of the copied text beside the text: then the text is what was meant.
            const text = event.clipboardData?.getData("text/plain") ?? "";
            if (files.length === 0 || text.trim() !== "") return false;
            void insertUploads(editor, files, view.state.selection.from, upload);
            return true;
          },
        },
      }),
    ];
  },
});
