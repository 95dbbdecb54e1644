import type { ImageSources } from "@/core/media-files";
import { Picture } from "@/components/ui/picture";

/** A photo with its caption, as the portals show it under the title. */
export function ArticleFigure({ image, caption, sizes, priority = false }: { image: ImageSources; caption?: string; sizes: string; priority?: boolean }) {
  return (
    <figure>
      <Picture
        src={image.src}
        srcSet={image.srcSet}
        sizes={sizes}
        width={image.width}
        height={image.height}
        alt={image.alt}
        loading={priority ? "eager" : "lazy"}
        fetchPriority={priority ? "high" : undefined}
        className="h-auto w-full rounded-sm bg-neutral-200"
      />
      {caption && <figcaption className="mt-2 text-center text-sm italic leading-6 text-neutral-700">{caption}</figcaption>}
    </figure>
  );
}
