import type { Metadata } from "next";
import { SiteChrome } from "@/components/site/site-chrome";
import { siteTaxonomy } from "@/server/public-content";

export async function generateMetadata(): Promise<Metadata> {
  const name = (await siteTaxonomy()).union?.name ?? "Bản tin Công đoàn";
  return { title: { default: name, template: `%s | ${name}` } };
}

export default function SiteLayout({ children }: { children: React.ReactNode }) {
  return <SiteChrome>{children}</SiteChrome>;
}
