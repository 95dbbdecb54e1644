import { Picture } from "@/components/ui/picture";
import { albumPath, albumPhotoPath } from "@/core/public-routes";
import type { ArticleAlbum } from "@/db/queries/article-links";

/** "Xem thêm ảnh" under an article: the first photos of its album, each opening its own page, and the whole album. */
export function AlbumStrip({ album }: { album: ArticleAlbum | null }) {
  if (!album || album.photos.length === 0) return null;
  return (
    <section aria-labelledby="xem-them-anh" className="rounded border border-neutral-200 bg-white p-4 sm:p-6">
      <h2 id="xem-them-anh" className="border-b-2 border-accent-700 pb-2 text-lg font-bold uppercase text-brand-900">
        Xem thêm ảnh
      </h2>
      <p className="mt-3 font-semibold text-brand-900">{album.title}</p>
      <ul className="mt-3 grid grid-cols-4 gap-2 sm:grid-cols-8">
        {album.photos.map((photo, index) => (
          <li key={photo.id}>
            <a href={albumPhotoPath(album.slug, photo.id)} className="block focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-brand-700" aria-label={`Ảnh ${index + 1}: ${photo.image.alt || album.title}`}>
              <Picture
                src={photo.image.src}
                srcSet={photo.image.srcSet}
                sizes="(min-width: 640px) 90px, 25vw"
                width={photo.image.width}
                height={photo.image.height}
                alt=""
                loading="lazy"
                className="aspect-square w-full rounded-sm bg-neutral-200 object-cover"
              />
            </a>
          </li>
        ))}
      </ul>
      <p className="mt-3 text-right text-sm">
        <a href={albumPath(album.slug)} className="font-semibold text-brand-700 hover:underline">
          Xem cả album ({album.photoCount} ảnh)
        </a>
      </p>
    </section>
  );
}
