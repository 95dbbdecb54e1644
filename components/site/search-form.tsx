import { MAX_Q_CHARS, type SearchFormValues } from "@/core/search-params";
import type { CategoryLink, UnitLink } from "@/db/queries/taxonomy";

const fieldClass = "min-h-10 w-full rounded border border-neutral-400 bg-white px-2 text-sm";
const labelClass = "flex flex-col gap-1 text-sm font-semibold text-neutral-800";

type SearchFormProps = { values: SearchFormValues; categories: CategoryLink[]; units: UnitLink[] };

/** The full search form of /tim-kiem; a plain GET form, so it works before (and without) JavaScript. */
export function SearchForm({ values, categories, units }: SearchFormProps) {
  return (
    <form method="get" action="/tim-kiem" role="search" aria-label="Tìm kiếm tin bài" className="grid gap-3 rounded border border-neutral-200 bg-white p-4 sm:grid-cols-2 sm:p-6">
      <label className={`${labelClass} sm:col-span-2`}>
        Từ cần tìm
        <input type="search" name="q" defaultValue={values.q} maxLength={MAX_Q_CHARS} className={fieldClass} placeholder="Ví dụ: dai hoi cong doan" />
      </label>
      <label className={labelClass}>
        Chuyên mục
        <select name="chuyen-muc" defaultValue={values.categorySlug} className={fieldClass}>
          <option value="">Tất cả chuyên mục</option>
          {categories.map((category) => (
            <option key={category.id} value={category.slug}>{category.name}</option>
          ))}
        </select>
      </label>
      <label className={labelClass}>
        Đơn vị
        <select name="don-vi" defaultValue={values.unitSlug} className={fieldClass}>
          <option value="">Tất cả đơn vị</option>
          {units.map((unit) => (
            <option key={unit.id} value={unit.slug}>{unit.parentId ? `— ${unit.name}` : unit.name}</option>
          ))}
        </select>
      </label>
      <label className={labelClass}>
        Từ ngày
        <input type="date" name="tu-ngay" defaultValue={values.from} className={fieldClass} />
      </label>
      <label className={labelClass}>
        Đến ngày
        <input type="date" name="den-ngay" defaultValue={values.to} className={fieldClass} />
      </label>
      <div className="sm:col-span-2">
        <button type="submit" className="min-h-10 rounded bg-brand-900 px-5 text-sm font-semibold text-white hover:bg-brand-700">
          Tìm kiếm
        </button>
      </div>
    </form>
  );
}
