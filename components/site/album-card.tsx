import { Picture } from "@/components/ui/picture";
import { albumPath } from "@/core/public-routes";
import { dayKey, formatCalendarDay } from "@/core/vi-date";
import type { AlbumCard as AlbumCardModel } from "@/db/queries/albums";
import { UnionEmblem } from "./union-emblem";

/** An album in the grid: its cover, title, day, unit and how many photos it holds; the whole card one link. */
export function AlbumCard({ album, eager }: { album: AlbumCardModel; eager: boolean }) {
  return (
    <article className="group relative flex h-full flex-col overflow-hidden rounded border border-neutral-200 bg-white">
      <div className="relative aspect-[8/5] bg-brand-50">
        {album.cover ? (
          <Picture
            src={album.cover.src}
            srcSet={album.cover.srcSet}
            sizes="(min-width: 1024px) 300px, (min-width: 640px) 33vw, 50vw"
            width={album.cover.width}
            height={album.cover.height}
            alt=""
            loading={eager ? "eager" : "lazy"}
            className="h-full w-full object-cover"
          />
        ) : (
          <div className="flex h-full items-center justify-center" aria-hidden="true">
            <UnionEmblem className="h-12 w-12 opacity-60" />
          </div>
        )}
        <span className="absolute bottom-1.5 right-1.5 rounded bg-neutral-900/85 px-1.5 py-0.5 text-xs font-semibold text-white" data-testid="so-anh">
          {album.photoCount} ảnh
        </span>
      </div>
      <div className="flex flex-1 flex-col gap-1 p-2 sm:p-3">
        <h3 className="text-sm font-bold leading-snug text-brand-900 sm:text-base">
          {/* The link covers the card (after:inset-0), so the cover and the text open the album alike. */}
          <a href={albumPath(album.slug)} className="after:absolute after:inset-0 group-hover:text-accent-700 group-hover:underline">
            {album.title}
          </a>
        </h3>
        <p className="text-xs text-neutral-600">
          <time dateTime={dayKey(album.takenOn)}>{formatCalendarDay(album.takenOn)}</time>
          {album.unitName && (
            <>
              <span aria-hidden="true"> · </span>
              {album.unitName}
            </>
          )}
        </p>
      </div>
    </article>
  );
}
