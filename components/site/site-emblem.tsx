import { Picture } from "@/components/ui/picture";
import type { ImageSources } from "@/core/media-files";
import { UnionEmblem } from "./union-emblem";

/** The union's uploaded emblem, or the neutral one until there is one; decorative beside the name. */
export function SiteEmblem({ emblem, className }: { emblem: ImageSources | null; className?: string }) {
  if (!emblem) return <UnionEmblem className={className} />;
  return <Picture src={emblem.src} srcSet={emblem.srcSet} sizes="128px" alt="" width={emblem.width} height={emblem.height} className={`${className ?? ""} object-contain`} />;
}
