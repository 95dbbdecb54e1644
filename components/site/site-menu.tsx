import type { MenuLink } from "@/core/menu-links";
import { siteMenuContent } from "@/server/public-content";
import { MenuAnchor } from "./menu-anchor";
import { SiteMenuEnhancer } from "./site-menu-enhancer";

const NAV_ID = "menu-chinh";
const PANEL_ID = "menu-dien-thoai";
const groupId = (key: string) => `menu-nhom-${key}`;

// The island marks the page's item with data-current (and aria-current) and its top-level item with
// data-marked; these classes draw both.
const markedClass = "data-marked:bg-brand-700 data-marked:shadow-[inset_0_-4px_0_var(--color-gold-400)]";
const barClass = `block px-3 py-3 hover:bg-brand-700 ${markedClass}`;
const dropdownClass = "block border-l-4 border-transparent px-4 py-2 font-semibold hover:bg-brand-50 data-current:border-gold-400 data-current:bg-brand-50 data-current:font-bold";
const panelMarked = "data-current:border-gold-400 data-current:bg-brand-50 data-current:font-bold data-marked:border-gold-400 data-marked:bg-brand-50 data-marked:font-bold";
const panelClass = (sub: boolean) => `block border-l-4 border-transparent py-3 pr-4 ${sub ? "pl-9 text-sm" : "pl-4 font-semibold"} hover:bg-brand-50 ${panelMarked}`;

/**
 * The header's navigation, drawn on the server (cached with every public page under the `chrome`
 * tag, which a menu save expires). Wide screens: a bar, sub-items in a drop-down that opens on
 * hover, and by its ▾ button for the keyboard and touch. Phones (under 768 px): a "Menu" button in
 * the header's bar opening a panel (a modal <dialog>). A small island marks the current item and
 * works the buttons, which stay disabled until it runs: a tap before then would do nothing.
 */
export async function SiteMenu() {
  const links = await siteMenuContent();
  return (
    <nav id={NAV_ID} aria-label="Menu chính" className="md:bg-brand-900 md:text-white">
      {/* Phones: the button sits at the right of the header's 64 px bar (site-header.tsx). */}
      <div className="absolute right-2 top-0 flex h-16 items-center md:hidden">
        <button
          type="button"
          disabled
          data-menu-open=""
          aria-haspopup="dialog"
          aria-expanded="false"
          aria-controls={PANEL_ID}
          className="flex min-h-11 items-center gap-2 rounded bg-brand-900 px-3 text-sm font-semibold text-white"
        >
          <span aria-hidden="true">☰</span> Menu
        </button>
      </div>
      <ul className="mx-auto hidden max-w-6xl flex-wrap px-2 text-sm font-semibold md:flex">
        {links.map((link) => (
          <BarItem key={link.key} link={link} />
        ))}
      </ul>
      <MenuPanel links={links} />
      <SiteMenuEnhancer navId={NAV_ID} links={links} />
    </nav>
  );
}

function BarItem({ link }: { link: MenuLink }) {
  if (link.children.length === 0) {
    return (
      <li>
        <MenuAnchor link={link} section={link.key} className={barClass} />
      </li>
    );
  }
  const listId = `${groupId(link.key)}-con`;
  return (
    <li id={groupId(link.key)} data-menu-group="" className="group relative flex">
      <MenuAnchor link={link} section={link.key} className={`${barClass} pr-1`} />
      <button type="button" disabled data-menu-toggle="" data-menu-section={link.key} aria-expanded="false" aria-controls={listId} className={`peer min-w-8 px-2 hover:bg-brand-700 ${markedClass}`}>
        <span aria-hidden="true">▾</span>
        <span className="sr-only">Mục con của {link.label}</span>
      </button>
      <ul id={listId} className="absolute left-0 top-full z-30 hidden min-w-64 rounded-b bg-white py-1 text-brand-900 shadow-lg group-hover:block peer-aria-expanded:block">
        {link.children.map((child) => (
          <li key={child.key}>
            <MenuAnchor link={child} className={dropdownClass} />
          </li>
        ))}
      </ul>
    </li>
  );
}

/** The phone's menu: every item and sub-item in one column, over the page. */
function MenuPanel({ links }: { links: MenuLink[] }) {
  return (
    <dialog
      id={PANEL_ID}
      aria-labelledby={`${PANEL_ID}-tieu-de`}
      className="fixed inset-0 m-0 h-full max-h-none w-[min(100%,22rem)] max-w-none overflow-y-auto border-0 bg-white p-0 text-brand-900 shadow-xl backdrop:bg-black/50"
    >
      <div className="flex min-h-full flex-col">
        <div className="flex items-center justify-between border-b border-neutral-200 px-4 py-2">
          <h2 id={`${PANEL_ID}-tieu-de`} className="text-lg font-bold">Menu</h2>
          <button type="button" data-menu-close="" className="min-h-11 rounded border border-neutral-300 px-3 text-sm font-semibold">
            Đóng menu
          </button>
        </div>
        <ul className="py-2">
          {links.map((link) => (
            <li key={link.key}>
              <MenuAnchor link={link} section={link.key} className={panelClass(false)} />
              {link.children.length > 0 && (
                <ul aria-label={`Mục con của ${link.label}`}>
                  {link.children.map((child) => (
                    <li key={child.key}>
                      <MenuAnchor link={child} className={panelClass(true)} />
                    </li>
                  ))}
                </ul>
              )}
            </li>
          ))}
        </ul>
      </div>
    </dialog>
  );
}
