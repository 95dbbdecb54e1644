import Link from "next/link";
import { SiteChrome } from "@/components/site/site-chrome";

export default function NotFound() {
  return (
    <SiteChrome>
      <section className="mx-auto max-w-2xl py-10 text-center">
        <p className="text-5xl font-bold text-brand-700">404</p>
        <h1 className="mt-2 text-2xl font-bold text-brand-900">Không tìm thấy trang</h1>
        <p className="mt-4 leading-7 text-neutral-700">
          Đường dẫn này không dẫn tới tin bài nào. Có thể tin đã được gỡ hoặc chưa đến giờ đăng, số trang vượt quá số trang hiện có,
          hoặc ngày lọc không phải là một ngày có thật.
        </p>
        <p className="mt-6 flex flex-wrap justify-center gap-3">
          <Link href="/" className="rounded bg-brand-900 px-4 py-2 font-semibold text-white hover:bg-brand-700">
            Về trang chủ
          </Link>
          <Link href="/tin-tuc" className="rounded border border-brand-900 px-4 py-2 font-semibold text-brand-900 hover:bg-brand-50">
            Xem các tin đã đăng
          </Link>
        </p>
      </section>
    </SiteChrome>
  );
}
