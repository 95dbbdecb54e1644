import type { Metadata } from "next";
import { PageHeading } from "@/components/site/page-heading";
import { NotFoundPage } from "@/components/site/not-found-page";
import { PublishedList } from "@/components/site/published-list";
import { publicPageMetadata } from "@/server/article-metadata";
import { siteTaxonomy } from "@/server/public-content";
import { loadPublishedListing, type ListingParams } from "@/server/published-listing";
import { followLegacyPath } from "@/server/legacy-redirect";

type Props = { params: Promise<ListingParams & { slug: string }> };

async function findUnit(slug: string) {
  return (await siteTaxonomy()).units.find((unit) => unit.slug === slug) ?? null;
}

// /don-vi/[slug]?trang=&ngay= is rewritten here by proxy.ts (core/public-routes.ts).
// None at build time: each page is rendered on its first request and cached from then on.
export function generateStaticParams() {
  return [];
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const unit = await findUnit((await params).slug);
  return unit ? publicPageMetadata({ title: unit.name, path: `/don-vi/${unit.slug}`, description: `Tin hoạt động của ${unit.name}.` }) : { title: "Không tìm thấy đơn vị" };
}

export default async function UnitPage({ params }: Props) {
  const { slug, ...listingParams } = await params;
  const unit = await findUnit(slug);
  if (!unit) {
    // An old portal's address under a section name that is also ours (/don-vi/cong-doan-co-so).
    await followLegacyPath(`/don-vi/${slug}`);
    // Not notFound(): without JavaScript it would leave an empty page (components/site/not-found-page.tsx).
    return <NotFoundPage />;
  }
  const listing = await loadPublishedListing(`/don-vi/${unit.slug}`, listingParams, { unitId: unit.id });
  if (!listing) return <NotFoundPage />;
  return (
    <>
      <PageHeading description="Tin bài do đơn vị gửi đăng">{unit.name}</PageHeading>
      <PublishedList {...listing} />
    </>
  );
}
