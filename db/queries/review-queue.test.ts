import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createTestDatabase, insertArticle, insertCategory, insertUnit, type TestDatabase } from "@/db/test-database";
import { pendingArticleCount, reviewQueue } from "./workspace-articles";

let handle: TestDatabase;
beforeEach(async () => {
  handle = await createTestDatabase();
});
afterEach(() => handle.close());

describe("reviewQueue", () => {
  it("gives every waiting article a time it was sent, the longest waiting first", async () => {
    const { db } = handle;
    const place = { unitId: (await insertUnit(db)).id, categoryId: (await insertCategory(db)).id };
    await insertArticle(db, { ...place, title: "Gửi sau", status: "pending", submittedAt: new Date("2026-11-30T08:00:00Z"), updatedAt: new Date("2026-11-30T09:00:00Z") });
    // Put in the queue without "Gửi duyệt" (the demo seed did): counted as sent at its last change.
    await insertArticle(db, { ...place, title: "Không có giờ gửi", status: "pending", submittedAt: null, updatedAt: new Date("2026-11-29T10:00:00Z") });
    await insertArticle(db, { ...place, title: "Bản nháp", status: "draft" });
    expect((await reviewQueue(db)).map(({ title, sentAt }) => [title, sentAt.toISOString()])).toEqual([
      ["Không có giờ gửi", "2026-11-29T10:00:00.000Z"],
      ["Gửi sau", "2026-11-30T08:00:00.000Z"],
    ]);
  });
});

describe("pendingArticleCount", () => {
  it("counts the articles waiting for review, the staff menu's badge, and nothing else", async () => {
    const { db } = handle;
    const place = { unitId: (await insertUnit(db)).id, categoryId: (await insertCategory(db)).id };
    expect(await pendingArticleCount(db)).toBe(0);
    for (const status of ["pending", "pending", "draft", "published", "unpublished"] as const) await insertArticle(db, { ...place, status });
    expect(await pendingArticleCount(db)).toBe(2);
  });
});
