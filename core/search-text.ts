// Search text: the index and the query are normalised the same way, so "cong doan", "CÔNG ĐOÀN"
// and "Công đoàn" are one query. FTS5's remove_diacritics leaves đ alone, so đ → d is done here.
import { htmlToText } from "./html-text";

// A word is what FTS5's unicode61 tokenizer calls a token: a run of letters and digits.
const WORD = /[\p{L}\p{N}]+/gu;
// In the original text a word keeps its combining marks (text pasted in decomposed form).
const ORIGINAL_WORD = /[\p{L}\p{N}][\p{L}\p{M}\p{N}]*/gu;

/** Lower case without tone marks, đ → d (slugs and search share it): "ĐƯỜNG Phố" → "duong pho" */
export function withoutMarks(text: string): string {
  return (
    text
      // đ is a letter of its own, not d with a mark, so decomposition leaves it alone.
      .replace(/[đĐ]/g, "d")
      .toLowerCase()
      // NFKD also folds full-width letters and digits (ＡＢＣ, ２０２２) into ASCII.
      .normalize("NFKD")
      .replace(/\p{M}/gu, "")
  );
}

/** "Đại hội CÔNG ĐOÀN, lần thứ X!" → "dai hoi cong doan lan thu x" */
export function normaliseForSearch(text: string): string {
  return normaliseLatinText(text) ?? normaliseAnyText(text);
}

/** The definition: withoutMarks, then every run of what is not a letter or digit one space. */
function normaliseAnyText(text: string): string {
  return withoutMarks(text)
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
}

// What normaliseAnyText makes of each character of the blocks Vietnamese is written in, taken alone:
// Basic Latin to Latin Extended-B (U+0000–U+024F) and Latin Extended Additional (U+1E00–U+1EFF, where
// the letters with two marks are). In these blocks a character's lower case and decomposition do not
// depend on its neighbours, and the marks dropped are those its decomposition brings, so a text made
// only of them is normalised a character at a time, without Unicode normalisation or property
// classes: 2,000 titles in 3 ms instead of 28, for the search's ranking and every save's index entry.
// A character outside them (a combining mark, a full-width digit, CJK) sends the whole text down the
// path above. Each entry is the character's letters and digits, "" when it adds nothing, GAP when it
// separates words, or undefined when it makes both (½ → "1⁄2") and only the path above says how.
const GAP = " ";
const LATIN_END = 0x250;
const EXTENDED_START = 0x1e00;
const EXTENDED_END = 0x1f00;
let latinPieces: (string | undefined)[] | null = null;

function latinPiece(code: number): string | undefined {
  latinPieces ??= Array.from({ length: LATIN_END + (EXTENDED_END - EXTENDED_START) }, (_, index) => {
    const alone = withoutMarks(String.fromCharCode(index < LATIN_END ? index : EXTENDED_START + index - LATIN_END));
    if (/^[\p{L}\p{N}]*$/u.test(alone)) return alone;
    return /[\p{L}\p{N}]/u.test(alone) ? undefined : GAP;
  });
  if (code < LATIN_END) return latinPieces[code];
  return code >= EXTENDED_START && code < EXTENDED_END ? latinPieces[code - EXTENDED_START + LATIN_END] : undefined;
}

/** normaliseAnyText's answer, a character at a time, for a text of the blocks above; null for any other. */
function normaliseLatinText(text: string): string | null {
  let normalised = "";
  let gap = false;
  for (let i = 0; i < text.length; i++) {
    const piece = latinPiece(text.charCodeAt(i));
    if (piece === undefined) return null;
    if (piece === GAP) gap = normalised !== "";
    else if (piece !== "") {
      if (gap) normalised += " ";
      normalised += piece;
      gap = false;
    }
  }
  return normalised;
}

/** Lower case with the marks kept, for the exact-spelling boost: "Đường, phố" → "đường phố" */
export function foldKeepingMarks(text: string): string {
  return text
    .normalize("NFC")
    .toLowerCase()
    .replace(/[^\p{L}\p{M}\p{N}]+/gu, " ")
    .trim();
}

/** One article's text as the full-text index holds it: normalised, and with its marks kept. */
export type SearchEntry = {
  normalised: { title: string; summary: string; body: string };
  exact: { title: string; summary: string; body: string };
};

/** What the index holds for an article: its title, summary and the text of its body. */
export function searchEntryOf(article: { title: string; summary: string; bodyHtml: string }): SearchEntry {
  return searchEntryOfText(article.title, article.summary, htmlToText(article.bodyHtml));
}

/** searchEntryOf for a caller that has the body's text (core/html-text htmlToText) already. */
export function searchEntryOfText(title: string, summary: string, body: string): SearchEntry {
  return {
    normalised: { title: normaliseForSearch(title), summary: normaliseForSearch(summary), body: normaliseForSearch(body) },
    exact: { title: foldKeepingMarks(title), summary: foldKeepingMarks(summary), body: foldKeepingMarks(body) },
  };
}

export function searchWords(text: string): string[] {
  return normaliseForSearch(text).match(WORD) ?? [];
}

/** The words of a text with where each starts and ends in it, for highlighting the original. */
export function originalWords(text: string): { start: number; end: number; normalised: string }[] {
  return [...text.matchAll(ORIGINAL_WORD)].map((m) => ({ start: m.index, end: m.index + m[0].length, normalised: normaliseForSearch(m[0]) }));
}

// Long enough for any real query; more is cut, so a pasted page cannot make a huge FTS expression.
export const MAX_QUERY_CHARS = 200;
export const MAX_QUERY_WORDS = 12;

