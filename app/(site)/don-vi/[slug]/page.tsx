import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { PageHeading } from "@/components/site/page-heading";
import { PublishedList } from "@/components/site/published-list";
import { unitBySlug } from "@/db/queries/taxonomy";
import { listingMetadata } from "@/server/article-metadata";
import { getDatabase } from "@/server/database";
import { loadPublishedListing, type SearchParams } from "@/server/published-listing";

type Props = { params: Promise<{ slug: string }>; searchParams: Promise<SearchParams> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const unit = unitBySlug(getDatabase(), (await params).slug);
  return unit ? listingMetadata(unit.name, `/don-vi/${unit.slug}`, `Tin hoạt động của ${unit.name}.`) : { title: "Không tìm thấy đơn vị" };
}

export default async function UnitPage({ params, searchParams }: Props) {
  const { slug } = await params;
  const unit = unitBySlug(getDatabase(), slug);
  if (!unit) notFound();
  const listing = loadPublishedListing(`/don-vi/${unit.slug}`, await searchParams, { unitId: unit.id });
  return (
    <>
      <PageHeading description="Tin bài do đơn vị gửi đăng">{unit.name}</PageHeading>
      <PublishedList {...listing} />
    </>
  );
}
