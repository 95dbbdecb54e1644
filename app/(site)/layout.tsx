import type { Metadata } from "next";
import { SiteChrome } from "@/components/site/site-chrome";
import { siteSettingsContent } from "@/server/public-content";
import { env } from "@/server/env";

export async function generateMetadata(): Promise<Metadata> {
  const { name } = await siteSettingsContent();
  return {
    title: { default: name, template: `%s | ${name}` },
    metadataBase: new URL(env.SITE_URL),
    alternates: { types: { "application/rss+xml": [{ url: "/rss.xml", title: `Tin mới – ${name}` }] } },
    // Each public page gives its whole preview and canonical address (server/article-metadata.ts).
  };
}

export default function SiteLayout({ children }: { children: React.ReactNode }) {
  return <SiteChrome>{children}</SiteChrome>;
}
