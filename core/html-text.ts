/** Escapes text for HTML content and double-quoted attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;").replace(/'/g, "&#39;");
}

// Inline tags join the text around them ("<strong>một</strong>." is "một."); any other tag separates words.
const INLINE_TAGS = new Set(["a", "strong", "b", "em", "i", "u", "s", "sub", "sup", "code", "span"]);

const NAMED_ENTITIES: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'", nbsp: " " };

function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (entity, name: string) => {
    if (name[0] === "#") {
      const code = name[1] === "x" || name[1] === "X" ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
      return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : " ";
    }
    return NAMED_ENTITIES[name.toLowerCase()] ?? entity;
  });
}

/**
 * The readable text of a stored (sanitised) article body, for the search index and excerpts:
 * "<p>Đại&nbsp;hội</p><p>lần X</p>" → "Đại hội lần X". Its result is text: escape it to show it.
 */
export function htmlToText(html: string): string {
  return decodeEntities(html.replace(/<\/?([a-z][a-z0-9]*)[^>]*>/gi, (_, tag: string) => (INLINE_TAGS.has(tag.toLowerCase()) ? "" : " ")).replace(/<[^>]*>/g, " "))
    .replace(/\s+/g, " ")
    .trim();
}
