import Link from "next/link";

/** One tab of a row of tabs that are pages (a <nav> of links): the current one is marked for screen readers too. */
export function TabLink({ href, current, children }: { href: string; current: boolean; children: React.ReactNode }) {
  return (
    <Link href={href} aria-current={current ? "page" : undefined} className={`rounded-t border-b-2 px-4 py-2 text-sm font-semibold ${current ? "border-brand-900 text-brand-900" : "border-transparent text-neutral-700 hover:text-brand-900"}`}>
      {children}
    </Link>
  );
}
