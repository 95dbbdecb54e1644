import type { Metadata } from "next";
import { PageHeading } from "@/components/site/page-heading";
import { PublishedList } from "@/components/site/published-list";
import { loadPublishedListing, type SearchParams } from "@/server/published-listing";

export const metadata: Metadata = { title: "Tin tức" };

export default async function NewsPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const listing = loadPublishedListing("/tin-tuc", await searchParams);
  return (
    <>
      <PageHeading>Tin tức</PageHeading>
      <PublishedList {...listing} />
    </>
  );
}
