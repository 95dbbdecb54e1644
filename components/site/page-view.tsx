import { breadcrumbsOf } from "@/core/page-tree";
import { pagePath } from "@/core/public-routes";
import type { ContactDetails } from "@/core/site-contacts";
import type { PageView as PageViewModel } from "@/db/queries/public-pages";
import { ArticleBody } from "./article-body";
import { Breadcrumbs } from "./breadcrumbs";
import { ContactBlock } from "./contact-block";

/** An "about" page as readers see it; the staff preview shows the same component, so the two cannot differ. */
export function PageView({ page, contacts }: { page: PageViewModel; contacts: ContactDetails | null }) {
  return (
    <div className="mx-auto flex max-w-3xl flex-col gap-5">
      <Breadcrumbs crumbs={breadcrumbsOf(page)} />
      {/* An English page says so, for screen readers' voices and for translation tools. */}
      <article lang={page.lang} className="rounded border border-neutral-200 bg-white p-4 sm:p-8" aria-labelledby="tieu-de">
        <h1 id="tieu-de" className="border-b-2 border-accent-700 pb-3 text-2xl font-bold leading-snug text-brand-900 sm:text-3xl">
          {page.title}
        </h1>
        {page.summary && <p className="mt-5 text-base font-semibold leading-7 text-neutral-900 sm:text-lg sm:leading-8">{page.summary}</p>}
        <ArticleBody html={page.bodyHtml} />
      </article>
      {page.showContacts && contacts && <ContactBlock {...contacts} />}
      {page.children.length > 0 && (
        <nav aria-labelledby="trang-con" className="rounded border border-neutral-200 bg-white p-4 sm:p-6">
          <h2 id="trang-con" className="border-b-2 border-accent-700 pb-2 text-lg font-bold uppercase text-brand-900">
            Trong mục này
          </h2>
          <ul className="mt-2 divide-y divide-neutral-200">
            {page.children.map((child) => (
              <li key={child.id} className="py-3">
                <a href={pagePath(child.slug)} className="font-semibold text-brand-900 hover:text-accent-700 hover:underline">{child.title}</a>
                {child.summary && <p className="mt-1 text-sm leading-6 text-neutral-700">{child.summary}</p>}
              </li>
            ))}
          </ul>
        </nav>
      )}
    </div>
  );
}
