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

/**
 * What a picture needs: the WebP widths as the srcset of its WebP source, and the largest JPEG as the
 * src of its <img>, for browsers without WebP (Safari before 14, iOS 12 and 13) and for feed readers.
 */
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

const imageTag = /<img\s[^>]*>/g;
const attributeOf = (tag: string, name: string) => new RegExp(`\\s${name}="([^"]*)"`).exec(tag)?.[1];
const webpCandidate = /^\S+\.webp\s+\d+w$/;

/**
 * A stored body as readers get it: each photo whose srcset is our WebP widths becomes a <picture>
 * whose WebP source carries them, its <img> keeping the JPEG src alone. A browser without WebP reads
 * the srcset of an <img> all the same and shows nothing; it skips a <source> of a type it lacks.
 * The body is the sanitiser's output (core/sanitize.ts): attributes in double quotes, ">" escaped
 * in them, so a tag ends at its first ">". Other images are left as they are; a second pass changes nothing.
 */
export function bodyWithPictures(html: string): string {
  return html.replace(imageTag, (tag) => {
    const srcSet = attributeOf(tag, "srcset");
    if (srcSet === undefined || !srcSet.split(",").every((candidate) => webpCandidate.test(candidate.trim()))) return tag;
    const sizes = attributeOf(tag, "sizes");
    const img = tag.replace(/\s(?:srcset|sizes)="[^"]*"/g, "");
    return `<picture><source type="image/webp" srcset="${srcSet}"${sizes === undefined ? "" : ` sizes="${sizes}"`}>${img}</picture>`;
  });
}
