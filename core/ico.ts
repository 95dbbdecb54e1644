// A Windows icon file (.ico) holding PNG images, as every browser since IE 11 reads them: a 6-byte
// header, one 16-byte directory entry per image, then the PNG files one after another.

export type IcoImage = { size: number; png: Uint8Array };

const HEADER_BYTES = 6;
const ENTRY_BYTES = 16;

/** Square PNGs (1–256 px) → the bytes of one .ico, smallest first as Windows expects. */
export function icoFromPngs(images: IcoImage[]): Uint8Array {
  const sorted = [...images].sort((a, b) => a.size - b.size);
  const total = HEADER_BYTES + ENTRY_BYTES * sorted.length + sorted.reduce((sum, image) => sum + image.png.length, 0);
  const bytes = new Uint8Array(total);
  const view = new DataView(bytes.buffer);
  view.setUint16(0, 0, true); // reserved
  view.setUint16(2, 1, true); // 1: icon (2 would be a cursor)
  view.setUint16(4, sorted.length, true);
  let offset = HEADER_BYTES + ENTRY_BYTES * sorted.length;
  sorted.forEach((image, i) => {
    if (!Number.isInteger(image.size) || image.size < 1 || image.size > 256) throw new RangeError(`An icon is 1–256 px, not ${image.size}`);
    const entry = HEADER_BYTES + ENTRY_BYTES * i;
    view.setUint8(entry, image.size % 256); // 0 means 256
    view.setUint8(entry + 1, image.size % 256);
    view.setUint8(entry + 2, 0); // no palette
    view.setUint8(entry + 3, 0); // reserved
    view.setUint16(entry + 4, 1, true); // colour planes
    view.setUint16(entry + 6, 32, true); // bits per pixel
    view.setUint32(entry + 8, image.png.length, true);
    view.setUint32(entry + 12, offset, true);
    bytes.set(image.png, offset);
    offset += image.png.length;
  });
  return bytes;
}
