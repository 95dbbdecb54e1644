import type { Metadata } from "next";
import { albumCrumbs, AlbumView } from "@/components/site/album-view";
import { JsonLd } from "@/components/site/json-ld";
import { NotFoundPage } from "@/components/site/not-found-page";
import { breadcrumbListJsonLd } from "@/core/json-ld";
import { albumPath } from "@/core/public-routes";
import { isWellFormedSlug } from "@/core/slug";
import { absoluteUrl } from "@/core/xml";
import { formatCalendarDay } from "@/core/vi-date";
import { photoPicture, publicPageMetadata } from "@/server/article-metadata";
import { env } from "@/server/env";
import { albumContent } from "@/server/public-content";
import { followOldAddress } from "@/server/legacy-redirect";

type Props = { params: Promise<{ slug: string }> };

async function findAlbum(slug: string) {
  return isWellFormedSlug(slug) ? albumContent(slug) : null;
}

// /thu-vien-anh/[slug] is rewritten here by proxy.ts (core/public-routes.ts). None at build time:
// each album is rendered on its first request and cached until it changes.
export function generateStaticParams() {
  return [];
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const album = await findAlbum((await params).slug);
  if (!album) return { title: "Không tìm thấy trang" };
  return publicPageMetadata({
    title: album.title,
    path: albumPath(album.slug),
    description: album.description || `Album ${album.photos.length} ảnh, ngày ${formatCalendarDay(album.takenOn)}${album.unitName ? `, ${album.unitName}` : ""}.`,
    picture: photoPicture(album.cover?.image, album.title),
  });
}

export default async function AlbumPage({ params }: Props) {
  const { slug } = await params;
  const album = await findAlbum(slug);
  if (!album) {
    // The address an album had before its slug changed, or an old portal's under a section name that is also ours (/thu-vien-anh/hoat-dong).
    await followOldAddress("album", slug);
    // Not notFound(): without JavaScript it would leave an empty page (components/site/not-found-page.tsx).
    return <NotFoundPage />;
  }
  return (
    <>
      <JsonLd json={breadcrumbListJsonLd(env.SITE_URL, albumCrumbs(album))} />
      <AlbumView album={album} shareUrl={absoluteUrl(env.SITE_URL, albumPath(album.slug))} />
    </>
  );
}
