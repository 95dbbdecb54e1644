import Link from "next/link";
import { siteSettingsContent, siteTaxonomy } from "@/server/public-content";
import { HeaderSearch } from "./header-search";
import { SiteEmblem } from "./site-emblem";

export async function SiteHeader() {
  const [{ categories }, settings] = await Promise.all([siteTaxonomy(), siteSettingsContent()]);
  const { name, shortName, slogan } = settings;
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
          <SiteEmblem emblem={settings.emblem} className="h-12 w-12 shrink-0 sm:h-16 sm:w-16" />
          {/* The short name where the full one would take three lines. */}
          <span className="min-w-0 text-lg font-bold uppercase leading-tight text-brand-900 sm:text-2xl">
            <span className="sm:hidden">{shortName}</span>
            <span className="hidden sm:inline">{name}</span>
          </span>
        </Link>
        <HeaderSearch />
      </div>
      {slogan && <p className="bg-accent-700 px-4 py-2 text-center text-sm font-semibold italic leading-6 text-white">{slogan}</p>}
      <nav aria-label="Chuyên mục" className="bg-brand-900">
        <ul className="mx-auto flex max-w-6xl gap-1 overflow-x-auto px-2 text-sm font-semibold text-white">
          <li>
            <Link href="/" className="block whitespace-nowrap px-3 py-3 hover:bg-brand-700">
              Trang chủ
            </Link>
          </li>
          <li>
            <Link href="/tin-tuc" className="block whitespace-nowrap px-3 py-3 hover:bg-brand-700">
              Tất cả tin
            </Link>
          </li>
          {categories.map((category) => (
            <li key={category.id}>
              <Link href={`/chuyen-muc/${category.slug}`} className="block whitespace-nowrap px-3 py-3 hover:bg-brand-700">
                {category.name}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
    </header>
  );
}
