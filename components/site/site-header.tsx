import Link from "next/link";
import { env } from "@/server/env";
import { siteTaxonomy } from "@/server/public-content";
import { HeaderSearch } from "./header-search";
import { SiteMenu } from "./site-menu";
import { UnionEmblem } from "./union-emblem";

export async function SiteHeader() {
  const { union } = await siteTaxonomy();
  return (
    <header className="bg-white">
      <a
        href="#noi-dung"
        className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-50 focus:bg-white focus:px-4 focus:py-2 focus:text-brand-900"
      >
        Bỏ qua, đến nội dung chính
      </a>
      <div className="mx-auto flex max-w-6xl flex-wrap items-center gap-3 px-4 py-4 sm:flex-nowrap sm:gap-4">
        <Link href="/" className="flex items-center gap-3 rounded sm:gap-4">
          <UnionEmblem className="h-12 w-12 shrink-0 sm:h-16 sm:w-16" />
          <span className="flex flex-col">
            <span className="text-xs font-semibold uppercase tracking-wide text-accent-700 sm:text-sm">Bản tin Công đoàn</span>
            <span className="text-base font-bold uppercase leading-tight text-brand-900 sm:text-2xl">
              {union?.name ?? "Bản tin Công đoàn"}
            </span>
          </span>
        </Link>
        <HeaderSearch />
      </div>
      <p className="bg-accent-700 px-4 py-2 text-center text-sm font-semibold italic leading-6 text-white">{env.SITE_SLOGAN}</p>
      <SiteMenu />
    </header>
  );
}
