import type { Metadata } from "next";
import { SiteChrome } from "@/components/site/site-chrome";
import { defaultOpenGraphImages } from "@/server/article-metadata";
import { siteSettingsContent } from "@/server/public-content";
import { env } from "@/server/env";

export async function generateMetadata(): Promise<Metadata> {
  const settings = await siteSettingsContent();
  const { name } = settings;
  return {
    title: { default: name, template: `%s | ${name}` },
    metadataBase: new URL(env.SITE_URL),
    alternates: { types: { "application/rss+xml": [{ url: "/rss.xml", title: `Tin mới – ${name}` }] } },
    // Pages that describe their own preview replace this; the others share the default image.
    openGraph: { siteName: name, locale: "vi_VN", images: defaultOpenGraphImages(settings.shareImage) },
  };
}

export default function SiteLayout({ children }: { children: React.ReactNode }) {
  return <SiteChrome>{children}</SiteChrome>;
}
