// Albums, documents and videos take their addresses as articles do (core/slug uniqueSlug): a long
// title's base-2 is cut shorter than the base, and the lookup must still find it.
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { slugify, uniqueSlug } from "@/core/slug";
import { albums, documentForms, documentIssuers, documents, videos } from "../schema";
import { createTestDatabase, type TestDatabase } from "../test-database";
import { onlyRow } from "../sql";
import { writeTransaction } from "../transaction";
import { takenAlbumSlugs } from "./album-writes";
import { takenDocumentSlugs } from "./document-writes";
import { takenVideoSlugs } from "./videos";

let handle: TestDatabase;

beforeEach(async () => {
  handle = await createTestDatabase();
});
afterEach(() => handle.close());

// 79 characters once slugified: "-2" does not fit, so base-2 is a shorter prefix of the base plus "-2".
const title = "Đẩy mạnh xây dựng gia đình văn hóa của Công đoàn Công ty Điện lực Hải Lâm tháng 2/2025";

describe.each([
  ["albums", takenAlbumSlugs, (slug: string) => writeTransaction(handle.db, (tx) => tx.insert(albums).values({ slug, title, takenOn: "2025-02-10" }))],
  ["videos", takenVideoSlugs, (slug: string) => writeTransaction(handle.db, (tx) => tx.insert(videos).values({ slug, title, youtubeId: "dQw4w9WgXcQ", takenOn: "2025-02-10" }))],
  [
    "documents",
    takenDocumentSlugs,
    async (slug: string) => {
      await writeTransaction(handle.db, async (tx) => {
        const [form] = await tx.select({ id: documentForms.id }).from(documentForms).limit(1);
        const [issuer] = await tx.select({ id: documentIssuers.id }).from(documentIssuers).limit(1);
        const issuerId = issuer?.id ?? onlyRow(await tx.insert(documentIssuers).values({ name: "Ban Thường vụ LĐLĐ tỉnh" }).returning({ id: documentIssuers.id })).id;
        await tx.insert(documents).values({ slug, formId: form?.id ?? 0, issuerId, issuedOn: "2025-02-10", abstract: title });
      });
    },
  ],
] as const)("%s", (_kind, taken, insert) => {
  it("gives a fourth entry with the same long title an address of its own", async () => {
    const base = slugify(title);
    expect(base.length).toBeGreaterThan(78);
    const slugs: string[] = [];
    for (let n = 0; n < 4; n++) {
      const slug = uniqueSlug(base, await taken(handle.db, base, null));
      await insert(slug);
      slugs.push(slug);
    }
    expect(new Set(slugs).size).toBe(4);
    expect(slugs.slice(1).map((slug) => slug.replace(/.*-/, ""))).toEqual(["2", "3", "4"]);
  });
});
