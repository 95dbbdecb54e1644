import { albumPath, albumPhotoPath } from "@/core/public-routes";
import type { PublicAlbumPhoto } from "@/db/queries/albums";
import { albumCrumbs } from "./album-view";
import { ArticleFigure } from "./article-figure";
import { Breadcrumbs } from "./breadcrumbs";

const stepLink = "inline-flex min-h-11 items-center justify-center rounded border border-neutral-300 bg-white px-3 text-sm font-semibold text-brand-900 hover:border-brand-700 hover:text-brand-700";
const stepAbsent = "inline-flex min-h-11 items-center justify-center rounded border border-neutral-200 px-3 text-sm text-neutral-500";

/** One photo of an album on its own page, reachable without JavaScript: previous, next and back to the album. */
export function AlbumPhotoView({ album, photo, position, total, previousId, nextId }: PublicAlbumPhoto) {
  const place = `Ảnh ${position}/${total}`;
  return (
    <div className="flex flex-col gap-5">
      <Breadcrumbs crumbs={albumCrumbs(album, { id: photo.id, name: place })} />
      <article className="rounded border border-neutral-200 bg-white p-3 sm:p-6" aria-labelledby="tieu-de">
        <h1 id="tieu-de" className="text-xl font-bold leading-snug text-brand-900 sm:text-2xl">
          {album.title}
        </h1>
        <p className="mt-1 text-sm font-semibold text-neutral-700" data-testid="vi-tri-anh">{place}</p>
        <div className="mt-4">
          <ArticleFigure image={{ ...photo.image, alt: photo.image.alt || place }} caption={photo.caption} sizes="(min-width: 1152px) 1100px, 100vw" priority />
          {photo.credit && <p className="mt-1 text-center text-sm text-neutral-700">{photo.credit}</p>}
        </div>
        <nav aria-label="Chuyển ảnh" className="mt-5 flex flex-wrap items-center justify-between gap-2">
          {previousId !== null ? (
            <a href={albumPhotoPath(album.slug, previousId)} rel="prev" className={stepLink}><span aria-hidden="true">←&nbsp;</span>Ảnh trước</a>
          ) : (
            <span className={stepAbsent} aria-hidden="true">← Ảnh trước</span>
          )}
          <a href={albumPath(album.slug)} className={stepLink}>Về album</a>
          {nextId !== null ? (
            <a href={albumPhotoPath(album.slug, nextId)} rel="next" className={stepLink}>Ảnh sau<span aria-hidden="true">&nbsp;→</span></a>
          ) : (
            <span className={stepAbsent} aria-hidden="true">Ảnh sau →</span>
          )}
        </nav>
      </article>
    </div>
  );
}
