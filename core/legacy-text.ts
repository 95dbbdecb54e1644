// What an old portal's articles carry that Bản tin writes differently (issue 17): Joomla's plugin
// tags in the text, the byline written as the body's last line, a series part in the title, and
// Joomla's dates (UTC text, with zeros for "none"). Plain rules for the importer, no framework.
import { withoutMarks } from "./search-text";

// {loadposition user1}, {loadmodule mod_x,Title}, {gallery}folder{/gallery}, {youtube}id{/youtube}, {emailcloak=off}…
const PLUGIN_TAG = /\{\/?(?:loadposition|loadmodule|loadmoduleid|modulepos|module|mosimage|mospagebreak|gallery|youtube|vimeo|jcomments|emailcloak|source|mp3|rokbox|sigplus|phocagallery|article|tab|tabs|slider|sliders)\b[^{}]{0,200}\}/gi;

/** The text without Joomla's plugin tags, which would show on our pages as literal "{loadposition user1}". */
export function withoutPluginTags(html: string): string {
  return html.replace(PLUGIN_TAG, "");
}

// What stands before the colon of "Tin & ảnh: …", "Tin và ảnh: …", "Bài, ảnh: …", "Tin: …", once folded.
const BYLINE_LABEL = /^(?:tin|bai|anh)(?:\s*(?:&|va|,|\/)\s*(?:anh|bai|tin))?$/;

const textOf = (html: string) =>
  html
    .replace(/<[^>]*>/g, " ")
    .replace(/&nbsp;/gi, " ")
    .replace(/&amp;/gi, "&")
    .replace(/\s+/g, " ")
    .trim();

/**
 * "Tin & ảnh: Nguyễn Văn An" as the body's last paragraph is the old portals' byline: it becomes the
 * byline, and leaves the body. Anything else at the end stays where it is.
 */
export function trailingByline(html: string): { byline: string; html: string } | null {
  const paragraphs = [...html.matchAll(/<p\b[^>]*>([\s\S]*?)<\/p>/gi)];
  const last = paragraphs[paragraphs.length - 1];
  if (!last || last.index === undefined) return null;
  // Only when nothing but markup follows it.
  if (textOf(html.slice(last.index + last[0].length)) !== "") return null;
  const text = textOf(last[1] ?? "");
  const colon = text.indexOf(":");
  if (colon < 0 || !BYLINE_LABEL.test(withoutMarks(text.slice(0, colon)).replace(/\s+/g, " ").trim())) return null;
  const byline = text.slice(colon + 1).trim().replace(/\.$/, "").trim();
  if (byline.length < 2 || byline.length > 120) return null;
  return { byline, html: (html.slice(0, last.index) + html.slice(last.index + last[0].length)).trimEnd() };
}

/** "Đại hội Công đoàn tỉnh (6)", "(Kỳ 6)", "(Bài 6)": the title of part 6 of a series, and the series' own title. */
export function seriesPartOf(title: string): { seriesTitle: string; part: number } | null {
  const match = /^(.*\S)\s*\(\s*(?:(?:kỳ|ky|bài|bai|phần|phan)\s+)?([1-9]\d{0,2})\s*\)\s*$/iu.exec(title.trim());
  if (!match) return null;
  const seriesTitle = (match[1] ?? "").replace(/[\s:–—-]+$/u, "").trim();
  return seriesTitle === "" ? null : { seriesTitle, part: Number(match[2]) };
}

/** Joomla's DATETIME, stored in UTC ("2022-12-21 09:42:00"), as an instant; null for its zero date and anything malformed. */
export function joomlaUtcDateTime(text: string | null | undefined): Date | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})[ T](\d{2}):(\d{2}):(\d{2})$/.exec(text?.trim() ?? "");
  if (!match) return null;
  const [year, month, day, hour, minute, second] = match.slice(1).map(Number) as [number, number, number, number, number, number];
  if (year < 1990 || month < 1 || month > 12 || day < 1 || hour > 23 || minute > 59 || second > 59) return null;
  const at = new Date(Date.UTC(year, month - 1, day, hour, minute, second));
  // 2022-02-30 rolls over to March: not a real date.
  return at.getUTCDate() === day && at.getUTCMonth() === month - 1 ? at : null;
}

/** NukeViet's Unix seconds as an instant; null for 0 ("none") and anything out of range. */
export function unixSecondsDateTime(seconds: number | null | undefined): Date | null {
  if (typeof seconds !== "number" || !Number.isInteger(seconds) || seconds <= 0 || seconds > 4_102_444_800) return null;
  return new Date(seconds * 1000);
}

// The abbreviations union portals write in category names, spelled out (folded, without marks).
const ABBREVIATIONS: [RegExp, string][] = [
  [/\bldld\b/g, "lien doan lao dong"],
  [/\bcdvc\b/g, "cong doan vien chuc"],
  [/\bcdcs\b/g, "cong doan co so"],
  [/\bcdn\b/g, "cong doan nganh"],
  [/\bcd\b/g, "cong doan"],
  [/\btp\b/g, "thanh pho"],
  [/\btx\b/g, "thi xa"],
];

function unitWords(name: string): string {
  let folded = ` ${withoutMarks(name).replace(/[^\p{L}\p{N}]+/gu, " ").trim()} `;
  for (const [short, long] of ABBREVIATIONS) folded = folded.replace(short, long);
  return folded.replace(/\s+/g, " ").trim();
}

/**
 * The unit an old category is about, guessed from its name: "Tin LĐLĐ huyện Chi Lăng" → the unit
 * "Liên đoàn Lao động huyện Chi Lăng". Abbreviations are spelled out and tone marks ignored, and
 * names of fewer than three words are never matched. A category name that holds a unit's whole name
 * means that unit (the longest, if several); one that is part of a single unit's name ("Công đoàn
 * Viên chức") means that unit. Anything less sure gives null: the admin decides in the mapping file.
 */
export function guessUnit<U extends { id: number; name: string }>(categoryName: string, units: readonly U[]): U | null {
  const category = unitWords(categoryName);
  if (category.split(" ").length < 3) return null;
  const named = units.map((unit) => ({ unit, words: unitWords(unit.name) })).filter(({ words }) => words.split(" ").length >= 3);
  const held = named.filter(({ words }) => ` ${category} `.includes(` ${words} `)).sort((a, b) => b.words.length - a.words.length);
  if (held.length > 0) return held.length > 1 && held[0]?.words.length === held[1]?.words.length ? null : (held[0]?.unit ?? null);
  const holding = named.filter(({ words }) => ` ${words} `.includes(` ${category} `));
  return holding.length === 1 ? (holding[0]?.unit ?? null) : null;
}
