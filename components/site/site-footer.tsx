import { pagePath } from "@/core/public-routes";
import { footerPageLinks, siteSettingsContent, siteTaxonomy } from "@/server/public-content";
import { ContactList } from "./contact-block";
import { ExternalLink } from "./external-link";
import { SiteEmblem } from "./site-emblem";
import { SocialLinks } from "./social-links";

const heading = "text-sm font-bold uppercase tracking-wide text-gold-400";
const linkClass = "text-brand-100 underline-offset-2 hover:text-white hover:underline";

function LinkColumn({ label, title, children }: { label: string; title: string; children: React.ReactNode }) {
  return (
    <nav aria-label={label}>
      <p className={heading}>{title}</p>
      <ul className="mt-3 space-y-2 text-sm leading-6">{children}</ul>
    </nav>
  );
}

export async function SiteFooter() {
  const [{ units }, settings, pages] = await Promise.all([siteTaxonomy(), siteSettingsContent(), footerPageLinks()]);
  const { name, relatedLinks } = settings;
  const notes = [settings.footerText, settings.responsibility, settings.licence].filter(Boolean);
  return (
    <footer className="mt-12 bg-brand-900 text-brand-50">
      <div className="mx-auto grid max-w-6xl gap-x-8 gap-y-10 px-4 py-10 sm:grid-cols-2 lg:grid-cols-[minmax(0,2fr)_repeat(3,minmax(0,1fr))]">
        <div className="space-y-4 sm:col-span-2 lg:col-span-1">
          <div className="flex items-center gap-3">
            <SiteEmblem emblem={settings.emblem} className="h-12 w-12 shrink-0" />
            <p className="font-bold uppercase leading-snug text-white">{name}</p>
          </div>
          <ContactList contacts={settings.contacts} tone="dark" className="text-brand-100" />
          <SocialLinks links={settings.social} name={name} />
        </div>
        {pages.length > 0 && (
          <LinkColumn label="Giới thiệu" title="Giới thiệu">
            {pages.map((page) => (
              <li key={page.id}>
                <a href={pagePath(page.slug)} className={linkClass}>{page.title}</a>
              </li>
            ))}
          </LinkColumn>
        )}
        <LinkColumn label="Đơn vị" title="Tin theo đơn vị">
          {units.map((unit) => (
            <li key={unit.id}>
              <a href={`/don-vi/${unit.slug}`} className={linkClass}>{unit.name}</a>
            </li>
          ))}
        </LinkColumn>
        {relatedLinks.length > 0 && (
          <LinkColumn label="Liên kết website" title="Liên kết website">
            {relatedLinks.map((link, i) => (
              <li key={i}>
                <ExternalLink href={link.url} className={linkClass}>{link.label}</ExternalLink>
              </li>
            ))}
          </LinkColumn>
        )}
      </div>
      {notes.length > 0 && (
        <div className="border-t border-white/15 bg-brand-800">
          <div className="mx-auto max-w-6xl space-y-1 px-4 py-5 text-xs leading-5 text-brand-100 sm:text-center">
            {notes.map((note, i) => <p key={i}>{note}</p>)}
          </div>
        </div>
      )}
    </footer>
  );
}
