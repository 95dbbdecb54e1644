import type { Metadata } from "next";
import { JsonLd } from "@/components/site/json-ld";
import { NotFoundPage } from "@/components/site/not-found-page";
import { PageView } from "@/components/site/page-view";
import { breadcrumbListJsonLd } from "@/core/json-ld";
import { breadcrumbsOf } from "@/core/page-tree";
import { pagePath } from "@/core/public-routes";
import { isWellFormedSlug } from "@/core/slug";
import { publicPageMetadata } from "@/server/article-metadata";
import { env } from "@/server/env";
import { pageContent } from "@/server/public-content";
import { followOldAddress } from "@/server/legacy-redirect";

type Props = { params: Promise<{ slug: string }> };

async function findPage(slug: string) {
  return isWellFormedSlug(slug) ? pageContent(slug) : { page: null, contacts: null };
}

// /gioi-thieu/[slug] is rewritten here by proxy.ts (core/public-routes.ts). None at build time:
// each page is rendered on its first request and cached until its tags expire.
export function generateStaticParams() {
  return [];
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { page } = await findPage((await params).slug);
  if (!page) return { title: "Không tìm thấy trang" };
  return publicPageMetadata({ title: page.title, path: pagePath(page.slug), description: page.summary });
}

export default async function AboutPage({ params }: Props) {
  const { slug } = await params;
  const { page, contacts } = await findPage(slug);
  if (!page) {
    // The address a page had before its slug changed, or an old portal's under a section name that is also ours (/gioi-thieu/lich-su).
    await followOldAddress("page", slug);
    // Not notFound(): without JavaScript it would leave an empty page (components/site/not-found-page.tsx).
    return <NotFoundPage />;
  }
  return (
    <>
      <JsonLd json={breadcrumbListJsonLd(env.SITE_URL, breadcrumbsOf(page))} />
      <PageView page={page} contacts={contacts} />
    </>
  );
}