type SearchTerm = { words: string[]; exactWords: string[]; phrase: boolean };

export type SearchQuery = {
  /** FTS5 MATCH expression for the normalised index: every word quoted, terms ANDed. */
  match: string;
  /** The same for the tone-kept index, from the terms typed with marks; null when none had any. */
  exactMatch: string | null;
  /** The normalised words to highlight. */
  words: string[];
  /** Each term's normalised words: one word, or the words of a phrase in quotes. */
  terms: string[][];
  /** The terms typed with marks, lower-cased with the marks kept; null when none had any. */
  exactTerms: string[][] | null;
};

// Words hold only letters and digits, so a double-quoted word is always one FTS5 string:
// NEAR, AND, OR, *, ^, :, - and parentheses typed by a reader are plain text or gone.
const quoted = (words: string[]) => `"${words.join(" ")}"`;

function termsOf(input: string): SearchTerm[] {
  const terms: SearchTerm[] = [];
  // Text between double quotes (straight or curly) is a phrase; a lone quote is ignored.
  const parts = input.replace(/[“”„]/g, '"').split('"');
  let budget = MAX_QUERY_WORDS;
  parts.forEach((part, index) => {
    const phrase = index % 2 === 1 && index < parts.length - 1;
    const exact = foldKeepingMarks(part).match(WORD) ?? [];
    const pieces = phrase ? [exact] : exact.map((word) => [word]);
    for (const piece of pieces) {
      const exactWords = piece.slice(0, budget);
      if (exactWords.length === 0) continue;
      budget -= exactWords.length;
      terms.push({ words: exactWords.map(normaliseForSearch), exactWords, phrase });
    }
  });
  return terms;
}

/**
 * Turns what a reader typed into safe FTS5 expressions, or null when nothing searchable is left
 * ("", "***", "()"). `"công đoàn" huyện` → match `"cong doan" "huyen"`, exactMatch `"công đoàn"`.
 */
export function parseSearchQuery(input: string): SearchQuery | null {
  const terms = termsOf(input.slice(0, MAX_QUERY_CHARS));
  if (terms.length === 0) return null;
  const marked = terms.filter((term) => term.exactWords.some((word, i) => word !== term.words[i]));
  return {
    match: terms.map((term) => quoted(term.words)).join(" "),
    exactMatch: marked.length > 0 ? marked.map((term) => quoted(term.exactWords)).join(" ") : null,
    words: [...new Set(terms.flatMap((term) => term.words))],
    terms: terms.map((term) => term.words),
    exactTerms: marked.length > 0 ? marked.map((term) => term.exactWords) : null,
  };
}

/**
 * Whether the texts (a title, a summary, a body) hold every term of the query, each in one of
 * them and a phrase as consecutive words in one: what the query's `match` finds in the index's
 * columns, for the few texts searched without it (the "about" pages).
 */
export function textMatchesQuery(query: SearchQuery, texts: readonly string[]): boolean {
  const columns = texts.map(searchWords);
  const holds = (words: string[], term: string[]) => words.some((_, start) => term.every((word, i) => words[start + i] === word));
  return query.terms.every((term) => columns.some((words) => holds(words, term)));
}

/**
 * How many of the query's distinct words a text holds, given as normaliseForSearch made it (as
 * the index holds a title): the search ranks an article by the words in its title before bm25.
 */
export function queryWordsIn(query: SearchQuery, normalisedText: string): number {
  // normaliseForSearch leaves single spaces between words: a word is found between two.
  const spaced = ` ${normalisedText} `;
  let found = 0;
  for (const word of new Set(query.words)) if (spaced.includes(` ${word} `)) found++;
  return found;
}

/** Any of the words of a text, for "similar words" (related articles): `"dai" OR "hoi"`. */
export function anyWordMatch(text: string, maxWords = MAX_QUERY_WORDS): string | null {
  const words = [...new Set(searchWords(text))].slice(0, maxWords);
  return words.length > 0 ? words.map((word) => quoted([word])).join(" OR ") : null;
}

/**
 * How close each candidate is to a text, for "Tin liên quan": each of the text's words found in a
 * candidate's title counts twice as much as in its summary only, weighted by how rare the word is
 * among the candidates (one in all of them, like "công đoàn", says little). Plain code over a few
 * hundred candidates whose words the index already holds normalised: bm25 would count every
 * article holding each common word, tens of milliseconds at 100,000 articles per article page.
 */
export function similarityScores(
  text: string,
  candidates: readonly { id: number; titleWords: readonly string[]; summaryWords: readonly string[] }[],
): Map<number, number> {
  const wanted = new Set(searchWords(text));
  const found = candidates.map((candidate) => {
    const inTitle = new Set(candidate.titleWords.filter((word) => wanted.has(word)));
    const inSummary = new Set(candidate.summaryWords.filter((word) => wanted.has(word) && !inTitle.has(word)));
    return { id: candidate.id, inTitle, inSummary };
  });
  const holders = new Map<string, number>();
  for (const { inTitle, inSummary } of found) for (const word of [...inTitle, ...inSummary]) holders.set(word, (holders.get(word) ?? 0) + 1);
  const rarity = (word: string) => Math.log(1 + candidates.length / (holders.get(word) ?? 1));
  return new Map(
    found.map(({ id, inTitle, inSummary }) => {
      let score = 0;
      for (const word of inTitle) score += 2 * rarity(word);
      for (const word of inSummary) score += rarity(word);
      return [id, score];
    }),
  );
}
