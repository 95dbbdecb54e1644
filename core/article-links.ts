import type { FieldErrors } from "./action-result";
import { recordIdFrom } from "./record-id";

// What an article links to below its text (issue 16): "Văn bản liên quan" (documents, in the
// editor's order) and "Xem thêm ảnh" (one album). The editor sends them with the article's save as
// two form fields, "documentIds" ("12,7,3", "" for none) and "albumId" ("5", "" for none).

export const MAX_ARTICLE_DOCUMENTS = 10;
/** The thumbnails of the album's strip under an article. */
export const ALBUM_STRIP_PHOTOS = 8;

export type ArticleLinks = { documentIds: number[]; albumId: number | null };

/** A document as the editor lists it, chosen or found; its day as "21/12/2022". */
export type DocumentChoice = { id: number; number: string; abstract: string; issuedOn: string; published: boolean };
/** An album as the editor shows it, chosen or found. */
export type AlbumChoice = { id: number; title: string; takenOn: string; published: boolean };

const BROKEN_LIST = "Danh sách văn bản liên quan không đọc được: hãy tải lại trang rồi chọn lại.";

/** The two fields as sent, or each field's problem. Missing fields (undefined) leave the links as they are: null. */
export function readArticleLinks(fields: Record<string, unknown>): { ok: true; links: ArticleLinks | null } | { ok: false; errors: FieldErrors } {
  const { documentIds: documentsText, albumId: albumText } = fields;
  if (documentsText === undefined && albumText === undefined) return { ok: true, links: null };
  const errors: FieldErrors = {};
  const documentIds = idList(documentsText ?? "");
  if (!documentIds) errors.documentIds = [BROKEN_LIST];
  else if (documentIds.length > MAX_ARTICLE_DOCUMENTS) errors.documentIds = [`Một bài gắn được nhiều nhất ${MAX_ARTICLE_DOCUMENTS} văn bản liên quan; hãy bỏ bớt ${documentIds.length - MAX_ARTICLE_DOCUMENTS}.`];
  // undefined: an album was sent but cannot be read (null is "no album").
  const albumId = albumText === undefined || albumText === "" ? null : (recordIdFrom(albumText) ?? undefined);
  if (albumId === undefined) errors.albumId = ["Album đã chọn không đọc được: hãy chọn lại album."];
  if (!documentIds || albumId === undefined || errors.documentIds) return { ok: false, errors };
  return { ok: true, links: { documentIds, albumId } };
}

// "12,7,3" → [12, 7, 3]; a repeated id is listed once, where it first stands.
function idList(value: unknown): number[] | null {
  if (typeof value !== "string") return null;
  if (value.trim() === "") return [];
  const ids = value.split(",").map((part) => recordIdFrom(part.trim()));
  const read = ids.filter((id) => id !== null);
  return read.length === ids.length ? [...new Set(read)] : null;
}

/** What the save reads of a chosen document or album. */
export type LinkTarget = { id: number; label: string; published: boolean };

/**
 * A link must point at something published, or be one the article already had: a document or album
 * taken down since stays linked (readers do not see it; it comes back when published again), so
 * that a take-down never makes the article's own saves, and its autosave, fail.
 */
export function linkProblems(links: ArticleLinks, found: { documents: LinkTarget[]; album: LinkTarget | null }, current: ArticleLinks): FieldErrors {
  const errors: FieldErrors = {};
  const documents = new Map(found.documents.map((target) => [target.id, target]));
  const documentProblems = links.documentIds.flatMap((id) => {
    const target = documents.get(id);
    if (!target) return ["Một văn bản đã chọn không còn trong sổ văn bản: hãy bỏ nó khỏi danh sách."];
    if (!target.published && !current.documentIds.includes(id)) return [`Văn bản “${target.label}” chưa được đăng: chỉ gắn được văn bản đã đăng.`];
    return [];
  });
  if (documentProblems.length > 0) errors.documentIds = [...new Set(documentProblems)];
  if (links.albumId !== null) {
    if (!found.album) errors.albumId = ["Album đã chọn không còn: hãy chọn album khác hoặc bỏ chọn."];
    else if (!found.album.published && current.albumId !== links.albumId) errors.albumId = [`Album “${found.album.label}” chưa được đăng: chỉ gắn được album đã đăng.`];
  }
  return errors;
}

/** The list with one item moved a step up or down; unchanged at either end. */
export function movedInList<T>(items: readonly T[], index: number, direction: "up" | "down"): T[] {
  const to = direction === "up" ? index - 1 : index + 1;
  if (index < 0 || index >= items.length || to < 0 || to >= items.length) return [...items];
  const moved = [...items];
  [moved[index], moved[to]] = [moved[to] as T, moved[index] as T];
  return moved;
}
