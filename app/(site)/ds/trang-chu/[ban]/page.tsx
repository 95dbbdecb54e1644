import type { Metadata } from "next";
import { Suspense } from "react";
import { notFound } from "next/navigation";
import { ArticleCard } from "@/components/site/article-card";
import { HOME_EDITION } from "@/core/public-routes";
import { homeContent, siteSettingsContent, siteTaxonomy } from "@/server/public-content";
import { MostRead } from "@/components/site/most-read";
import { publicPageMetadata } from "@/server/article-metadata";

type Props = { params: Promise<{ ban: string }> };

// "/" is rewritten here by proxy.ts. Nothing is rendered at build time (the build's database is
// not the one served): the home page is rendered on its first request and cached from then on.
export function generateStaticParams() {
  return [];
}

export async function generateMetadata(): Promise<Metadata> {
  const { name, slogan } = await siteSettingsContent();
  return publicPageMetadata({ title: name, absoluteTitle: true, path: "/", description: slogan ?? undefined });
}

export default async function HomePage({ params }: Props) {
  if ((await params).ban !== HOME_EDITION) notFound();
  const [{ units }, { name, slogan }, { featured, latest, sections: categorySections }] = await Promise.all([siteTaxonomy(), siteSettingsContent(), homeContent()]);
  const lead = featured[0] ?? latest[0];
  const shown = new Set([lead?.id, ...featured.map((a) => a.id)]);
  const otherFeatured = featured.slice(1);
  const newest = latest.filter((a) => !shown.has(a.id)).slice(0, 6);
  const sections = categorySections.map(({ category, articles: [first, ...rest] }) => ({ category, first, rest }));

  return (
    <>
      <h1 className="sr-only">{name}: tin hoạt động mới nhất</h1>
      {/* Once, on the home page only: on other pages it would push the news below the first screen. */}
      {slogan && <p className="-mt-6 mb-6 bg-accent-700 px-4 py-2 text-center text-sm font-semibold italic leading-6 text-white max-md:-mx-4">{slogan}</p>}
      {!lead ? (
        <p className="rounded bg-white p-6 text-center">Chưa có tin nào được đăng.</p>
      ) : (
        <div className="grid gap-8 lg:grid-cols-[minmax(0,1fr)_20rem]">
          <div className="flex flex-col gap-10">
            <section aria-labelledby="tin-noi-bat" className="rounded border border-neutral-200 bg-white p-4 sm:p-6">
              <h2 id="tin-noi-bat" className="sr-only">Tin nổi bật</h2>
              <ArticleCard article={lead} size="lead" />
              {otherFeatured.length > 0 && (
                <div className="mt-6 grid gap-6 border-t border-neutral-200 pt-6 sm:grid-cols-2">
                  {otherFeatured.map((article) => <ArticleCard key={article.id} article={article} />)}
                </div>
              )}
            </section>
            <section aria-labelledby="tin-moi">
              <SectionHeading id="tin-moi" href="/tin-tuc" linkLabel="Xem tất cả tin">Tin mới</SectionHeading>
              <div className="grid gap-6 sm:grid-cols-2 xl:grid-cols-3">
                {newest.map((article) => <ArticleCard key={article.id} article={article} />)}
              </div>
            </section>
            {sections.map(({ category, first, rest }) => first && (
              <section key={category.id} aria-labelledby={`chuyen-muc-${category.slug}`}>
                <SectionHeading id={`chuyen-muc-${category.slug}`} href={`/chuyen-muc/${category.slug}`} linkLabel={`Xem thêm ${category.name}`}>
                  {category.name}
                </SectionHeading>
                <div className="grid gap-6 sm:grid-cols-2">
                  <ArticleCard article={first} />
                  <div className="flex flex-col gap-4">
                    {rest.map((article) => <ArticleCard key={article.id} article={article} size="compact" />)}
                  </div>
                </div>
              </section>
            ))}
          </div>
          <aside aria-label="Tin xem nhiều và tin theo đơn vị" className="flex flex-col gap-6">
            <Suspense fallback={null}>
              <MostRead />
            </Suspense>
            <section aria-labelledby="don-vi" className="rounded border border-neutral-200 bg-white p-4">
              <h2 id="don-vi" className="border-b-2 border-accent-700 pb-2 font-bold uppercase text-brand-900">Tin theo đơn vị</h2>
              <ul className="mt-3 space-y-2 text-sm">
                {units.map((unit) => (
                  <li key={unit.id} className={unit.parentId ? "pl-3" : "font-semibold"}>
                    <a href={`/don-vi/${unit.slug}`} className="text-brand-700 hover:text-accent-700 hover:underline">
                      {unit.name}
                    </a>
                  </li>
                ))}
              </ul>
            </section>
          </aside>
        </div>
      )}
    </>
  );
}

function SectionHeading({ id, href, linkLabel, children }: { id: string; href: string; linkLabel: string; children: React.ReactNode }) {
  return (
    <div className="mb-4 flex items-end justify-between gap-4 border-b-2 border-accent-700 pb-2">
      <h2 id={id} className="text-lg font-bold uppercase text-brand-900">{children}</h2>
      <a href={href} className="shrink-0 text-sm text-brand-700 hover:underline">{linkLabel} ›</a>
    </div>
  );
}
