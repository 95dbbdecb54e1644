import type { Metadata } from "next";
import { ListingCount } from "@/components/site/listing-count";
import { NotFoundPage } from "@/components/site/not-found-page";
import { PageHeading } from "@/components/site/page-heading";
import { Pager } from "@/components/site/pager";
import { VideoCard } from "@/components/site/video-card";
import { paginate, parsePageParam } from "@/core/pagination";
import { VIDEOS_PATH } from "@/core/public-routes";
import { publicPageMetadata } from "@/server/article-metadata";
import { VIDEOS_PER_PAGE, videosPageContent } from "@/server/public-content";

type Props = { params: Promise<{ trang: string }> };

export function generateMetadata(): Promise<Metadata> {
  return publicPageMetadata({ title: "Video", path: VIDEOS_PATH, description: "Video hoạt động công đoàn, mới nhất trước." });
}

// /video?trang= is rewritten here by proxy.ts (core/public-routes.ts); each page is rendered on
// its first request and cached until a video is published, changed or taken down.
export function generateStaticParams() {
  return [];
}

export default async function VideosPage({ params }: Props) {
  const page = parsePageParam((await params).trang);
  if (page === null) return <NotFoundPage />;
  const { items, total } = await videosPageContent(page);
  const pagination = paginate(total, page, VIDEOS_PER_PAGE);
  // Beyond the last page there is nothing to show: the address does not exist.
  if (page > 1 && page > pagination.totalPages) return <NotFoundPage />;
  return (
    <>
      <PageHeading>Video</PageHeading>
      {total === 0 ? (
        <p className="rounded bg-white p-4">Chưa có video nào được đăng.</p>
      ) : (
        <>
          <ListingCount pagination={pagination} />
          <ul className="mt-4 grid grid-cols-1 gap-4 sm:grid-cols-2 lg:grid-cols-3">
            {items.map((video) => <li key={video.id}><VideoCard video={video} /></li>)}
          </ul>
          <Pager pagination={pagination} hrefForPage={(n) => (n === 1 ? VIDEOS_PATH : `${VIDEOS_PATH}?trang=${n}`)} />
        </>
      )}
    </>
  );
}
