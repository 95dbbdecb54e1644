import type { Metadata } from "next";
import { DocumentFilterForm, DocumentTable } from "@/components/site/document-register";
import { NotFoundPage } from "@/components/site/not-found-page";
import { PageHeading } from "@/components/site/page-heading";
import { documentRegisterHref, isFilteredRegister, registerQueryFromSegment } from "@/core/document-register-query";
import { DOCUMENTS_FEED_PATH } from "@/core/public-routes";
import { publicPageMetadata } from "@/server/article-metadata";
import { documentRegisterContent } from "@/server/public-content";

// /van-ban?q=…&loai=… is rewritten here by proxy.ts, its whole state in one segment
// (core/document-register-query.ts): each view of the register is rendered once and cached.
export function generateStaticParams() {
  return [];
}

type Props = { params: Promise<{ khoa: string }> };

const DESCRIPTION = "Các văn bản của công đoàn: nghị quyết, quyết định, kế hoạch, hướng dẫn, báo cáo… tra cứu theo số ký hiệu, trích yếu, loại, cơ quan ban hành và năm.";

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const parsed = registerQueryFromSegment((await params).khoa);
  if (!parsed) return { title: "Không tìm thấy trang" };
  const { page, ...filter } = parsed.query;
  const metadata = await publicPageMetadata({ title: page > 1 ? `Văn bản – trang ${page}` : "Văn bản", path: documentRegisterHref(filter, page), description: DESCRIPTION });
  // A filtered view is a search: crawlers should follow the documents, not index every combination.
  return isFilteredRegister(parsed.query) ? { ...metadata, robots: { index: false, follow: true } } : metadata;
}

export default async function DocumentRegisterPage({ params }: Props) {
  const parsed = registerQueryFromSegment((await params).khoa);
  // A segment proxy.ts did not write: the 404 page rendered on the server, readable without JavaScript.
  if (!parsed) return <NotFoundPage />;
  const { query, choices, messages, items, pagination } = await documentRegisterContent(parsed);
  return (
    <div className="flex flex-col gap-5">
      <PageHeading description="Tra cứu theo số ký hiệu, từ trong trích yếu (gõ có dấu hay không dấu đều được), loại văn bản, cơ quan ban hành, năm và tình trạng hiệu lực.">
        Văn bản
      </PageHeading>
      <DocumentFilterForm query={query} choices={choices} />
      {messages.length > 0 && (
        <div role="alert" className="rounded border-l-4 border-accent-700 bg-brand-50 p-4 text-neutral-900">
          {messages.map((message) => (
            <p key={message}>{message}</p>
          ))}
        </div>
      )}
      <DocumentTable query={query} choices={choices} items={items} pagination={pagination} />
      <p className="text-sm">
        <a href={DOCUMENTS_FEED_PATH} className="text-brand-700 underline underline-offset-2">Theo dõi văn bản mới qua RSS</a>
      </p>
    </div>
  );
}
