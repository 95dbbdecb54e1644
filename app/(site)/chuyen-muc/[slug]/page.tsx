import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { PageHeading } from "@/components/site/page-heading";
import { PublishedList } from "@/components/site/published-list";
import { categoryBySlug } from "@/db/queries/taxonomy";
import { getDatabase } from "@/server/database";
import { loadPublishedListing, type SearchParams } from "@/server/published-listing";

type Props = { params: Promise<{ slug: string }>; searchParams: Promise<SearchParams> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const category = categoryBySlug(getDatabase(), (await params).slug);
  return { title: category?.name ?? "Không tìm thấy chuyên mục" };
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
