// Photo albums ("Thư viện ảnh", issue 16): the rules that need no database. An album is a congress
// or a campaign in pictures: a title, a Vietnam calendar day, a unit, a description, and 1–300
// photos in the order the editor set, one of them the cover.

/** Enough for a congress's two days; a larger event is several albums, which readers page through better. */
export const MAX_ALBUM_PHOTOS = 300;

export const PUBLISH_NEEDS_A_PHOTO = "Album chưa có ảnh nào: hãy tải lên ít nhất một ảnh trước khi xuất bản.";

export function albumFullMessage(fileName: string | null): string {
  const which = fileName ? ` ảnh “${fileName}”` : " ảnh";
  return `Album đã đủ ${MAX_ALBUM_PHOTOS} ảnh nên không thêm được${which}. Hãy bỏ bớt ảnh hoặc tạo một album khác.`;
}

/** Whether one more photo fits in an album that holds `count`. */
export function hasRoomForPhoto(count: number): boolean {
  return count < MAX_ALBUM_PHOTOS;
}

/**
 * The cover readers see: the chosen photo while it is in the album, else the first photo, else
 * none. `photoIds` are in the album's order.
 */
export function albumCoverId(coverPhotoId: number | null, photoIds: readonly number[]): number | null {
  if (coverPhotoId !== null && photoIds.includes(coverPhotoId)) return coverPhotoId;
  return photoIds[0] ?? null;
}

/**
 * The order after moving `id` to `toIndex` (clamped to the list), the others keeping theirs:
 * [a, b, c] moving c to 0 → [c, a, b]. Null when `id` is not in the list.
 */
export function movedInOrder<T>(order: readonly T[], id: T, toIndex: number): T[] | null {
  const from = order.indexOf(id);
  if (from === -1) return null;
  const rest = order.filter((_, index) => index !== from);
  const to = Math.max(0, Math.min(rest.length, Math.trunc(toIndex)));
  return [...rest.slice(0, to), id, ...rest.slice(to)];
}

/** A new order the editor sent is the same photos, each once: nothing added or removed meanwhile. */
export function isSameSetOfPhotos(current: readonly number[], proposed: readonly number[]): boolean {
  if (current.length !== proposed.length) return false;
  const wanted = new Set(current);
  return new Set(proposed).size === proposed.length && proposed.every((id) => wanted.has(id));
}

/** What a screen reader hears after a move: "Ảnh “hoi-nghi.jpg” nay ở vị trí 2 trên 6." */
export function movedPhotoAnnouncement(name: string, position: number, total: number): string {
  return `Ảnh “${name}” nay ở vị trí ${position} trên ${total}.`;
}
