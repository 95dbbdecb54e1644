import type { Crumb } from "@/core/json-ld";

/**
 * Trang chủ › Giới thiệu › Lịch sử truyền thống: where the page sits, the last step being the page
 * itself. Each link is at least 24 px tall, a target a finger can hit (WCAG 2.2).
 */
export function Breadcrumbs({ crumbs }: { crumbs: Crumb[] }) {
  return (
    <nav aria-label="Vị trí trang" className="text-sm text-neutral-700">
      <ol className="flex flex-wrap items-center gap-x-1">
        {crumbs.map((crumb, index) => {
          const last = index === crumbs.length - 1;
          return (
            <li key={crumb.path} className="flex items-center gap-x-1">
              {index > 0 && <span aria-hidden="true">›</span>}
              {last ? (
                <span aria-current="page" className="font-semibold text-brand-900">{crumb.name}</span>
              ) : (
                <a href={crumb.path} className="inline-flex min-h-6 items-center text-brand-700 underline-offset-2 hover:underline">{crumb.name}</a>
              )}
            </li>
          );
        })}
      </ol>
    </nav>
  );
}
