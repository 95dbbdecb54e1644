import { Button, buttonClasses } from "@/components/ui/button";
import { Input, Label } from "@/components/ui/field";
import { MAX_Q_CHARS } from "@/core/search-params";
import { latestContent } from "@/server/public-content";
import { ArticleCard } from "./article-card";

const LATEST_SHOWN = 5;

/** "404", the heading, why, and the way home: the public 404 page's top, and the whole of the root one (app/not-found.tsx). */
export function NotFoundIntro({ why }: { why: string }) {
  return (
    <section className="text-center">
      <p className="text-5xl font-bold text-brand-700">404</p>
      <h1 className="mt-2 text-2xl font-bold text-brand-900">Không tìm thấy trang</h1>
      <p className="mt-4 leading-7 text-neutral-700">{why}</p>
      <p className="mt-6 flex flex-wrap justify-center gap-3">
        <a href="/" className={buttonClasses()}>Về trang chủ</a>
        <a href="/tin-tuc" className={buttonClasses({ variant: "secondary" })}>Xem các tin đã đăng</a>
      </p>
    </section>
  );
}

/**
 * What a reader sees at an address that leads nowhere: why, a search box and the latest news, all
 * rendered on the server (a plain GET form and links), so the page reads without JavaScript.
 */
export async function NotFoundContent() {
  const latest = await latestContent(LATEST_SHOWN);
  return (
    <div className="mx-auto flex max-w-2xl flex-col gap-8 py-6">
      <NotFoundIntro why="Đường dẫn này không dẫn tới tin bài nào. Có thể tin đã được gỡ hoặc chưa đến giờ đăng, số trang vượt quá số trang hiện có, hoặc ngày lọc không phải là một ngày có thật." />
      <form method="get" action="/tim-kiem" role="search" aria-label="Tìm tin bài trên trang" className="rounded border border-neutral-200 bg-white p-4">
        <Label htmlFor="tim-kiem-404">Tìm tin bài</Label>
        <div className="flex gap-2">
          <Input id="tim-kiem-404" type="search" name="q" required maxLength={MAX_Q_CHARS} placeholder="Ví dụ: đại hội" />
          <Button type="submit" className="mt-1 shrink-0">Tìm kiếm</Button>
        </div>
      </form>
      {latest.length > 0 && (
        <section aria-labelledby="tin-moi-nhat">
          <h2 id="tin-moi-nhat" className="mb-4 border-b-2 border-accent-700 pb-2 text-lg font-bold uppercase text-brand-900">Tin mới nhất</h2>
          <div className="flex flex-col gap-4">
            {latest.map((article) => <ArticleCard key={article.id} article={article} size="compact" />)}
          </div>
        </section>
      )}
    </div>
  );
}
