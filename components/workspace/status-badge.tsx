import type { ArticleStatus } from "@/core/permissions";
import { displayStatus } from "@/core/workflow";

const styles: Record<ArticleStatus | "scheduled", string> = {
  draft: "bg-neutral-100 text-neutral-800 border-neutral-300",
  pending: "bg-amber-50 text-amber-900 border-amber-300",
  published: "bg-green-50 text-green-900 border-green-300",
  scheduled: "bg-sky-50 text-sky-900 border-sky-300",
  unpublished: "bg-red-50 text-red-900 border-red-300",
};

export function StatusBadge({ status, publishedAt, now }: { status: ArticleStatus; publishedAt: Date | null; now: Date }) {
  const shown = displayStatus(status, publishedAt, now);
  return <span className={`inline-block whitespace-nowrap rounded border px-2 py-0.5 text-xs font-semibold ${styles[shown.key]}`}>{shown.label}</span>;
}
