import type { Metadata } from "next";
import { SiteChrome } from "@/components/site/site-chrome";
import { rootUnit } from "@/db/queries/taxonomy";
import { getDatabase } from "@/server/database";

export async function generateMetadata(): Promise<Metadata> {
  const name = rootUnit(getDatabase())?.name ?? "Bản tin Công đoàn";
  return { title: { default: name, template: `%s | ${name}` } };
}

export default function SiteLayout({ children }: { children: React.ReactNode }) {
  return <SiteChrome>{children}</SiteChrome>;
}
