import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { PageHeading } from "@/components/site/page-heading";
import { PublishedList } from "@/components/site/published-list";
import { categoryBySlug } from "@/db/queries/taxonomy";
import { listingMetadata } from "@/server/article-metadata";
import { getDatabase } from "@/server/database";
import { loadPublishedListing, type SearchParams } from "@/server/published-listing";

type Props = { params: Promise<{ slug: string }>; searchParams: Promise<SearchParams> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const category = categoryBySlug(getDatabase(), (await params).slug);
  if (!category) return { title: "Không tìm thấy chuyên mục" };
  const metadata = listingMetadata(category.name, `/chuyen-muc/${category.slug}`, `Tin của chuyên mục ${category.name}.`);
  return { ...metadata, alternates: { ...metadata.alternates, types: { "application/rss+xml": [{ url: `/chuyen-muc/${category.slug}/rss.xml`, title: category.name }] } } };
}

export default async function CategoryPage({ params, searchParams }: Props) {
  const { slug } = await params;
  const category = categoryBySlug(getDatabase(), slug);
  if (!category) notFound();
  const listing = loadPublishedListing(`/chuyen-muc/${category.slug}`, await searchParams, { categoryId: category.id });
  return (
    <>
      <PageHeading>{category.name}</PageHeading>
      <PublishedList {...listing} />
    </>
  );
}
