// An old portal's article turned into what Bản tin writes (issue 17), before any image is stored:
// the summary and body split, Joomla's plugin tags gone, the body parsed and serialised again the
// way a browser would read it (parse5: unclosed and misnested tags repaired), every <img> taken
// out of its paragraph and left as a numbered marker that the importer replaces with the stored
// photo's figure (or drops, when the file is missing), the "Tin & ảnh: …" line made the byline,
// and a "(6)" title made part 6 of its series. Plain rules: no database, no files.
import { parseFragment, serialize, type DefaultTreeAdapterMap } from "parse5";
import { htmlToText } from "./html-text";
import type { LegacyArticle, LegacyImage } from "./legacy-import";
import { sanitizeArticleHtml } from "./sanitize";
import { searchEntryOfText, type SearchEntry } from "./search-text";
import { seriesPartOf, trailingByline, withoutPluginTags } from "./legacy-text";
import { slugify } from "./slug";

type Node = DefaultTreeAdapterMap["childNode"];
type Element = DefaultTreeAdapterMap["element"];
type ParentNode = DefaultTreeAdapterMap["parentNode"];

/** Bản tin's limits (core/schemas/article.ts). */
const SUMMARY_MAX = 1000;
const TITLE_MAX = 300;
const BYLINE_MAX = 200;

export type PreparedLegacyArticle = {
  title: string;
  slugBase: string;
  summary: string;
  /** Repaired HTML with `<!--legacy-image:N-->` where image N of `images` stood. */
  bodyTemplate: string;
  /** The body's images, in order. */
  images: LegacyImage[];
  /** The article's own photo: Joomla's full-text image (what the article page showed), else its intro image. */
  cover: LegacyImage | null;
  byline: string;
  series: { seriesTitle: string; part: number } | null;
  /** True when the old HTML did not parse as written (unclosed or misnested tags). */
  repairedHtml: boolean;
};

const isElement = (node: Node | ParentNode): node is Element => "tagName" in node;

// Where a figure may stand: anything else around an image (a paragraph, a link, bold text) is split.
const FLOW_CONTAINERS = new Set(["blockquote", "li", "td", "th", "div", "section", "article", "main", "body", "template"]);

const attribute = (element: Element, name: string) => element.attrs.find((attr) => attr.name === name)?.value ?? "";

function textContent(node: Node): string {
  if (node.nodeName === "#text") return "value" in node ? String(node.value) : "";
  return "childNodes" in node ? node.childNodes.map(textContent).join("") : "";
}

function* elements(node: ParentNode): Generator<Element> {
  for (const child of [...node.childNodes]) {
    if (!isElement(child)) continue;
    yield child;
    yield* elements(child);
  }
}

function detach(node: Node) {
  const parent = node.parentNode;
  if (!parent) return;
  parent.childNodes.splice(parent.childNodes.indexOf(node), 1);
  node.parentNode = null;
}

function insertAfter(reference: Node, node: Node) {
  const parent = reference.parentNode;
  if (!parent) return;
  detach(node);
  parent.childNodes.splice(parent.childNodes.indexOf(reference) + 1, 0, node);
  node.parentNode = parent;
}

function replaceWith(old: Node, node: Node) {
  insertAfter(old, node);
  detach(old);
}

const marker = (index: number, parentNode: ParentNode | null): Node => ({ nodeName: "#comment", data: `legacy-image:${index}`, parentNode }) as Node;

/**
 * Moves `node` up until its parent may hold a figure, splitting each phrasing ancestor in two:
 * "<p>Đoàn viên <a><img></a> dự hội nghị</p>" → "<p>Đoàn viên <a></a></p>IMG<p><a></a> dự hội nghị</p>".
 */
function liftToFlow(node: Node) {
  for (let parent = node.parentNode; parent && isElement(parent) && !FLOW_CONTAINERS.has(parent.tagName); parent = node.parentNode) {
    const after: Element = { ...parent, attrs: [...parent.attrs], childNodes: [], parentNode: null };
    const index = parent.childNodes.indexOf(node);
    for (const moved of parent.childNodes.splice(index + 1)) {
      after.childNodes.push(moved);
      moved.parentNode = after;
    }
    detach(node);
    insertAfter(parent, node);
    insertAfter(node, after);
  }
}

