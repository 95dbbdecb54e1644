import { describe, expect, it } from "vitest";
import type { ArticleStatus } from "./permissions";
import { actionLabels, displayStatus, statusAfter, statusLabels, type WorkflowAction } from "./workflow";

describe("statusAfter", () => {
  it.each([
    ["submit", "draft", "pending"],
    ["submit", "pending", null],
    ["submit", "published", null],
    ["submit", "unpublished", null],
    ["publish", "draft", "published"],
    ["publish", "pending", "published"],
    // Re-publishing is how a scheduled time is changed.
    ["publish", "published", "published"],
    ["publish", "unpublished", "published"],
    ["unpublish", "draft", null],
    ["unpublish", "pending", null],
    ["unpublish", "published", "unpublished"],
    ["unpublish", "unpublished", null],
    ["return", "draft", null],
    ["return", "pending", "draft"],
    ["return", "published", null],
    ["return", "unpublished", null],
  ] as const)("moves a %s from %s to %s", (action, from, to) => {
    expect(statusAfter(action, from)).toBe(to);
  });

  it("refuses an action name it does not know", () => {
    // The cast stands in for a bad value read from outside the type system.
    expect(statusAfter("constructor" as unknown as WorkflowAction, "draft")).toBeNull();
  });
});

describe("labels", () => {
  it.each([
    ["draft", "Bản nháp"],
    ["pending", "Chờ duyệt"],
    ["published", "Đã xuất bản"],
    ["unpublished", "Đã gỡ"],
  ] as const)("calls the %s status %j", (status, label) => {
    expect(statusLabels[status]).toBe(label);
  });

  it.each([
    ["submit", "Gửi duyệt"],
    ["publish", "Xuất bản"],
    ["unpublish", "Gỡ bài"],
    ["return", "Trả lại"],
  ] as const)("calls the %s action %j", (action, label) => {
    expect(actionLabels[action]).toBe(label);
  });
});

describe("displayStatus", () => {
  const now = new Date("2023-01-20T03:00:00Z");
  const minuteBefore = new Date("2023-01-20T02:59:00Z");
  const minuteAfter = new Date("2023-01-20T03:01:00Z");

  it.each<[string, ArticleStatus, Date | null, { key: ArticleStatus | "scheduled"; label: string }]>([
    ["a published article due in a minute as scheduled", "published", minuteAfter, { key: "scheduled", label: "Hẹn giờ" }],
    ["a published article due this very moment as published", "published", now, { key: "published", label: "Đã xuất bản" }],
    ["a published article from a minute ago as published", "published", minuteBefore, { key: "published", label: "Đã xuất bản" }],
    ["a published article with no time as published", "published", null, { key: "published", label: "Đã xuất bản" }],
    ["a draft with a planned future time as a draft", "draft", minuteAfter, { key: "draft", label: "Bản nháp" }],
    ["a pending article with a future time as pending", "pending", minuteAfter, { key: "pending", label: "Chờ duyệt" }],
    ["a taken-down article with a future time as taken down", "unpublished", minuteAfter, { key: "unpublished", label: "Đã gỡ" }],
    ["a taken-down article with no time as taken down", "unpublished", null, { key: "unpublished", label: "Đã gỡ" }],
  ])("shows %s", (_, status, publishedAt, expected) => {
    expect(displayStatus(status, publishedAt, now)).toEqual(expected);
  });
});
