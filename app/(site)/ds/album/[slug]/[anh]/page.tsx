import type { Metadata } from "next";
import { permanentRedirect } from "next/navigation";
import { AlbumPhotoView } from "@/components/site/album-photo-view";
import { NotFoundPage } from "@/components/site/not-found-page";
import { albumPhotoPath, parsePhotoIdSegment } from "@/core/public-routes";
import { isWellFormedSlug } from "@/core/slug";
import { photoPicture, publicPageMetadata } from "@/server/article-metadata";
import { albumPhotoContent, movedSlugContent } from "@/server/public-content";

type Props = { params: Promise<{ slug: string; anh: string }> };

async function findPhoto({ slug, anh }: { slug: string; anh: string }) {
  const photoId = parsePhotoIdSegment(anh);
  return photoId !== null && isWellFormedSlug(slug) ? albumPhotoContent(slug, photoId) : null;
}

// /thu-vien-anh/[slug]/anh-[id] is rewritten here by proxy.ts (core/public-routes.ts). None at
// build time: each photo's page is rendered on its first request and cached until its album changes.
export function generateStaticParams() {
  return [];
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const found = await findPhoto(await params);
  if (!found) return { title: "Không tìm thấy trang" };
  const { album, photo, position, total } = found;
  return publicPageMetadata({
    title: `${album.title} – ảnh ${position}/${total}`,
    path: albumPhotoPath(album.slug, photo.id),
    description: photo.caption || `Ảnh ${position}/${total} của album ${album.title}.`,
    picture: photoPicture(photo.image, album.title),
  });
}

export default async function AlbumPhotoPage({ params }: Props) {
  const { slug, anh } = await params;
  const found = await findPhoto({ slug, anh });
  if (!found) {
    // A photo shared at its album's address before the album's slug changed.
    const photoId = parsePhotoIdSegment(anh);
    const movedTo = photoId !== null && isWellFormedSlug(slug) ? await movedSlugContent("album", slug) : null;
    if (movedTo && photoId !== null) permanentRedirect(albumPhotoPath(movedTo, photoId));
    return <NotFoundPage />;
  }
  return <AlbumPhotoView {...found} />;
}
