import type { Metadata } from "next";
import { PageHeading } from "@/components/site/page-heading";
import { PublishedList } from "@/components/site/published-list";
import { BUILD_CHECK_PARAMS, loadPublishedListing, type ListingParams } from "@/server/published-listing";

// Served whole from the cache; only while a scheduled article is minutes away is its data too
// short-lived to cache, and then each request renders the page, whole (core/cache-life.ts).
export const instant = false;

export const metadata: Metadata = { title: "Tin tức" };

// /tin-tuc?trang=&ngay= is rewritten here by proxy.ts (core/public-routes.ts).
export function generateStaticParams() {
  return [BUILD_CHECK_PARAMS];
}

export default async function NewsPage({ params }: { params: Promise<ListingParams> }) {
  const listing = await loadPublishedListing("/tin-tuc", await params);
  return (
    <>
      <PageHeading>Tin tức</PageHeading>
      <PublishedList {...listing} />
    </>
  );
}
