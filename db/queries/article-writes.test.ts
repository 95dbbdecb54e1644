import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { slugify, uniqueSlug } from "@/core/slug";
import { createTestDatabase, insertArticle, insertCategory, insertUnit, type TestDatabase } from "../test-database";
import { takenSlugs } from "./article-writes";

let handle: TestDatabase;
let unitId: number;
let categoryId: number;

beforeEach(async () => {
  handle = await createTestDatabase();
  unitId = (await insertUnit(handle.db, { slug: "ldld-huyen-tan-phong" })).id;
  categoryId = (await insertCategory(handle.db, { slug: "tin-hoat-dong" })).id;
});
afterEach(() => handle.close());

describe("takenSlugs", () => {
  it("gives a fourth article with the same long title a slug of its own (base-2 is cut shorter than the base)", async () => {
    // 79 characters once slugified: "-2" does not fit, so base-2 is a shorter prefix of the base plus "-2".
    const title = "Đẩy mạnh xây dựng gia đình văn hóa của Công đoàn Công ty Điện lực Hải Lâm tháng 2/2025";
    const base = slugify(title);
    expect(base.length).toBeGreaterThan(78);
    const slugs: string[] = [];
    for (let n = 0; n < 4; n++) {
      const slug = uniqueSlug(base, await takenSlugs(handle.db, base, null));
      await insertArticle(handle.db, { unitId, categoryId, title, slug });
      slugs.push(slug);
    }
    expect(new Set(slugs).size).toBe(4);
    expect(slugs.slice(1).map((slug) => slug.replace(/.*-/, ""))).toEqual(["2", "3", "4"]);
  });

  it("past the twenty slugs looked up one by one, finds the next free one by scanning", async () => {
    const slugs: string[] = [];
    for (let n = 0; n < 23; n++) {
      const slug = uniqueSlug("hoi-nghi", await takenSlugs(handle.db, "hoi-nghi", null));
      await insertArticle(handle.db, { unitId, categoryId, slug });
      slugs.push(slug);
    }
    expect(slugs.slice(19)).toEqual(["hoi-nghi-20", "hoi-nghi-21", "hoi-nghi-22", "hoi-nghi-23"]);
    expect(new Set(slugs).size).toBe(23);
  });

  it("does not count the article's own slug as taken", async () => {
    const own = await insertArticle(handle.db, { unitId, categoryId, slug: "dai-hoi" });
    expect(uniqueSlug("dai-hoi", await takenSlugs(handle.db, "dai-hoi", own.id))).toBe("dai-hoi");
    expect(uniqueSlug("dai-hoi", await takenSlugs(handle.db, "dai-hoi", null))).toBe("dai-hoi-2");
  });
});
