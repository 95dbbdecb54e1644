import type { Metadata } from "next";
import { PageHeading } from "@/components/site/page-heading";
import { NotFoundPage } from "@/components/site/not-found-page";
import { PublishedList } from "@/components/site/published-list";
import { publicPageMetadata } from "@/server/article-metadata";
import { loadPublishedListing, type ListingParams } from "@/server/published-listing";

export function generateMetadata(): Promise<Metadata> {
  return publicPageMetadata({ title: "Tin tức", path: "/tin-tuc", description: "Tất cả các tin đã đăng, mới nhất trước." });
}

// /tin-tuc?trang=&ngay= is rewritten here by proxy.ts (core/public-routes.ts).
// None at build time: each page is rendered on its first request and cached from then on.
export function generateStaticParams() {
  return [];
}

export default async function NewsPage({ params }: { params: Promise<ListingParams> }) {
  const listing = await loadPublishedListing("/tin-tuc", await params);
  if (!listing) return <NotFoundPage />;
  return (
    <>
      <PageHeading>Tin tức</PageHeading>
      <PublishedList {...listing} />
    </>
  );
}
