import { siteSettingsContent } from "@/server/public-content";
import { HeaderSearch } from "./header-search";
import { SiteEmblem } from "./site-emblem";
import { SiteMenu } from "./site-menu";

/**
 * Phones (under 768 px): one bar 64 px tall (emblem, short name, search, menu), so the page starts
 * in the first screen. Wide screens: emblem, full name and search box, the menu bar under them.
 * The slogan is the home page's (app/(site)/ds/trang-chu), not every page's.
 */
export async function SiteHeader() {
  const { name, shortName, emblem } = await siteSettingsContent();
  return (
    <header className="relative bg-white">
      <a
        href="#noi-dung"
        className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-50 focus:bg-white focus:px-4 focus:py-2 focus:text-brand-900"
      >
        Bỏ qua, đến nội dung chính
      </a>
      {/* pr-28 on phones keeps the name clear of the menu button, which the nav places in this bar. */}
      <div className="mx-auto flex h-16 max-w-6xl items-center gap-2 pl-4 pr-28 md:h-auto md:gap-4 md:px-4 md:py-4">
        <a href="/" className="flex min-w-0 flex-1 items-center gap-2 rounded md:flex-none md:gap-4">
          <SiteEmblem emblem={emblem} className="h-11 w-11 shrink-0 md:h-16 md:w-16" />
          {/* The short name where the full one would take three lines; on two lines at most, so a 360 px phone
              shows "LĐLĐ tỉnh Lạng Sơn" whole instead of cutting it after "LĐLĐ TỈNH L…". */}
          <span className="line-clamp-2 min-w-0 text-balance text-base font-bold uppercase leading-tight text-brand-900 break-words md:line-clamp-none md:text-2xl">
            <span className="md:hidden">{shortName}</span>
            <span className="hidden md:inline">{name}</span>
          </span>
        </a>
        <HeaderSearch />
      </div>
      <SiteMenu />
    </header>
  );
}
