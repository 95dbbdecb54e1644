import type { Metadata } from "next";
import { NotFoundPage } from "@/components/site/not-found-page";
import { PageHeading } from "@/components/site/page-heading";
import { SearchForm } from "@/components/site/search-form";
import { SearchResults } from "@/components/site/search-results";
import { searchFormValues, searchHref, searchParamsFromSegment } from "@/core/search-params";
import { publicPageMetadata } from "@/server/article-metadata";
import { searchContent } from "@/server/public-content";

// /tim-kiem?q=… is rewritten here by proxy.ts, its whole query in one segment (core/public-routes.ts):
// each search is rendered once and cached until an article or a unit or category changes.
export function generateStaticParams() {
  return [];
}

type Props = { params: Promise<{ khoa: string }> };

// A segment proxy.ts did not write, or a malformed ?trang: the 404 page, rendered on the server
// (components/site/not-found-page.tsx), not notFound(), which leaves a blank page without JavaScript.
async function searchParamsOf(params: Props["params"]) {
  return searchParamsFromSegment((await params).khoa);
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const searchParams = await searchParamsOf(params);
  if (!searchParams) return { title: "Không tìm thấy trang" };
  const { q } = searchFormValues(searchParams);
  const shown = q.length > 60 ? `${q.slice(0, 60)}…` : q;
  // Result pages change with every article: search engines should follow the articles, not index these.
  const metadata = await publicPageMetadata({ title: shown ? `Tìm kiếm: ${shown}` : "Tìm kiếm", path: q ? `/tim-kiem?${new URLSearchParams({ q })}` : "/tim-kiem", description: "Tìm tin theo từ khóa, chuyên mục, đơn vị và ngày đăng." });
  return { ...metadata, robots: { index: false, follow: true } };
}

export default async function SearchPage({ params }: Props) {
  const searchParams = await searchParamsOf(params);
  const content = searchParams && (await searchContent(searchParams));
  if (!content) return <NotFoundPage />;
  const { values, categories, units, messages, results } = content;
  return (
    <div className="flex flex-col gap-5">
      <PageHeading>Tìm kiếm</PageHeading>
      <SearchForm values={values} categories={categories} units={units} />
      {messages.length > 0 && (
        <div role="alert" className="rounded border-l-4 border-accent-700 bg-brand-50 p-4 text-neutral-900">
          {messages.map((message) => (
            <p key={message}>{message}</p>
          ))}
        </div>
      )}
      {results && (
        <SearchResults
          q={results.query.q}
          items={results.items}
          pages={results.pages}
          documents={results.documents}
          pagination={results.pagination}
          capped={results.capped}
          hrefForPage={(page) => searchHref(results.query, page)}
        />
      )}
    </div>
  );
}
