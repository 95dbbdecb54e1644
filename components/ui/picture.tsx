import type { ComponentProps } from "react";

type PictureProps = Omit<ComponentProps<"img">, "src" | "srcSet" | "sizes"> & { src: string; srcSet: string; sizes: string };

/**
 * One of our stored images (core/media-files.ts imageSources): the WebP widths as a source, which a
 * browser without WebP (Safari before 14) skips for the <img>'s JPEG; on an <img> it would read them
 * and show nothing. The <picture> takes no box of its own (display: contents), so the <img> lays out
 * as if alone: its classes, a flex item's included, work as they did.
 */
export function Picture({ src, srcSet, sizes, alt, ...img }: PictureProps) {
  return (
    <picture className="contents">
      <source type="image/webp" srcSet={srcSet} sizes={sizes} />
      <img src={src} alt={alt} {...img} />
    </picture>
  );
}
