import Link from "next/link";
import { buttonClasses } from "@/components/ui/button";

// A workspace address naming an article, page, document or album that does not exist (deleted, or a
// mistyped number): said inside the workspace, whose menu stays at hand.
export default function WorkspaceNotFound() {
  return (
    <div className="py-12 text-center">
      <h1 className="text-2xl font-bold text-brand-900">Không tìm thấy mục này</h1>
      <p className="mt-4 leading-7 text-neutral-700">Có thể nó đã bị xóa, hoặc đường dẫn bị gõ sai.</p>
      <p className="mt-6">
        <Link href="/quan-tri" className={buttonClasses()}>Về danh sách bài viết</Link>
      </p>
    </div>
  );
}
