import type { Metadata } from "next";
import { SiteChrome } from "@/components/site/site-chrome";
import { siteTaxonomy } from "@/server/public-content";
import { env } from "@/server/env";

export async function generateMetadata(): Promise<Metadata> {
  const name = (await siteTaxonomy()).union?.name ?? "Bản tin Công đoàn";
  return {
    title: { default: name, template: `%s | ${name}` },
    metadataBase: new URL(env.SITE_URL),
    alternates: { types: { "application/rss+xml": [{ url: "/rss.xml", title: `Tin mới – ${name}` }] } },
  };
}

export default function SiteLayout({ children }: { children: React.ReactNode }) {
  return <SiteChrome>{children}</SiteChrome>;
}
