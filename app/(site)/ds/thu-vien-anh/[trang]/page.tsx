import type { Metadata } from "next";
import { AlbumCard } from "@/components/site/album-card";
import { ListingCount } from "@/components/site/listing-count";
import { NotFoundPage } from "@/components/site/not-found-page";
import { PageHeading } from "@/components/site/page-heading";
import { Pager } from "@/components/site/pager";
import { listingHref } from "@/core/listing-query";
import { ALBUMS_PER_PAGE, paginate, parsePageParam } from "@/core/pagination";
import { ALBUMS_PATH } from "@/core/public-routes";
import { publicPageMetadata } from "@/server/article-metadata";
import { albumsContent } from "@/server/public-content";

type Props = { params: Promise<{ trang: string }> };

// A phone shows two columns: the first row's covers are above the fold, the others load as the reader scrolls.
const EAGER_COVERS = 2;

export function generateMetadata(): Promise<Metadata> {
  return publicPageMetadata({ title: "Thư viện ảnh", path: ALBUMS_PATH, description: "Các album ảnh về hoạt động công đoàn, mới nhất trước." });
}

// /thu-vien-anh?trang= is rewritten here by proxy.ts (core/public-routes.ts). None at build time:
// each page is rendered on its first request and cached until the albums change.
export function generateStaticParams() {
  return [];
}

export default async function AlbumsPage({ params }: Props) {
  const page = parsePageParam((await params).trang);
  if (page === null) return <NotFoundPage />;
  const { items, total } = await albumsContent(page, ALBUMS_PER_PAGE);
  const pagination = paginate(total, page, ALBUMS_PER_PAGE);
  if (pagination.isPastEnd) return <NotFoundPage />;
  return (
    <>
      <PageHeading>Thư viện ảnh</PageHeading>
      <section aria-labelledby="cac-album" className="rounded border border-neutral-200 bg-white p-3 sm:p-6">
        <h2 id="cac-album" className="border-b-2 border-accent-700 pb-2 text-lg font-bold uppercase text-brand-900">
          Các album ảnh
        </h2>
        <ListingCount pagination={pagination} />
        {items.length === 0 ? (
          <p className="mt-4 rounded bg-brand-50 p-4 text-neutral-800" role="status">
            Chưa có album ảnh nào được đăng.
          </p>
        ) : (
          <ul className="mt-4 grid grid-cols-2 gap-3 sm:grid-cols-3 sm:gap-4 lg:grid-cols-4" aria-label="Danh sách album">
            {items.map((album, index) => (
              <li key={album.id}>
                <AlbumCard album={album} eager={index < EAGER_COVERS} />
              </li>
            ))}
          </ul>
        )}
        <Pager pagination={pagination} hrefForPage={(number) => listingHref(ALBUMS_PATH, { page: number })} />
      </section>
    </>
  );
}
