import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { PageHeading } from "@/components/site/page-heading";
import { PublishedList } from "@/components/site/published-list";
import { siteTaxonomy } from "@/server/public-content";
import { BUILD_CHECK_PARAMS, loadPublishedListing, type ListingParams } from "@/server/published-listing";

// Served whole from the cache; only while a scheduled article is minutes away is its data too
// short-lived to cache, and then each request renders the page, whole (core/cache-life.ts).
export const instant = false;

type Props = { params: Promise<ListingParams & { slug: string }> };

async function findUnit(slug: string) {
  return (await siteTaxonomy()).units.find((unit) => unit.slug === slug) ?? null;
}

// /don-vi/[slug]?trang=&ngay= is rewritten here by proxy.ts (core/public-routes.ts).
export function generateStaticParams() {
  return [{ slug: "kiem-tra", ...BUILD_CHECK_PARAMS }];
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const unit = await findUnit((await params).slug);
  return { title: unit?.name ?? "Không tìm thấy đơn vị" };
}

export default async function UnitPage({ params }: Props) {
  const { slug, ...listingParams } = await params;
  const unit = await findUnit(slug);
  if (!unit) notFound();
  const listing = await loadPublishedListing(`/don-vi/${unit.slug}`, listingParams, { unitId: unit.id });
  return (
    <>
      <PageHeading description="Tin bài do đơn vị gửi đăng">{unit.name}</PageHeading>
      <PublishedList {...listing} />
    </>
  );
}
