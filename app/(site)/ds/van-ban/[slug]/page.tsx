import type { Metadata } from "next";
import { DocumentView } from "@/components/site/document-view";
import { documentTitle } from "@/core/documents";
import { JsonLd } from "@/components/site/json-ld";
import { NotFoundPage } from "@/components/site/not-found-page";
import { breadcrumbListJsonLd, type Crumb } from "@/core/json-ld";
import { DOCUMENTS_PATH, documentPath } from "@/core/public-routes";
import { isWellFormedSlug } from "@/core/slug";
import { absoluteUrl } from "@/core/xml";
import type { DocumentDetail } from "@/db/queries/documents";
import { publicPageMetadata } from "@/server/article-metadata";
import { env } from "@/server/env";
import { documentContent } from "@/server/public-content";
import { followOldAddress } from "@/server/legacy-redirect";

type Props = { params: Promise<{ slug: string }> };

async function findDocument(slug: string) {
  return isWellFormedSlug(slug) ? documentContent(slug) : null;
}

const crumbsOf = (document: DocumentDetail): Crumb[] => [
  { name: "Trang chủ", path: "/" },
  { name: "Văn bản", path: DOCUMENTS_PATH },
  { name: documentTitle(document), path: documentPath(document.slug) },
];

// /van-ban/[slug] is rewritten here by proxy.ts (core/public-routes.ts). None at build time:
// each document is rendered on its first request and cached until its tags expire.
export function generateStaticParams() {
  return [];
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const document = await findDocument((await params).slug);
  if (!document) return { title: "Không tìm thấy trang" };
  return publicPageMetadata({ title: documentTitle(document), path: documentPath(document.slug), description: `${document.issuerName}: ${document.abstract}` });
}

export default async function DocumentPage({ params }: Props) {
  const { slug } = await params;
  const document = await findDocument(slug);
  if (!document) {
    // The address a document had before its slug changed, or an old portal's under a section name that is also ours (/van-ban/ke-hoach).
    await followOldAddress("document", slug);
    // Not notFound(): without JavaScript it would leave an empty page (components/site/not-found-page.tsx).
    return <NotFoundPage />;
  }
  const crumbs = crumbsOf(document);
  return (
    <>
      <JsonLd json={breadcrumbListJsonLd(env.SITE_URL, crumbs)} />
      <DocumentView document={document} crumbs={crumbs} shareUrl={absoluteUrl(env.SITE_URL, documentPath(document.slug))} />
    </>
  );
}
