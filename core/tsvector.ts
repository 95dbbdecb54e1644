// The text form of a PostgreSQL tsvector ("'cong':1A,7C 'doan':2A"), built from text that
// core/search-text.ts has already normalised: words of letters and digits, one space apart. The
// search index on PostgreSQL stores it (db/queries/full-text-postgres.ts) instead of asking the
// server's text parser, which cost most of a rebuild (docs/decisions/0015). For such text the
// result equals setweight(to_tsvector('simple', field), weight) || … over the fields in order.

/** PostgreSQL keeps positions up to this (a later word takes this position too). */
const MAX_POSITION = 16383;
/** …and the first this many positions of a word (one under its limit of 256, as to_tsvector does). */
const MAX_POSITIONS_PER_WORD = 255;
/** A word longer than this (in bytes) is left out, as to_tsvector leaves it out. */
const MAX_WORD_BYTES = 2046;

const utf8 = new TextEncoder();

export type TsvectorWeight = "A" | "B" | "C" | "D";

/**
 * Each field's words get the positions that follow the previous field's (as `||` shifts them), and
 * the field's weight; a word's positions are listed in order under one entry.
 */
export function weightedTsvector(fields: readonly (readonly [text: string, weight: TsvectorWeight])[]): string {
  const positions = new Map<string, { list: string; count: number; last: number }>();
  let offset = 0;
  for (const [text, weight] of fields) {
    const mark = weight === "D" ? "" : weight;
    let index = 0;
    for (const word of text.split(" ")) {
      if (word === "" || (word.length > MAX_WORD_BYTES / 4 && utf8.encode(word).length > MAX_WORD_BYTES)) continue;
      index++;
      const position = Math.min(offset + index, MAX_POSITION);
      const entry = positions.get(word);
      if (!entry) positions.set(word, { list: `${position}${mark}`, count: 1, last: position });
      // Past the last position, later words share it: each word keeps it once.
      else if (entry.count < MAX_POSITIONS_PER_WORD && entry.last !== position) {
        entry.list += `,${position}${mark}`;
        entry.count++;
        entry.last = position;
      }
    }
    offset = Math.min(offset + index, MAX_POSITION);
  }
  const parts: string[] = [];
  for (const [word, entry] of positions) parts.push(`'${word.replace(/['\\]/g, "\\$&")}':${entry.list}`);
  return parts.join(" ");
}
