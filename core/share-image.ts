// The picture a shared link shows on Zalo and Facebook: always 1200 × 630, the size both crop
// previews to. A photo (cover, first body photo, the site's sharing image) is served cropped to
// it; an article or page without one gets a card drawn with the emblem, the site name and the title.
import { MEDIA_ROUTE, parseMediaFileName } from "./media-files";
import { recordIdFrom } from "./record-id";

export const SHARE_IMAGE_WIDTH = 1200;
export const SHARE_IMAGE_HEIGHT = 630;
export const SHARE_IMAGE_ROUTE = "/api/anh-chia-se";

/** Raised when the drawing of the cards or the crop changes, so caches holding the old ones fetch again. */
export const SHARE_RENDERING = "1";

const bodyImagePattern = /<img\b[^>]*?\ssrc\s*=\s*"([^"]*)"/gi;

/**
 * The storage key of the first of our photos in an article's stored body, e.g.
 * `<img src="/api/media/hoi-nghi-ab12-960.jpg" …>` → "hoi-nghi-ab12"; null when it has none.
 */
export function firstBodyImageKey(bodyHtml: string): string | null {
  for (const match of bodyHtml.matchAll(bodyImagePattern)) {
    const key = storageKeyOfSrc(match[1] ?? "");
    if (key) return key;
  }
  return null;
}

/** "/api/media/hoi-nghi-ab12-1600.jpg" → "hoi-nghi-ab12"; null for any other address. */
export function storageKeyOfSrc(src: string): string | null {
  const prefix = `${MEDIA_ROUTE}/`;
  if (!src.startsWith(prefix)) return null;
  return parseMediaFileName(src.slice(prefix.length))?.storageKey ?? null;
}

export type ShareImageName =
  | { kind: "photo"; storageKey: string }
  | { kind: "article"; articleId: number; version: string }
  | { kind: "site"; version: string };

/** Names change with what they show (the article's last change, the site name and emblem), so each may be cached for good. */
export function shareImagePath(name: ShareImageName): string {
  switch (name.kind) {
    case "photo":
      return `${SHARE_IMAGE_ROUTE}/anh-${name.storageKey}-${SHARE_RENDERING}.jpg`;
    case "article":
      return `${SHARE_IMAGE_ROUTE}/bai-${name.articleId}-${name.version}.png`;
    case "site":
      return `${SHARE_IMAGE_ROUTE}/trang-${name.version}.png`;
  }
}

/** Reads a requested name back; null for anything else. A photo's rendering number must be the current one. */
export function parseShareImageName(fileName: string): ShareImageName | null {
  const photo = /^anh-([a-z0-9][a-z0-9-]{0,80}[a-z0-9])-(\d{1,3})\.jpg$/.exec(fileName);
  if (photo?.[1] && photo[2] === SHARE_RENDERING) return { kind: "photo", storageKey: photo[1] };
  const article = /^bai-(\d+)-([a-z0-9]{1,16})\.png$/.exec(fileName);
  const articleId = recordIdFrom(article?.[1]);
  if (articleId !== null && article?.[2]) return { kind: "article", articleId, version: article[2] };
  const site = /^trang-([a-z0-9]{1,16})\.png$/.exec(fileName);
  if (site?.[1]) return { kind: "site", version: site[1] };
  return null;
}

/** A short name for what a card shows: FNV-1a of the text, in base 36 ("1" + name + emblem → "k3x9q1"). */
export function versionOf(...parts: (string | number)[]): string {
  let hash = 0x811c9dc5;
  for (const char of [SHARE_RENDERING, ...parts].join("\u0000")) {
    hash ^= char.codePointAt(0) ?? 0;
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(36);
}

/**
 * Breaks a title into at most `maxLines` lines of about `maxChars` characters, at spaces; a word
 * longer than a line is cut. What does not fit ends the last line with "…".
 */
export function wrapTitle(title: string, maxChars: number, maxLines: number): string[] {
  const words = title.trim().split(/\s+/).filter(Boolean);
  const lines: string[] = [];
  let line = "";
  for (const word of words) {
    const candidate = line ? `${line} ${word}` : word;
    if ([...candidate].length <= maxChars) {
      line = candidate;
      continue;
    }
    if (line) lines.push(line);
    line = [...word].length > maxChars ? [...word].slice(0, maxChars).join("") : word;
  }
  if (line) lines.push(line);
  if (lines.length <= maxLines) return lines;
  const kept = lines.slice(0, maxLines);
  const last = kept[maxLines - 1] ?? "";
  const room = [...last].length + 1 > maxChars ? last.split(" ").slice(0, -1).join(" ") || [...last].slice(0, maxChars - 1).join("") : last;
  kept[maxLines - 1] = `${room.replace(/[\s,.;:–-]+$/u, "")}…`;
  return kept;
}
