import { buttonClasses } from "@/components/ui/button";

// A notFound() outside the public pages' own 404 (components/site/not-found-page.tsx, which every
// unknown public address reaches): a staff preview of something deleted, an internal address. Next
// carries this boundary in the payload of every page of the site, so it stays this small: no header,
// menu or latest news, which the public 404 has.
export default function NotFound() {
  return (
    <main id="noi-dung" className="mx-auto max-w-2xl flex-1 px-4 py-16 text-center">
      <p className="text-5xl font-bold text-brand-700">404</p>
      <h1 className="mt-2 text-2xl font-bold text-brand-900">Không tìm thấy trang</h1>
      <p className="mt-4 leading-7 text-neutral-700">Địa chỉ này không dẫn tới nội dung nào, hoặc nội dung đã bị xóa.</p>
      <p className="mt-6 flex flex-wrap justify-center gap-3">
        <a href="/" className={buttonClasses()}>Về trang chủ</a>
        <a href="/tin-tuc" className={buttonClasses({ variant: "secondary" })}>Xem các tin đã đăng</a>
      </p>
    </main>
  );
}
