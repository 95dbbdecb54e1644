import { diffArrays, diffWords, type Change } from "diff";
import { htmlToPlainText, sanitizeArticleHtml } from "./sanitize";

// What an editor sees of two saved revisions side by side: each field and each block of the body,
// with the words that went (left column) and the words that came (right column). Articles and
// pages compare the same way; each names its own fields.

/** A revision as compared: its fields as the text shown, and its body. */
type Comparable = { bodyHtml: string } & Record<string, string>;
/** The fields compared, in the order shown, with their labels. */
type FieldLabels<R extends Comparable> = readonly (readonly [Exclude<keyof R, "bodyHtml"> & string, string])[];

export type ComparableRevision = {
  title: string;
  slug: string;
  summary: string;
  bodyHtml: string;
  byline: string;
  coverCaption: string;
  categoryName: string;
  unitName: string;
  publishedAtLabel: string;
};
export type ComparablePageRevision = { title: string; slug: string; summary: string; bodyHtml: string; languageName: string };
export type DiffPart = { text: string; change: "same" | "added" | "removed" };
export type FieldComparison = { field: string; label: string; changed: boolean; left: DiffPart[]; right: DiffPart[] };
export type BodyBlockComparison = { change: "same" | "added" | "removed" | "changed"; left: DiffPart[]; right: DiffPart[] };
export type RevisionComparison = { fields: FieldComparison[]; body: BodyBlockComparison[]; changedFieldCount: number; bodyChanged: boolean };

const ARTICLE_FIELDS: FieldLabels<ComparableRevision> = [
  ["title", "Tiêu đề"],
  ["slug", "Đường dẫn"],
  ["summary", "Tóm tắt"],
  ["byline", "Tác giả (bút danh)"],
  ["coverCaption", "Chú thích ảnh đại diện"],
  ["categoryName", "Chuyên mục"],
  ["unitName", "Đơn vị"],
  ["publishedAtLabel", "Thời gian đăng"],
];

const PAGE_FIELDS: FieldLabels<ComparablePageRevision> = [
  ["title", "Tiêu đề"],
  ["slug", "Đường dẫn"],
  ["summary", "Tóm tắt"],
  ["languageName", "Ngôn ngữ"],
];

/**
 * Text as a reader sees it. NFC first: an "ệ" typed as e + two combining marks is the same letter as
 * the precomposed one, and jsdiff counts only precomposed Vietnamese letters as word characters.
 * Runs of spaces are invisible on the page, so they are not a change either.
 */
function readable(text: string): string {
  return text.normalize("NFC").replace(/\s+/g, " ").trim();
}

/** Joins neighbouring parts of the same kind and drops empty ones, so each run renders as one element. */
function mergeParts(parts: DiffPart[]): DiffPart[] {
  const merged: DiffPart[] = [];
  for (const part of parts) {
    const last = merged[merged.length - 1];
    if (part.text === "") continue;
    if (last?.change === part.change) last.text += part.text;
    else merged.push({ ...part });
  }
  return merged;
}

/**
 * diffWords hands back the words both texts share with the newer text's spacing ("kết " for "kết"),
 * so each side is cut again from its own readable text; a space between a kept run and a changed one
 * stays with the kept run, so only words are struck through or underlined.
 */
function cutFrom(text: string, parts: DiffPart[]): DiffPart[] {
  let cursor = 0;
  const cut = parts.map((part): DiffPart => {
    let letters = part.text.replace(/\s/g, "").length;
    let end = cursor;
    while (letters > 0 && end < text.length) if (text[end++] !== " ") letters--;
    if (part.change === "same" && text[end] === " ") end++;
    const own = text.slice(cursor, end);
    cursor = end;
    return { text: own, change: part.change };
  });
  const last = cut[cut.length - 1];
  if (last) last.text += text.slice(cursor);
  return mergeParts(cut);
}

/** Word-level diff of two readable texts: the left keeps what both share plus what went, the right plus what came. */
function diffTwoSides(older: string, newer: string): { left: DiffPart[]; right: DiffPart[] } {
  const changes: Change[] = diffWords(older, newer);
  const left = changes.filter((c) => !c.added).map((c): DiffPart => ({ text: c.value, change: c.removed ? "removed" : "same" }));
  const right = changes.filter((c) => !c.removed).map((c): DiffPart => ({ text: c.value, change: c.added ? "added" : "same" }));
  return { left: cutFrom(older, mergeParts(left)), right: cutFrom(newer, mergeParts(right)) };
}

function compareField(field: string, label: string, older: string, newer: string): FieldComparison {
  const [before, after] = [readable(older), readable(newer)];
  if (before === after) {
    const same = (): DiffPart[] => mergeParts([{ text: before, change: "same" }]);
    return { field, label, changed: false, left: same(), right: same() };
  }
  return { field, label, changed: true, ...diffTwoSides(before, after) };
}