/** An image's caption: Joomla's caption plugin (class "caption" and a title), or its figure's figcaption. */
function captionOf(img: Element): { caption: string; figure: Element | null } {
  const figure = img.parentNode && isElement(img.parentNode) && img.parentNode.tagName === "figure" ? img.parentNode : null;
  const figcaption = figure?.childNodes.find((child): child is Element => isElement(child) && child.tagName === "figcaption");
  if (figcaption) return { caption: textContent(figcaption).replace(/\s+/g, " ").trim(), figure };
  const classes = attribute(img, "class").split(/\s+/);
  return { caption: classes.includes("caption") ? attribute(img, "title").trim() : "", figure };
}

/** Whether parse5 had to change the markup: its serialisation differs from the old text once quoting and spacing are set aside. */
function wasRepaired(html: string, serialised: string): boolean {
  const tagsOf = (text: string) => [...text.toLowerCase().matchAll(/<\/?([a-z][a-z0-9]*)/g)].map((match) => match[0]).filter((tag) => !/^<\/?(tbody|br|img|hr)$/.test(tag) && !/^<\/(li|td|th|tr|p|option)$/.test(tag)).join("");
  return tagsOf(html) !== tagsOf(serialised);
}

/** The body with its images as markers, the images in order, and whether the HTML was repaired. */
export function bodyTemplateOf(html: string): { bodyTemplate: string; images: LegacyImage[]; repairedHtml: boolean } {
  const fragment = parseFragment(html);
  const repairedHtml = wasRepaired(html, serialize(fragment));
  const images: LegacyImage[] = [];
  for (const element of [...elements(fragment)]) {
    if (element.tagName !== "img") continue;
    const { caption, figure } = captionOf(element);
    const placeholder = marker(images.length, null);
    images.push({ src: attribute(element, "src").trim(), alt: attribute(element, "alt").trim(), caption });
    if (figure) {
      // The figure's caption travels with the image; the rest of the figure goes.
      replaceWith(figure, placeholder);
    } else {
      replaceWith(element, placeholder);
    }
    liftToFlow(placeholder);
  }
  return { bodyTemplate: serialize(fragment), images, repairedHtml };
}

/** The template with each marker replaced by its figure (null: the image is left out). */
export function bodyWithFigures(bodyTemplate: string, figures: readonly (string | null)[]): string {
  return bodyTemplate.replace(/<!--legacy-image:(\d+)-->/g, (_, index: string) => figures[Number(index)] ?? "");
}

/** Paragraphs and inline tags that held only an image, or only spaces, once the image moved out. */
export function withoutEmptyBlocks(html: string): string {
  let previous: string;
  let current = html;
  do {
    previous = current;
    current = current.replace(/<(p|a|strong|b|em|i|u|s|span|h2|h3|h4)(?:\s[^>]*)?>(?:\s|&nbsp;|<br\s*\/?>)*<\/\1>/gi, "");
  } while (current !== previous);
  return current.trim();
}

function shortened(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max - 1);
  const space = cut.lastIndexOf(" ");
  return `${(space > max / 2 ? cut.slice(0, space) : cut).trimEnd()}…`;
}

// The first sentence of a lead that is also the body's start, at most 300 characters.
function firstSentence(text: string): string {
  const end = /[.!?…](\s|$)/.exec(text.slice(40));
  return shortened(end ? text.slice(0, 40 + end.index + 1) : text, 300);
}

/**
 * Joomla shows the intro and then the full text; NukeViet its lead above the body. A short lead
 * without pictures becomes the summary and the rest the body; a long one, or one with pictures,
 * stays at the top of the body, and the summary is its first sentence.
 */
function leadAndBody(introHtml: string, fullHtml: string): { summary: string; html: string } {
  const lead = htmlToText(introHtml);
  if (htmlToText(fullHtml) === "" && !/<img\b/i.test(fullHtml)) return { summary: firstSentence(lead), html: introHtml };
  if (lead.length <= SUMMARY_MAX && !/<img\b/i.test(introHtml)) return { summary: lead, html: fullHtml };
  return { summary: firstSentence(lead), html: `${introHtml}\n${fullHtml}` };
}

const sameImage = (a: LegacyImage | null, b: LegacyImage | null) => a !== null && b !== null && a.src.trim() === b.src.trim();

