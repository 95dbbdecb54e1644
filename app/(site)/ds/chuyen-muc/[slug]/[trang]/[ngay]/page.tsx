import type { Metadata } from "next";
import { PageHeading } from "@/components/site/page-heading";
import { NotFoundPage } from "@/components/site/not-found-page";
import { PublishedList } from "@/components/site/published-list";
import { publicPageMetadata } from "@/server/article-metadata";
import { siteTaxonomy } from "@/server/public-content";
import { loadPublishedListing, type ListingParams } from "@/server/published-listing";
import { followLegacyPath } from "@/server/legacy-redirect";

type Props = { params: Promise<ListingParams & { slug: string }> };

async function findCategory(slug: string) {
  return (await siteTaxonomy()).categories.find((category) => category.slug === slug) ?? null;
}

// /chuyen-muc/[slug]?trang=&ngay= is rewritten here by proxy.ts (core/public-routes.ts).
// None at build time: each page is rendered on its first request and cached from then on.
export function generateStaticParams() {
  return [];
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const category = await findCategory((await params).slug);
  if (!category) return { title: "Không tìm thấy chuyên mục" };
  const metadata = await publicPageMetadata({ title: category.name, path: `/chuyen-muc/${category.slug}`, description: `Tin của chuyên mục ${category.name}.` });
  return { ...metadata, alternates: { ...metadata.alternates, types: { "application/rss+xml": [{ url: `/chuyen-muc/${category.slug}/rss.xml`, title: category.name }] } } };
}

export default async function CategoryPage({ params }: Props) {
  const { slug, ...listingParams } = await params;
  const category = await findCategory(slug);
  if (!category) {
    // An old portal's address under a section name that is also ours (/chuyen-muc/tin-co-so).
    await followLegacyPath(`/chuyen-muc/${slug}`);
    // Not notFound(): without JavaScript it would leave an empty page (components/site/not-found-page.tsx).
    return <NotFoundPage />;
  }
  const listing = await loadPublishedListing(`/chuyen-muc/${category.slug}`, listingParams, { categoryId: category.id });
  if (!listing) return <NotFoundPage />;
  return (
    <>
      <PageHeading>{category.name}</PageHeading>
      <PublishedList {...listing} />
    </>
  );
}
