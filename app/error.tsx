"use client";

/**
 * A real bug reached the reader: a calm message; the server log has the cause. A plain link home:
 * a full load starts afresh after the failure, and next/link would add its code to every page.
 */
export default function ErrorPage({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <main id="noi-dung" className="mx-auto max-w-2xl flex-1 px-4 py-16 text-center">
      <h1 className="text-2xl font-bold text-brand-900">Xin lỗi, trang đang gặp sự cố</h1>
      <p className="mt-4 leading-7 text-neutral-700">
        Hệ thống chưa hiển thị được trang này. Bạn hãy thử lại sau ít phút; nếu vẫn không được, xin báo cho quản trị viên của trang.
      </p>
      <p className="mt-6 flex flex-wrap justify-center gap-3">
        <button type="button" onClick={reset} className="rounded bg-brand-900 px-4 py-2 font-semibold text-white hover:bg-brand-700">
          Thử lại
        </button>
        <a href="/" className="rounded border border-brand-900 px-4 py-2 font-semibold text-brand-900 hover:bg-brand-50">
          Về trang chủ
        </a>
      </p>
    </main>
  );
}