// Elements whose text is one block. A table row is one block of its cells; text directly in a
// list item or quote around a nested block becomes a block of its own.
const BLOCK_TAGS = new Set(["p", "h2", "h3", "h4", "li", "blockquote", "figcaption", "pre", "caption", "tr"]);
// Sanitised HTML: lowercase tags, attributes in double quotes, ">" escaped everywhere, no comments.
const HTML_TOKEN = /<(\/?)([a-z0-9]+)([^>]*)>|([^<]+)/g;

type OpenBlock = { tag: string; text: string; cells: string[] };

/** "Ảnh: …" from an image's alt, still HTML-escaped like the text around it. */
function imageText(attributes: string): string {
  const alt = /\salt="([^"]*)"/.exec(attributes)?.[1] ?? "";
  return htmlToPlainText(alt) === "" ? "Ảnh (không có mô tả)" : `Ảnh: ${alt}`;
}

/** The plain text of a finished block; the raw pieces are still HTML-escaped, which htmlToPlainText undoes. */
function blockText(block: OpenBlock): string {
  if (block.tag === "tr") {
    const cells = block.cells.map(htmlToPlainText);
    return cells.some((cell) => cell !== "") ? cells.join(" | ") : "";
  }
  const text = htmlToPlainText(block.text);
  return block.tag === "figcaption" && text !== "" ? `Chú thích ảnh: ${text}` : text;
}

/** The body as plain-text blocks in reading order: paragraphs, headings, list items, captions, image descriptions, table rows. */
export function splitBodyBlocks(bodyHtml: string): string[] {
  const blocks: string[] = [];
  const root: OpenBlock = { tag: "", text: "", cells: [] };
  const open: OpenBlock[] = [root];
  const flush = (block: OpenBlock) => {
    const text = readable(blockText(block));
    if (text !== "") blocks.push(text);
    block.text = "";
    block.cells = [];
  };

  for (const [, closing, tag = "", attributes = "", text] of sanitizeArticleHtml(bodyHtml).matchAll(HTML_TOKEN)) {
    const current = open[open.length - 1] ?? root;
    const inRow = current.tag === "tr";
    if (text !== undefined) {
      if (!inRow) current.text += text;
      else if (current.cells.length > 0) current.cells[current.cells.length - 1] += text;
    } else if (closing) {
      if (tag !== current.tag || current === root) continue;
      flush(current);
      open.pop();
    } else if (inRow) {
      // Inside a row, paragraphs in cells are only separators; an image is described in its cell.
      if (tag === "td" || tag === "th") current.cells.push("");
      else if (tag === "tr") open.push({ tag, text: "", cells: [] });
      else if (current.cells.length > 0) current.cells[current.cells.length - 1] += tag === "img" ? ` ${imageText(attributes)} ` : " ";
    } else if (BLOCK_TAGS.has(tag)) {
      flush(current);
      open.push({ tag, text: "", cells: [] });
    } else if (tag === "img") {
      flush(current);
      flush({ tag, text: imageText(attributes), cells: [] });
    } else if (tag === "br") {
      current.text += " ";
    }
  }
  for (const block of open.reverse()) flush(block);
  return blocks;
}

function compareBody(olderHtml: string, newerHtml: string): BodyBlockComparison[] {
  const result: BodyBlockComparison[] = [];
  let removed: string[] = [];
  let added: string[] = [];
  // A run of removed blocks next to a run of added ones is most likely the same blocks edited:
  // pair them in order and show the words that changed; what is left over went or came whole.
  const settle = () => {
    const paired = Math.min(removed.length, added.length);
    for (let i = 0; i < paired; i++) result.push({ change: "changed", ...diffTwoSides(removed[i] ?? "", added[i] ?? "") });
    for (const text of removed.slice(paired)) result.push({ change: "removed", left: [{ text, change: "removed" }], right: [] });
    for (const text of added.slice(paired)) result.push({ change: "added", left: [], right: [{ text, change: "added" }] });
    removed = [];
    added = [];
  };
  for (const change of diffArrays(splitBodyBlocks(olderHtml), splitBodyBlocks(newerHtml))) {
    if (change.removed) removed.push(...change.value);
    else if (change.added) added.push(...change.value);
    else {
      settle();
      for (const text of change.value) result.push({ change: "same", left: [{ text, change: "same" }], right: [{ text, change: "same" }] });
    }
  }
  settle();
  return result;
}

function compareWith<R extends Comparable>(older: R, newer: R, labels: FieldLabels<R>): RevisionComparison {
  const fields = labels.map(([field, label]) => compareField(field, label, older[field] ?? "", newer[field] ?? ""));
  const body = compareBody(older.bodyHtml, newer.bodyHtml);
  return {
    fields,
    body,
    changedFieldCount: fields.filter((field) => field.changed).length,
    bodyChanged: body.some((block) => block.change !== "same"),
  };
}

/** Two revisions of an article. */
export function compareRevisions(older: ComparableRevision, newer: ComparableRevision): RevisionComparison {
  return compareWith(older, newer, ARTICLE_FIELDS);
}

/** Two revisions of a page ("Giới thiệu", "Liên hệ"…). */
export function comparePageRevisions(older: ComparablePageRevision, newer: ComparablePageRevision): RevisionComparison {
  return compareWith(older, newer, PAGE_FIELDS);
}
