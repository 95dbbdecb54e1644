import { escapeHtml } from "./html-text";
import { originalWords } from "./search-text";

// Highlighting works on the original, accented text: each of its words is normalised and compared
// with the query's normalised words, so "dai hoi" marks "Đại hội" as it was written. Everything
// outside <mark> is escaped text: no markup from an article ever reaches the page this way.

type Range = { start: number; end: number };

function matchedRanges(text: string, words: ReadonlySet<string>): Range[] {
  return originalWords(text).filter((word) => words.has(word.normalised));
}

function markRanges(text: string, ranges: Range[], from = 0, to = text.length): string {
  let html = "";
  let cursor = from;
  for (const range of ranges) {
    if (range.start < from || range.end > to) continue;
    html += `${escapeHtml(text.slice(cursor, range.start))}<mark>${escapeHtml(text.slice(range.start, range.end))}</mark>`;
    cursor = range.end;
  }
  return html + escapeHtml(text.slice(cursor, to));
}

/** "Đại hội Công đoàn" with words {dai, hoi} → "<mark>Đại</mark> <mark>hội</mark> Công đoàn" */
export function highlightText(text: string, words: readonly string[]): string {
  return markRanges(text, matchedRanges(text, new Set(words)));
}

// Start the excerpt a little before the first match, so the reader sees it in context.
const LEAD_CHARS = 60;

/**
 * Up to `maxChars` of the text around its first matched word, cut at word boundaries, with
 * "…" where it was cut; null when no word matches.
 */
export function excerptAround(text: string, words: readonly string[], maxChars = 240): string | null {
  const ranges = matchedRanges(text, new Set(words));
  const first = ranges[0];
  if (!first) return null;
  const all = originalWords(text);
  const startWord = all.find((word) => word.end > first.start - LEAD_CHARS) ?? first;
  const start = Math.min(startWord.start, first.start);
  const fitting = all.filter((word) => word.start >= start && word.end <= start + maxChars);
  const textEnd = text.trimEnd().length;
  const end = textEnd <= start + maxChars ? textEnd : Math.max(fitting.at(-1)?.end ?? first.end, first.end);
  const before = start > 0 ? "… " : "";
  const after = end < textEnd ? " …" : "";
  return before + markRanges(text, ranges, start, end) + after;
}

/** The opening of a text, escaped, for a result whose words matched only elsewhere. */
export function openingText(text: string, maxChars = 240): string {
  const textEnd = text.trimEnd().length;
  if (textEnd <= maxChars) return escapeHtml(text.slice(0, textEnd));
  const fitting = originalWords(text).filter((word) => word.end <= maxChars);
  const end = fitting.at(-1)?.end ?? maxChars;
  return `${escapeHtml(text.slice(0, end))} …`;
}
