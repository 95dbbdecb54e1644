import type { Crumb } from "@/core/json-ld";
import { ALBUMS_PATH, albumPath, albumPhotoPath } from "@/core/public-routes";
import { dayKey, formatCalendarDay } from "@/core/vi-date";
import type { PublicAlbum } from "@/db/queries/albums";
import { AlbumGallery } from "./album-gallery";
import { Breadcrumbs } from "./breadcrumbs";
import { ShareBar } from "./share-bar";

/** Trang chủ › Thư viện ảnh › the album (› the photo). */
export function albumCrumbs(album: { slug: string; title: string }, photo?: { id: number; name: string }): Crumb[] {
  const crumbs = [{ name: "Trang chủ", path: "/" }, { name: "Thư viện ảnh", path: ALBUMS_PATH }, { name: album.title, path: albumPath(album.slug) }];
  return photo ? [...crumbs, { name: photo.name, path: albumPhotoPath(album.slug, photo.id) }] : crumbs;
}

/**
 * An album as readers see it: its title, day, unit, share links and description, then its photos.
 * `shareUrl` is the album's canonical address, which its share links carry.
 */
export function AlbumView({ album, shareUrl }: { album: PublicAlbum; shareUrl: string }) {
  const photos = album.photos.map((photo) => ({ ...photo, href: albumPhotoPath(album.slug, photo.id) }));
  return (
    <div className="flex flex-col gap-5">
      <Breadcrumbs crumbs={albumCrumbs(album)} />
      <article className="rounded border border-neutral-200 bg-white p-3 sm:p-6" aria-labelledby="tieu-de">
        <h1 id="tieu-de" className="border-b-2 border-accent-700 pb-3 text-2xl font-bold leading-snug text-brand-900 sm:text-3xl">
          {album.title}
        </h1>
        <p className="mt-3 text-sm text-neutral-700">
          <time dateTime={dayKey(album.takenOn)}>{formatCalendarDay(album.takenOn)}</time>
          {album.unitName && <><span aria-hidden="true"> · </span>{album.unitName}</>}
          <span aria-hidden="true"> · </span>
          {album.photos.length} ảnh
        </p>
        <ShareBar url={shareUrl} what="album" print={false} />
        {album.description.split(/\n+/).filter((line) => line.trim()).map((line, index) => (
          <p key={index} className="mt-3 max-w-3xl leading-7 text-neutral-900">{line}</p>
        ))}
        <div className="mt-5">
          {photos.length === 0 ? <p className="rounded bg-brand-50 p-4 text-neutral-800">Album này chưa có ảnh.</p> : <AlbumGallery albumTitle={album.title} photos={photos} />}
        </div>
      </article>
    </div>
  );
}
