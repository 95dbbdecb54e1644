import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Input, Label, Select } from "@/components/ui/field";
import { FilterFold } from "@/components/ui/filter-fold";
import { Table, type TableColumn } from "@/components/ui/table";
import { documentRegisterHref, isFilteredRegister, legalStatusParams, registerFiltersInUse, type DocumentRegisterQuery } from "@/core/document-register-query";
import { documentStatusLabels, documentStatuses } from "@/core/documents";
import type { Pagination } from "@/core/pagination";
import { documentPath } from "@/core/public-routes";
import { MAX_Q_CHARS } from "@/core/search-params";
import { dayKey, formatCalendarDay } from "@/core/vi-date";
import type { DocumentListItem, DocumentRegisterChoices } from "@/db/queries/documents";
import { ListingCount } from "./listing-count";
import { Pager } from "./pager";

type Filter = Omit<DocumentRegisterQuery, "page">;

type ListFilterProps = { id: string; label: string; name: string; value: string; all: string; options: { value: string; label: string }[] };

/** One of the register's lists: "all" first (an empty value, left out of the address), then its choices. */
function ListFilter({ id, label, name, value, all, options }: ListFilterProps) {
  return (
    <div>
      <Label htmlFor={id}>{label}</Label>
      <Select id={id} name={name} defaultValue={value}>
        <option value="">{all}</option>
        {options.map((option) => (
          <option key={option.value} value={option.value}>{option.label}</option>
        ))}
      </Select>
    </div>
  );
}

/**
 * The register's filters and search box: a plain GET form, so it works before (and without) JavaScript.
 * On a phone the five lists fold under one line (FilterFold), so the list of documents starts on the first screen.
 */
export function DocumentFilterForm({ query, choices }: { query: Filter; choices: DocumentRegisterChoices }) {
  return (
    <form method="get" action="/van-ban" role="search" aria-label="Tra cứu văn bản" className="grid gap-3 rounded border border-neutral-200 bg-white p-4 sm:p-6">
      <div>
        <Label htmlFor="vb-q">Số/ký hiệu hoặc từ trong trích yếu</Label>
        <Input id="vb-q" type="search" name="q" defaultValue={query.q} maxLength={MAX_Q_CHARS} placeholder="Ví dụ: 47/KH hoặc ke hoach" />
      </div>
      <FilterFold summary="Lọc theo loại, cơ quan, năm…" inUse={registerFiltersInUse(query)} columns="sm:grid-cols-2 lg:grid-cols-3">
        <ListFilter id="vb-loai" label="Loại văn bản" name="loai" value={query.formId ? String(query.formId) : ""} all="Tất cả loại" options={choices.forms.map((form) => ({ value: String(form.id), label: form.name }))} />
        <ListFilter id="vb-co-quan" label="Cơ quan ban hành" name="co-quan" value={query.issuerId ? String(query.issuerId) : ""} all="Tất cả cơ quan" options={choices.issuers.map((issuer) => ({ value: String(issuer.id), label: issuer.name }))} />
        <ListFilter id="vb-nam" label="Năm ban hành" name="nam" value={query.year ? String(query.year) : ""} all="Tất cả các năm" options={choices.years.map((year) => ({ value: String(year), label: String(year) }))} />
        <ListFilter id="vb-linh-vuc" label="Lĩnh vực" name="linh-vuc" value={query.field} all="Tất cả lĩnh vực" options={choices.fields.map((field) => ({ value: field, label: field }))} />
        <ListFilter
          id="vb-hieu-luc"
          label="Tình trạng hiệu lực"
          name="hieu-luc"
          value={query.legalStatus ? legalStatusParams[query.legalStatus] : ""}
          all="Tất cả"
          options={documentStatuses.map((status) => ({ value: legalStatusParams[status], label: documentStatusLabels[status] }))}
        />
      </FilterFold>
      <div className="flex flex-wrap items-end gap-3">
        <Button type="submit">Tra cứu</Button>
        {isFilteredRegister(query) && (
          <a href="/van-ban" className="py-2 text-sm text-brand-700 underline underline-offset-2">Bỏ lọc</a>
        )}
      </div>
    </form>
  );
}

/** What the reader searched for, in words: "“47/KH”, loại Kế hoạch, năm 2024". */
export function describeRegisterFilter(query: Filter, choices: DocumentRegisterChoices): string {
  const parts = [
    query.q ? `“${query.q}”` : null,
    query.formId ? `loại ${choices.forms.find((form) => form.id === query.formId)?.name ?? ""}` : null,
    query.issuerId ? `của ${choices.issuers.find((issuer) => issuer.id === query.issuerId)?.name ?? ""}` : null,
    query.year ? `năm ${query.year}` : null,
    query.field ? `lĩnh vực ${query.field}` : null,
    query.legalStatus ? documentStatusLabels[query.legalStatus].toLowerCase() : null,
  ];
  return parts.filter(Boolean).join(", ");
}

const columns: TableColumn<DocumentListItem>[] = [
  { header: "Số/ký hiệu", cell: (item) => item.number || "—", className: "whitespace-nowrap font-semibold text-brand-900 max-sm:whitespace-normal" },
  { header: "Ngày ban hành", cell: (item) => <time dateTime={dayKey(item.issuedOn)}>{formatCalendarDay(item.issuedOn)}</time>, className: "whitespace-nowrap" },
  {
    header: "Trích yếu",
    phoneLabel: "above",
    cell: (item) => (
      <a href={documentPath(item.slug)} className="text-brand-800 underline-offset-2 hover:text-accent-700 hover:underline">
        <span className="font-semibold">{item.formName}</span>: {item.abstract}
      </a>
    ),
  },
  { header: "Cơ quan ban hành", cell: (item) => item.issuerName },
  {
    header: "Hiệu lực",
    cell: (item) => <Badge tone={item.legalStatus === "expired" ? "neutral" : "green"}>{documentStatusLabels[item.legalStatus]}</Badge>,
    className: "whitespace-nowrap",
  },
];

type DocumentTableProps = { query: Filter; choices: DocumentRegisterChoices; items: DocumentListItem[]; pagination: Pagination };

/** The register: newest issued first, with the count line and the pager of the news listings. */
export function DocumentTable({ query, choices, items, pagination }: DocumentTableProps) {
  const searched = describeRegisterFilter(query, choices);
  return (
    <section aria-labelledby="danh-sach-van-ban" className="rounded border border-neutral-200 bg-white p-4 sm:p-6">
      <h2 id="danh-sach-van-ban" className="border-b-2 border-accent-700 pb-2 text-lg font-bold uppercase text-brand-900">
        Danh sách văn bản
      </h2>
      <ListingCount pagination={pagination} />
      {searched && items.length > 0 && <p className="mt-2 text-sm">Đang xem các văn bản {searched}.</p>}
      {items.length === 0 ? (
        <p className="mt-4 rounded bg-brand-50 p-4 text-neutral-800" role="status">
          {searched ? `Không có văn bản nào khớp với ${searched}. Hãy thử từ khác, số ký hiệu ngắn hơn hoặc bỏ bớt điều kiện lọc.` : "Chưa có văn bản nào được đăng."}
        </p>
      ) : (
        <div className="mt-3">
          <Table caption="Các văn bản, mới ban hành trước" columns={columns} rows={items} rowKey={(item) => item.id} />
        </div>
      )}
      <Pager pagination={pagination} hrefForPage={(page) => documentRegisterHref(query, page)} />
    </section>
  );
}
