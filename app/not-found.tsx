import { NotFoundIntro } from "@/components/site/not-found-content";

// A notFound() outside the public pages' own 404 (components/site/not-found-page.tsx, which every
// unknown public address reaches): a staff preview of something deleted, an internal address. Next
// carries this boundary in the payload of every page of the site, so it stays this small: no header,
// menu or latest news, which the public 404 has.
export default function NotFound() {
  return (
    <main id="noi-dung" className="mx-auto max-w-2xl flex-1 px-4 py-16">
      <NotFoundIntro why="Địa chỉ này không dẫn tới nội dung nào, hoặc nội dung đã bị xóa." />
    </main>
  );
}
