import { escapeHtml } from "./html-text";
// Every stored image exists in a few widths as WebP, and at its largest width as JPEG for browsers
// without WebP (images stored before 2026-12 have a JPEG at every width).
// Files are named `${storageKey}-${width}.${format}`, e.g. "demo-conference-3-960.webp".

export const MEDIA_FORMATS = ["webp", "jpg"] as const;
export type MediaFormat = (typeof MEDIA_FORMATS)[number];

export const MEDIA_ROUTE = "/api/media";

const fileNamePattern = /^([a-z0-9][a-z0-9-]{0,80}[a-z0-9])-(\d{2,4})\.(webp|jpg)$/;

export function mediaFileName(storageKey: string, width: number, format: MediaFormat): string {
  return `${storageKey}-${width}.${format}`;
}

/**
 * Every name an image's files may have: each width, as WebP and as JPEG. What a removal deletes
 * (a name without a file is passed over): the smaller JPEGs exist only for older images.
 */
export function mediaFileNames(image: { storageKey: string; variantWidths: number[] }): string[] {
  return image.variantWidths.flatMap((width) => MEDIA_FORMATS.map((format) => mediaFileName(image.storageKey, width, format)));
}

export function mediaUrl(storageKey: string, width: number, format: MediaFormat): string {
  return `${MEDIA_ROUTE}/${mediaFileName(storageKey, width, format)}`;
}

/** Reads a requested file name back; null for anything that is not one of ours (e.g. "../x"). */
export function parseMediaFileName(name: string): { storageKey: string; width: number; format: MediaFormat } | null {
  const match = fileNamePattern.exec(name);
  if (!match) return null;
  const [, storageKey, width, format] = match;
  if (!storageKey || !width || !format) return null;
  return { storageKey, width: Number(width), format: format as MediaFormat };
}

export type ImageSources = {
  src: string;
  srcSet: string;
  width: number;
  height: number;
  alt: string;
};

/** What an <img> needs: the largest JPEG as fallback src, the WebP widths as srcset. */
export function imageSources(image: {
  storageKey: string;
  variantWidths: number[];
  width: number;
  height: number;
  alt: string;
}): ImageSources {
  const widths = [...image.variantWidths].sort((a, b) => a - b);
  const largest = widths[widths.length - 1] ?? image.width;
  return {
    src: mediaUrl(image.storageKey, largest, "jpg"),
    srcSet: widths.map((w) => `${mediaUrl(image.storageKey, w, "webp")} ${w}w`).join(", "),
    width: image.width,
    height: image.height,
    alt: image.alt,
  };
}

/** A photo in an article body, as the editor writes it: the image in every width, and its caption. */
export function figureHtml(image: Parameters<typeof imageSources>[0], caption: string): string {
  const sources = imageSources(image);
  const figcaption = caption.trim() === "" ? "" : `<figcaption>${escapeHtml(caption.trim())}</figcaption>`;
  return (
    `<figure><img src="${sources.src}" srcset="${sources.srcSet}" sizes="(min-width: 768px) 720px, 100vw" ` +
    `width="${sources.width}" height="${sources.height}" alt="${escapeHtml(sources.alt)}" loading="lazy">${figcaption}</figure>`
  );
}
