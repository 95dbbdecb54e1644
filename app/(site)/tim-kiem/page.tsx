import type { Metadata } from "next";
import { PageHeading } from "@/components/site/page-heading";
import { SearchForm } from "@/components/site/search-form";
import { SearchResults } from "@/components/site/search-results";
import { searchFormValues, searchHref } from "@/core/search-params";
import type { SearchParams } from "@/core/listing-query";
import { loadSearchPage } from "@/server/search-page";

type Props = { searchParams: Promise<SearchParams> };

export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  const { q } = searchFormValues(await searchParams);
  const shown = q.length > 60 ? `${q.slice(0, 60)}…` : q;
  // Result pages change with every article: search engines should follow the articles, not index these.
  return { title: shown ? `Tìm kiếm: ${shown}` : "Tìm kiếm", robots: { index: false, follow: true } };
}

export default async function SearchPage({ searchParams }: Props) {
  const { values, categories, units, messages, results } = loadSearchPage(await searchParams);
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
          pagination={results.pagination}
          hrefForPage={(page) => searchHref(results.query, page)}
        />
      )}
    </div>
  );
}
