import { Button } from "@/components/ui/button";
import { DayInput } from "@/components/ui/day-input";
import { Input, Label, Select } from "@/components/ui/field";
import { FilterFold } from "@/components/ui/filter-fold";
import { MAX_Q_CHARS, searchFiltersInUse, type SearchFormValues } from "@/core/search-params";
import { dayFieldText } from "@/core/vi-date";
import type { CategoryLink, UnitLink } from "@/db/queries/taxonomy";

type SearchFormProps = { values: SearchFormValues; categories: CategoryLink[]; units: UnitLink[] };

/**
 * The full search form of /tim-kiem; a plain GET form, so it works before (and without) JavaScript.
 * On a phone the category, unit and days fold under one line (FilterFold), so the results start on the first screen.
 */
export function SearchForm({ values, categories, units }: SearchFormProps) {
  return (
    <form method="get" action="/tim-kiem" role="search" aria-label="Tìm kiếm tin bài" className="grid gap-3 rounded border border-neutral-200 bg-white p-4 sm:grid-cols-2 sm:p-6">
      <div className="sm:col-span-2">
        <Label htmlFor="tim-q">Từ cần tìm</Label>
        <Input id="tim-q" type="search" name="q" defaultValue={values.q} maxLength={MAX_Q_CHARS} placeholder="Ví dụ: dai hoi cong doan" />
      </div>
      <FilterFold summary="Lọc theo chuyên mục, đơn vị, ngày…" inUse={searchFiltersInUse(values)} columns="sm:grid-cols-2">
        <div>
          <Label htmlFor="tim-chuyen-muc">Chuyên mục</Label>
          <Select id="tim-chuyen-muc" name="chuyen-muc" defaultValue={values.categorySlug}>
            <option value="">Tất cả chuyên mục</option>
            {categories.map((category) => (
              <option key={category.id} value={category.slug}>{category.name}</option>
            ))}
          </Select>
        </div>
        <div>
          <Label htmlFor="tim-don-vi">Đơn vị</Label>
          <Select id="tim-don-vi" name="don-vi" defaultValue={values.unitSlug}>
            <option value="">Tất cả đơn vị</option>
            {units.map((unit) => (
              <option key={unit.id} value={unit.slug}>{unit.parentId ? `— ${unit.name}` : unit.name}</option>
            ))}
          </Select>
        </div>
        <div>
          <Label htmlFor="tim-tu-ngay">Từ ngày</Label>
          <DayInput id="tim-tu-ngay" name="tu-ngay" defaultValue={dayFieldText(values.from)} />
        </div>
        <div>
          <Label htmlFor="tim-den-ngay">Đến ngày</Label>
          <DayInput id="tim-den-ngay" name="den-ngay" defaultValue={dayFieldText(values.to)} />
        </div>
      </FilterFold>
      <div className="sm:col-span-2">
        <Button type="submit">Tìm kiếm</Button>
      </div>
    </form>
  );
}
