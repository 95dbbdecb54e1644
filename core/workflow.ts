import type { ArticleStatus } from "./permissions";

export const workflowActions = ["submit", "publish", "unpublish", "return"] as const;
export type WorkflowAction = (typeof workflowActions)[number];

// Each action's allowed starting statuses and where it leads. "publish" from "published"
// is how a scheduled time is changed (or a scheduled article is brought forward), so it stays.
const transitions: Record<WorkflowAction, { from: readonly ArticleStatus[]; to: ArticleStatus }> = {
  submit: { from: ["draft"], to: "pending" },
  publish: { from: ["draft", "pending", "unpublished", "published"], to: "published" },
  unpublish: { from: ["published"], to: "unpublished" },
  return: { from: ["pending"], to: "draft" },
};

/** The status after the action, or null when the action is not allowed from this status. */
export function statusAfter(action: WorkflowAction, from: ArticleStatus): ArticleStatus | null {
  // hasOwn: a stray action name such as "constructor" must not find Object.prototype's.
  if (!Object.hasOwn(transitions, action)) return null;
  const transition = transitions[action];
  return transition.from.includes(from) ? transition.to : null;
}

export const statusLabels: Record<ArticleStatus, string> = {
  draft: "Bản nháp",
  pending: "Chờ duyệt",
  published: "Đã xuất bản",
  unpublished: "Đã gỡ",
};

export const actionLabels: Record<WorkflowAction, string> = {
  submit: "Gửi duyệt",
  publish: "Xuất bản",
  unpublish: "Gỡ bài",
  return: "Trả lại",
};

const SCHEDULED_LABEL = "Hẹn giờ";

/**
 * "published" with a future time is shown as "Hẹn giờ" (scheduled). The moment itself counts
 * as published, matching the public listings, which show articles with published_at ≤ now.
 */
export function displayStatus(
  status: ArticleStatus,
  publishedAt: Date | null,
  now: Date,
): { key: ArticleStatus | "scheduled"; label: string } {
  if (status === "published" && publishedAt !== null && publishedAt.getTime() > now.getTime()) {
    return { key: "scheduled", label: SCHEDULED_LABEL };
  }
  return { key: status, label: statusLabels[status] };
}
