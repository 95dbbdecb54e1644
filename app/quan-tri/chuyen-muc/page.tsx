import type { Metadata } from "next";
import { TaxonomyCreateForm, TaxonomyRow } from "@/components/workspace/taxonomy-forms";
import { adminCategories } from "@/db/queries/taxonomy-admin";
import { getDatabase } from "@/server/database";
import { requireAdmin } from "@/server/session";
import { createCategoryAction, deleteCategoryAction, moveCategoryAction, updateCategoryAction } from "./actions";

export const metadata: Metadata = { title: "Chuyên mục" };

export default async function CategoriesPage() {
  await requireAdmin("/quan-tri/chuyen-muc");
  const categories = await adminCategories(getDatabase());
  return (
    <div className="space-y-5">
      <h1 className="text-2xl font-bold text-brand-900">Chuyên mục</h1>
      <p className="max-w-3xl text-sm text-neutral-700">
        Thứ tự ở đây là thứ tự các chuyên mục trên trang chủ và trong bộ lọc tìm kiếm; thanh điều hướng của trang tin được sắp xếp ở trang Menu. Một chuyên mục chỉ xóa được khi không còn bài viết nào thuộc về nó; mục menu trỏ tới chuyên mục đã xóa sẽ được ẩn và đánh dấu để sửa.
      </p>
      <TaxonomyCreateForm kind="category" action={createCategoryAction} />
      <ul className="space-y-2" aria-label="Các chuyên mục">
        {categories.map((category) => (
          <TaxonomyRow
            key={category.id}
            kind="category"
            item={{ ...category, depth: 0, usedBy: `${category.articleCount} bài viết · /chuyen-muc/${category.slug}` }}
            actions={{ update: updateCategoryAction, move: moveCategoryAction, remove: deleteCategoryAction }}
          />
        ))}
      </ul>
    </div>
  );
}
