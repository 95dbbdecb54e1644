import sanitizeHtml from "sanitize-html";
import { MEDIA_ROUTE } from "./media-files";

// Every article body is stored as the output of sanitizeArticleHtml and public pages render only that,
// so this allowlist is the whole of what an editor (or a pasted page) can put on the site.

type Attributes = Record<string, string>;
type Tag = { tagName: string; attribs: Attributes };
type AttributeCleaner = (value: string) => string | null;

const ALLOWED_TAGS = [
  "p", "h2", "h3", "h4", "blockquote", "ul", "ol", "li", "hr", "br", "pre", "code",
  "strong", "b", "em", "i", "u", "s", "sub", "sup", "a",
  "table", "thead", "tbody", "tfoot", "tr", "th", "td", "caption", "colgroup", "col",
  "figure", "figcaption", "img",
];

// Removed with everything inside: scripts and styles, foreign markup, embedded documents and form
// controls. Their content is not prose, and a browser may not even parse it as HTML (mutation XSS).
const DROPPED_WITH_CONTENT = [
  "script", "style", "noscript", "noembed", "noframes", "template", "xmp", "plaintext", "title", "head",
  "iframe", "frame", "frameset", "object", "embed", "applet", "svg", "math", "audio", "video", "canvas", "map",
  "form", "button", "select", "option", "datalist", "textarea",
];

const LINK_SCHEMES = new Set(["http", "https", "mailto", "tel"]);
const REL_TOKENS = new Set(["nofollow", "noopener", "noreferrer", "ugc", "sponsored", "external"]);
// Only files served by our media route: one plain file name, so no "../", query or other host.
const MEDIA_PATH = new RegExp(`^${MEDIA_ROUTE}/[A-Za-z0-9][A-Za-z0-9._-]*$`);

/**
 * The link a browser would follow, or null if it is not http(s), mailto, tel or relative.
 * Protocol-relative links ("//host/path") are kept: a browser opens them over http or https.
 */
