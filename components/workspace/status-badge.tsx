import { Badge, type BadgeTone } from "@/components/ui/badge";
import type { ArticleStatus } from "@/core/permissions";
import { displayStatus } from "@/core/workflow";

const tones: Record<ArticleStatus | "scheduled", BadgeTone> = {
  draft: "neutral",
  pending: "amber",
  published: "green",
  scheduled: "sky",
  unpublished: "red",
};

export function StatusBadge({ status, publishedAt, now }: { status: ArticleStatus; publishedAt: Date | null; now: Date }) {
  const shown = displayStatus(status, publishedAt, now);
  return <Badge tone={tones[shown.key]}>{shown.label}</Badge>;
}
