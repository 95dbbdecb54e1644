import { describe, expect, it } from "vitest";
import { accountCreateSchema, accountUpdateSchema, passwordChangeSchema } from "./account";
import { articleDraftSchema, publishTimeSchema, reviewCommentSchema } from "./article";
import { pageSchema } from "./page";
import { siteSettingsSchema } from "./site-settings";
import { categorySchema, unitSchema } from "./taxonomy";
import { z } from "./zod";

// Whatever a hand-made request sends, the messages that come back are for Vietnamese readers.
const english = /expected|invalid|too (big|small)|required|received/i;
const junk: unknown[] = [
  {},
  null,
  "chuỗi",
  { title: 1, slug: [], summary: {}, bodyHtml: 2, categoryId: "-1", unitId: "1.5", coverMediaId: "abc", seriesId: "0", seriesPart: "x", isFeatured: "on" },
  { username: "x".repeat(300), displayName: "x".repeat(300), role: "vua", unitId: "không", password: "x".repeat(5000) },
  { name: "", shortName: "x".repeat(200), slug: "x".repeat(200), parentId: "1e3x" },
  { current: 5, next: null, confirm: [] },
  { slogans: [1, null], sloganShown: {}, relatedLinks: [{ label: 2 }, "x"], facebookUrl: 5, emblemMediaId: [] },
  { title: [], slug: 5, summary: null, bodyHtml: {}, parentId: "x", lang: "fr", showContacts: 3 },
];
const schemas: Record<string, z.ZodType> = {
  articleDraftSchema,
  publishTimeSchema,
  reviewCommentSchema,
  accountCreateSchema,
  accountUpdateSchema,
  passwordChangeSchema,
  categorySchema,
  unitSchema,
  siteSettingsSchema,
  pageSchema,
};

describe("form schemas", () => {
  it.each(Object.entries(schemas))("%s answers bad input in Vietnamese only", (_name, schema) => {
    const messages = junk.flatMap((input) => schema.safeParse(input).error?.issues.map((issue) => issue.message) ?? []);
    expect(messages.length).toBeGreaterThan(0);
    expect(messages.filter((message) => english.test(message))).toEqual([]);
  });

  it("falls back on Zod's Vietnamese messages where a schema gives none of its own", () => {
    expect(z.string().max(3).safeParse("dài quá").error?.issues[0]?.message).toMatch(/^Quá lớn/);
  });
});
