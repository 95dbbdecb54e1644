import Link from "next/link";
import { siteSettingsContent } from "@/server/public-content";
import { HeaderSearch } from "./header-search";
import { SiteEmblem } from "./site-emblem";
import { SiteMenu } from "./site-menu";

export async function SiteHeader() {
  const { name, shortName, slogan, emblem } = await siteSettingsContent();
  return (
    <header className="bg-white">
      <a
        href="#noi-dung"
        className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-50 focus:bg-white focus:px-4 focus:py-2 focus:text-brand-900"
      >
        Bỏ qua, đến nội dung chính
      </a>
      <div className="mx-auto flex max-w-6xl flex-wrap items-center gap-3 px-4 py-4 sm:flex-nowrap sm:gap-4">
        <Link href="/" className="flex min-w-0 items-center gap-3 rounded sm:gap-4">
          <SiteEmblem emblem={emblem} className="h-12 w-12 shrink-0 sm:h-16 sm:w-16" />
          {/* The short name where the full one would take three lines. */}
          <span className="min-w-0 text-lg font-bold uppercase leading-tight text-brand-900 sm:text-2xl">
            <span className="sm:hidden">{shortName}</span>
            <span className="hidden sm:inline">{name}</span>
          </span>
        </Link>
        <HeaderSearch />
      </div>
      {slogan && <p className="bg-accent-700 px-4 py-2 text-center text-sm font-semibold italic leading-6 text-white">{slogan}</p>}
      <SiteMenu />
    </header>
  );
}
