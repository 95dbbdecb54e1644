import type { Metadata } from "next";
import { SiteChrome } from "@/components/site/site-chrome";
import { rootUnit } from "@/db/queries/taxonomy";
import { getDatabase } from "@/server/database";
import { env } from "@/server/env";

export async function generateMetadata(): Promise<Metadata> {
  const name = rootUnit(getDatabase())?.name ?? "Bản tin Công đoàn";
  return {
    title: { default: name, template: `%s | ${name}` },
    metadataBase: new URL(env.SITE_URL),
    alternates: { types: { "application/rss+xml": [{ url: "/rss.xml", title: `Tin mới – ${name}` }] } },
  };
}

export default function SiteLayout({ children }: { children: React.ReactNode }) {
  return <SiteChrome>{children}</SiteChrome>;
}
