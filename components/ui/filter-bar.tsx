import Link from "next/link";
import type { ReactNode } from "react";
import { Button } from "./button";
import { Select } from "./field";

// The workspace's filter bars above a list (articles, documents, the media library, accounts, the log): a plain GET
// form, so a filtered list is an address to keep or send. From a tablet up the filters sit side by
// side, each as wide as its text; on a phone they make one column as wide as the bar, so the lists
// are not a ragged stack of boxes of every width.

/** The bar: a search landmark named by `label` ("Lọc tài khoản"); `boxed` sets it on a white panel. */
export function FilterBar({ label, action, boxed = false, children }: { label: string; action?: string; boxed?: boolean; children: ReactNode }) {
  return (
    <form method="get" action={action} role="search" aria-label={label} className={`flex flex-wrap items-end gap-3 text-sm ${boxed ? "rounded border border-neutral-200 bg-white p-3" : ""}`}>
      {children}
    </form>
  );
}

/** One filter under its name; its list or box fills the bar's width on a phone. */
export function FilterField({ label, children }: { label: string; children: ReactNode }) {
  return (
    <label className="flex max-w-full flex-col text-sm max-sm:w-full max-sm:*:w-full">
      {label}
      {children}
    </label>
  );
}

/** One list of the bar: "Tất cả" (no filter, the empty value) first, then the choices; `value` is the one in use. */
export function FilterChoice({ label, name, value, choices }: { label: string; name: string; value: string | number | null | undefined; choices: readonly { value: string | number; label: string }[] }) {
  return (
    <FilterField label={label}>
      <Select look="filter" name={name} defaultValue={value ?? ""}>
        <option value="">Tất cả</option>
        {choices.map((choice) => <option key={choice.value} value={choice.value}>{choice.label}</option>)}
      </Select>
    </FilterField>
  );
}

/** The bar's button ("Lọc", "Tìm") and, when given, the link back to the whole list ("Bỏ lọc"). */
export function FilterActions({ submit = "Lọc", clear }: { submit?: string; clear?: { href: string; text?: string } }) {
  return (
    <div className="flex items-center gap-2">
      <Button type="submit" className="min-h-10">{submit}</Button>
      {clear && <Link href={clear.href} className="inline-flex min-h-10 items-center px-2 text-sm text-brand-700 underline">{clear.text ?? "Bỏ lọc"}</Link>}
    </div>
  );
}
