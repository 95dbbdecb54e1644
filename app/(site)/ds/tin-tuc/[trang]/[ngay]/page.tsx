import type { Metadata } from "next";
import { PageHeading } from "@/components/site/page-heading";
import { NotFoundPage } from "@/components/site/not-found-page";
import { PublishedList } from "@/components/site/published-list";
import { loadPublishedListing, type ListingParams } from "@/server/published-listing";

export const metadata: Metadata = { title: "Tin tức" };

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
