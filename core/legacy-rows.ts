// How the values of an old portal's rows read (issue 17): the bytes of its text columns, Joomla's
// state and images JSON, NukeViet's status, plain-text lead and home image. Plain rules, used by the
// readers in server/legacy-import/, which only fetch the rows.
import { escapeHtml } from "./html-text";
import type { LegacyArticleState, LegacyImage } from "./legacy-import";

const strictUtf8 = new TextDecoder("utf-8", { fatal: true });
const lenientUtf8 = new TextDecoder("utf-8");

/**
 * A text column's bytes as text. Old sites hold bytes that are not UTF-8 (Word's Windows-1252
 * quotes, a letter cut in half by a byte-counting substr): each bad sequence becomes U+FFFD, and
 * `repaired` says so, so the article still imports and the report can name it.
 */
export function decodedText(bytes: Uint8Array | null | undefined): { text: string; repaired: boolean } {
  if (!bytes) return { text: "", repaired: false };
  try {
    return { text: strictUtf8.decode(bytes), repaired: false };
  } catch {
    return { text: lenientUtf8.decode(bytes), repaired: true };
  }
}

/** Joomla 3's state: 1 published and 2 archived (still served at its address), 0 unpublished, -2 trashed. */
export function joomlaArticleState(state: number): LegacyArticleState {
  if (state === 1 || state === 2) return "published";
  if (state === -2) return "trashed";
  return "draft";
}

const stringOf = (value: unknown) => (typeof value === "string" ? value.trim() : "");

/**
 * The intro and full-text images of Joomla 3's `images` column: JSON as PHP wrote it ("\/" and
 * "\u0110" escapes, which JSON reads), or "" on old rows, or anything an extension left there.
 * What is not a JSON object with an image path gives no image.
 */
export function joomlaImages(json: string): { intro: LegacyImage | null; full: LegacyImage | null } {
  let parsed: unknown;
  try {
    parsed = JSON.parse(json);
  } catch {
    return { intro: null, full: null };
  }
  if (typeof parsed !== "object" || parsed === null || Array.isArray(parsed)) return { intro: null, full: null };
  const fields = parsed as Record<string, unknown>;
  const image = (kind: "intro" | "fulltext"): LegacyImage | null => {
    const src = stringOf(fields[`image_${kind}`]);
    return src === "" ? null : { src, alt: stringOf(fields[`image_${kind}_alt`]), caption: stringOf(fields[`image_${kind}_caption`]) };
  };
  return { intro: image("intro"), full: image("fulltext") };
}

/**
 * NukeViet 4's status: 1 published; 3 (expired) published too, because NukeViet keeps serving an
 * expired article at its address, as Joomla does an archived one, and shared links must keep working;
 * 0 stopped, 2 waiting, 4 draft and 5–13 (approval steps) are drafts. Above 20 the category was
 * locked and the status is stored plus 21.
 */
export function nukeVietArticleState(status: number): LegacyArticleState {
  const own = status > 20 ? status - 21 : status;
  return own === 1 || own === 3 ? "published" : "draft";
}

// A real tag ("<p>", "</strong>", "<br/>", "<img src=…>"), not "<năm 2023>" typed in plain text.
const HTML_TAG = /<\/?[a-z][a-z0-9]*(?:\s[^<>]*)?\/?>/i;

/**
 * NukeViet's hometext as HTML: plain text unless the site turned `htmlhometext` on, so text with
 * tags is kept as it is, and plain text is escaped, a paragraph per blank-line-separated block and
 * <br> for a single line break.
 */
export function plainTextHtml(text: string): string {
  if (HTML_TAG.test(text)) return text;
  return text
    .replace(/\r\n?/g, "\n")
    .split(/\n\s*\n/)
    .map((block) => block.trim())
    .filter((block) => block !== "")
    .map((block) => `<p>${block.split("\n").map((line) => escapeHtml(line.trim())).join("<br>")}</p>`)
    .join("\n");
}

/**
 * NukeViet's home image, by `homeimgthumb`: 1 (a thumbnail was made) and 2 keep the file under
 * uploads/<module>/, 3 is an address, 0 means none. The alt text is also the caption NukeViet's
 * article page shows under the photo.
 */
export function nukeVietHomeImage(file: string, alt: string, thumb: number, moduleData: string): LegacyImage | null {
  const name = file.trim();
  if (name === "") return null;
  const text = alt.trim();
  if (thumb === 1 || thumb === 2) return { src: `uploads/${moduleData}/${name.replace(/^\/+/, "")}`, alt: text, caption: text };
  if (thumb === 3) return { src: name, alt: text, caption: text };
  return null;
}