// The full-text image is what the old article page showed; the intro image only the listings.
function coverOf(article: LegacyArticle): LegacyImage | null {
  const { fullImage, leadImage } = article;
  const cover = fullImage?.src.trim() ? fullImage : leadImage?.src.trim() ? leadImage : null;
  if (!cover || cover.caption) return cover;
  // Often the same file twice, with the caption written on one of them only.
  const other = cover === fullImage ? leadImage : fullImage;
  return sameImage(other, cover) && other?.caption ? { ...cover, caption: other.caption } : cover;
}

export function prepareLegacyArticle(article: LegacyArticle): PreparedLegacyArticle {
  const title = shortened(article.title.replace(/\s+/g, " ").trim(), TITLE_MAX);
  const { summary, html } = leadAndBody(withoutPluginTags(article.introHtml), withoutPluginTags(article.fullHtml));
  const { bodyTemplate: repaired, images, repairedHtml } = bodyTemplateOf(html);
  const byLine = trailingByline(repaired);
  const bodyTemplate = byLine ? byLine.html : repaired;
  const cover = coverOf(article);
  // The cover is shown above the body: the same photo inside the body would show twice.
  const bodyImages = images.map((image) => (sameImage(image, cover) ? { ...image, src: "" } : image));
  return {
    title,
    slugBase: slugify(article.alias.trim() || title),
    summary: shortened(summary, SUMMARY_MAX),
    bodyTemplate,
    images: bodyImages,
    cover,
    byline: shortened((byLine?.byline ?? article.authorName).replace(/\s+/g, " ").trim(), BYLINE_MAX),
    series: seriesPartOf(title),
    repairedHtml,
  };
}

/**
 * Everything an import makes of an old article before it looks at the database, in one call, so
 * that it can run on a worker thread: the prepared fields, the body without its photos (sanitised,
 * what a text-only import writes), whether that body says anything, and its search entry.
 */
export type ArticleForImport = { prepared: PreparedLegacyArticle; body: string; hasText: boolean; search: SearchEntry };

export function prepareForImport(article: LegacyArticle): ArticleForImport {
  const prepared = prepareLegacyArticle(article);
  const body = withoutEmptyBlocks(sanitizeArticleHtml(bodyWithFigures(prepared.bodyTemplate, [])));
  const text = htmlToText(body);
  return { prepared, body, hasText: text !== "", search: searchEntryOfText(prepared.title, prepared.summary, text) };
}

export type LegacyImagePath = { ok: true; relative: string } | { ok: false; reason: "outside" | "parent" | "foreign" | "empty" };

/**
 * Where an old image's file is inside `--media-root` (a copy of Joomla's `images/` or NukeViet's
 * `uploads/` folder): "images/tin/anh 1.jpg", "/images/tin/anh%201.jpg" and
 * "https://old.example.vn/images/tin/anh-1.jpg" (on the old host) all give "tin/anh 1.jpg".
 * A path with "..", another host's address, or a file outside that folder has no place there.
 */
export function legacyImagePath(src: string, options: { folder: string; oldBaseUrl: string | null }): LegacyImagePath {
  let text = src.trim().replace(/[?#].*$/, "");
  if (text === "" || /^data:/i.test(text)) return { ok: false, reason: "empty" };
  let basePath = "";
  if (/^(https?:)?\/\//i.test(text)) {
    let url: URL;
    try {
      url = new URL(text, "http://invalid.invalid");
    } catch {
      return { ok: false, reason: "foreign" };
    }
    const base = options.oldBaseUrl ? new URL(options.oldBaseUrl) : null;
    if (!base || url.hostname.replace(/^www\./, "") !== base.hostname.replace(/^www\./, "")) return { ok: false, reason: "foreign" };
    text = url.pathname;
    basePath = base.pathname.replace(/\/+$/, "");
  }
  let decoded: string;
  try {
    decoded = decodeURIComponent(text);
  } catch {
    decoded = text;
  }
  let parts = decoded.replace(/\\/g, "/").split("/").filter((part) => part !== "" && part !== ".");
  if (parts.includes("..")) return { ok: false, reason: "parent" };
  const baseParts = basePath.split("/").filter(Boolean);
  if (baseParts.length > 0 && baseParts.every((part, index) => parts[index] === part)) parts = parts.slice(baseParts.length);
  if (parts[0] !== options.folder || parts.length < 2) return { ok: false, reason: "outside" };
  return { ok: true, relative: parts.slice(1).join("/") };
}