function safeLinkUrl(raw: string): string | null {
  // Browsers drop tabs and newlines anywhere in a URL and control characters or spaces at its ends,
  // so "jav&#x09;ascript:" and " javascript:" are judged by what remains.
  const url = raw.replace(/[\t\n\r]/g, "").replace(/^[\x00-\x20]+|[\x00-\x20]+$/g, "");
  if (url === "" || /[\x00-\x1f\x7f]/.test(url)) return null;
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(url)?.[1];
  if (scheme !== undefined) return LINK_SCHEMES.has(scheme.toLowerCase()) ? url : null;
  // A colon before the path without a valid scheme ("java\uFFFDscript:") is never a link of ours.
  const beforePath = url.split(/[/?#]/, 1)[0] ?? "";
  return beforePath.includes(":") ? null : url;
}

function mediaPath(raw: string): string | null {
  const path = raw.trim();
  return MEDIA_PATH.test(path) ? path : null;
}

/** "/api/media/a-480.webp 480w, /api/media/a-960.webp 960w"; one foreign or malformed entry drops it all. */
function mediaSrcset(raw: string): string | null {
  const entries = raw.split(",").map((entry) => {
    const match = /^(\S+)\s+([1-9]\d{0,4})w$/.exec(entry.trim());
    const path = match?.[1] === undefined ? null : mediaPath(match[1]);
    return path === null || match?.[2] === undefined ? null : `${path} ${match[2]}w`;
  });
  return entries.every((entry) => entry !== null) ? entries.join(", ") : null;
}

function positiveInteger(max: number): AttributeCleaner {
  return (raw) => {
    const text = raw.trim();
    if (!/^\d{1,6}$/.test(text)) return null;
    const value = Number(text);
    return value >= 1 && value <= max ? String(value) : null;
  };
}

function relTokens(raw: string, opensNewTab: boolean): string {
  const tokens = raw.toLowerCase().split(/\s+/).filter((token) => REL_TOKENS.has(token));
  // A new tab must not get window.opener or our URL as referrer (reverse tabnabbing).
  if (opensNewTab) tokens.push("noopener", "noreferrer");
  return [...new Set(tokens)].join(" ");
}

/** Keeps, in their original order, the attributes that have a cleaner and pass it. */
function keepAttributes(attribs: Attributes, cleaners: Map<string, AttributeCleaner>): Attributes {
  const kept: Attributes = {};
  for (const [name, value] of Object.entries(attribs)) {
    const cleaned = cleaners.get(name)?.(value) ?? null;
    if (cleaned !== null) kept[name] = cleaned;
  }
  return kept;
}

function cleanLink(_tagName: string, attribs: Attributes): Tag {
  if (safeLinkUrl(attribs.href ?? "") === null) return { tagName: "a", attribs: {} };
  const opensNewTab = attribs.target?.trim().toLowerCase() === "_blank";
  const rel = relTokens(attribs.rel ?? "", opensNewTab);
  const kept = keepAttributes(attribs, new Map<string, AttributeCleaner>([
    ["href", safeLinkUrl],
    ["title", (value) => value || null],
    ["target", () => (opensNewTab ? "_blank" : null)],
    ["rel", () => rel || null],
  ]));
  if (rel && kept.rel === undefined) kept.rel = rel;
  return { tagName: "a", attribs: kept };
}

const imageCleaners = new Map<string, AttributeCleaner>([
  ["src", mediaPath],
  ["srcset", mediaSrcset],
  // A media query and lengths, never a URL; the character set keeps it that way.
  ["sizes", (value) => (/^[a-z0-9\s().,:%+*/-]+$/i.test(value) ? value : null)],
  ["alt", (value) => value],
  ["width", positiveInteger(10000)],
  ["height", positiveInteger(10000)],
  ["loading", (value) => (["lazy", "eager"].includes(value.trim().toLowerCase()) ? value.trim().toLowerCase() : null)],
]);

function cleanImage(_tagName: string, attribs: Attributes): Tag {
  if (mediaPath(attribs.src ?? "") === null) return { tagName: "img", attribs: {} };
  return { tagName: "img", attribs: keepAttributes(attribs, imageCleaners) };
}

const cellCleaners = new Map<string, AttributeCleaner>([
  ["colspan", positiveInteger(50)],
  ["rowspan", positiveInteger(50)],
]);

function cleanCell(tagName: string, attribs: Attributes): Tag {
  return { tagName, attribs: keepAttributes(attribs, cellCleaners) };
}

const options: sanitizeHtml.IOptions = {
  allowedTags: ALLOWED_TAGS,
  // Checked again by sanitize-html after the transforms below, which do the real cleaning.
  allowedAttributes: {
    a: ["href", "title", "target", "rel"],
    img: ["src", "srcset", "sizes", "alt", "width", "height", "loading"],
    th: ["colspan", "rowspan"],
    td: ["colspan", "rowspan"],
  },
  allowedSchemes: [...LINK_SCHEMES],
  allowedSchemesByTag: { img: [] },
  allowProtocolRelative: true,
  disallowedTagsMode: "discard",
  // Void elements; listed because sanitize-html 2.17 (the last to run on Node 20) omits col.
  selfClosing: ["img", "br", "hr", "col"],
  nonTextTags: DROPPED_WITH_CONTENT,
  // The page has its own h1, and the editor offers h2-h4 only.
  transformTags: { h1: "h2", h5: "h4", h6: "h4", a: cleanLink, img: cleanImage, th: cleanCell, td: cleanCell },
  // A link left without a safe href becomes its text; an image without one of our files goes. (Not by
  // renaming the tag in a transform: sanitize-html then closes later tags at that depth with the new name.)
  exclusiveFilter: (frame) => (frame.tag === "a" && !frame.attribs.href ? "excludeTag" : frame.tag === "img" && !frame.attribs.src),
};

/** The safe subset of an article body written in the editor (or pasted into it). */
export function sanitizeArticleHtml(html: string): string {
  // sanitize-html writes void elements as "<br />"; the editor and browsers write "<br>", and matching
  // them keeps an unchanged body byte-identical. " />" cannot occur elsewhere: text escapes ">".
  return sanitizeHtml(html, options).replace(/ \/>/g, ">");
}

const INLINE_TAGS = new Set(["strong", "b", "em", "i", "u", "s", "sub", "sup", "a", "code"]);
const ESCAPES: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"' };

/** The words of an article body for search and excerpts: "<p>Công&nbsp;đoàn</p><p>Viên chức</p>" → "Công đoàn Viên chức". */
export function htmlToPlainText(html: string): string {
  // Sanitised HTML is simple to read: only allowed tags with quoted attributes, and text in which
  // sanitize-html wrote only &amp; &lt; &gt; (&quot; in attributes); other entities became characters.
  return sanitizeArticleHtml(html)
    .replace(/<\/?([a-z0-9]+)[^>]*>/g, (_tag, name: string) => (INLINE_TAGS.has(name) ? "" : " "))
    .replace(/&(amp|lt|gt|quot);/g, (_entity, name: string) => ESCAPES[name] ?? "")
    .replace(/\s+/g, " ")
    .trim();
}
