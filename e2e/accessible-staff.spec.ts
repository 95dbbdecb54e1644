import { eq } from "drizzle-orm";
import { pages, units } from "@/db/schema";
import { sessionUserById } from "@/db/queries/users";
import { saveArticleCommand } from "@/server/article-commands";
import { checkedWidths, expectAccessibleAtEveryWidth } from "./accessibility";
import { expect, firstCategoryId, test, type Account } from "./fixtures";
import type { Database } from "@/db/client";

// Every staff screen, seen by an admin (who sees them all), at a phone's and a laptop's width.
// Runs with the reader journeys (project "ban-doc"): it only reads, but for one draft of its own.

/** What the addresses need: a draft with two saved revisions (so its history compares them) and a page. */
type Known = { articleId: number; pageId: number };

// One line a page: a new staff page is one more line here.
const staffPages: { name: string; path: (known: Known) => string; draft?: true }[] = [
  { name: "the articles list", path: () => "/quan-tri" },
  { name: "the articles list, filtered", path: () => "/quan-tri?trang-thai=draft&q=a" },
  { name: "the review queue", path: () => "/quan-tri/cho-duyet" },
  { name: "the new-article editor", path: () => "/quan-tri/bai-viet/moi" },
  { name: "the article editor", draft: true, path: ({ articleId }) => `/quan-tri/bai-viet/${articleId}` },
  { name: "an article's history", draft: true, path: ({ articleId }) => `/quan-tri/bai-viet/${articleId}/lich-su` },
  { name: "an article's preview", draft: true, path: ({ articleId }) => `/xem-truoc/${articleId}` },
  { name: "the media library", path: () => "/quan-tri/thu-vien-anh" },
  { name: "the photo albums", path: () => "/quan-tri/thu-vien-anh/album" },
  { name: "the new-album form", path: () => "/quan-tri/thu-vien-anh/album/moi" },
  { name: "the about pages", path: () => "/quan-tri/trang" },
  { name: "the new-page editor", path: () => "/quan-tri/trang/moi" },
  { name: "the page editor", path: ({ pageId }) => `/quan-tri/trang/${pageId}` },
  { name: "a page's history", path: ({ pageId }) => `/quan-tri/trang/${pageId}/lich-su` },
  { name: "a page's preview", path: ({ pageId }) => `/xem-truoc/trang/${pageId}` },
  { name: "the accounts", path: () => "/quan-tri/tai-khoan" },
  { name: "the units", path: () => "/quan-tri/don-vi" },
  { name: "the categories", path: () => "/quan-tri/chuyen-muc" },
  { name: "the audit log", path: () => "/quan-tri/nhat-ky" },
  { name: "the backups", path: () => "/quan-tri/sao-luu" },
  { name: "the site settings and their history", path: () => "/quan-tri/cai-dat" },
  { name: "the menu", path: () => "/quan-tri/menu" },
  { name: "the personal page", path: () => "/quan-tri/ca-nhan" },
  { name: "the password change", path: () => "/dang-nhap/doi-mat-khau" },
];

async function draftWithTwoRevisions(db: Database, account: Account): Promise<number> {
  const user = await sessionUserById(db, account.id);
  if (!user) throw new Error("the test's account is missing");
  const unitId = (await db.select({ id: units.id }).from(units).where(eq(units.slug, "cong-doan-vien-chuc-tinh")).limit(1))[0]?.id ?? 0;
  const fields = {
    title: `Bản nháp kiểm tra trợ năng ${account.id}`, slug: "", summary: "Tóm tắt thử.", bodyHtml: "<p>Đoạn đầu.</p>", coverMediaId: "", coverCaption: "",
    byline: "Tin: Tổ kiểm thử", categoryId: String(await firstCategoryId(db)), unitId: String(unitId), seriesId: "", seriesPart: "",
  };
  const first = await saveArticleCommand(db, user, { articleId: null, baseVersion: null, intent: "save", fields });
  if (!first.ok) throw new Error(JSON.stringify(first));
  const second = await saveArticleCommand(db, user, { articleId: first.articleId, baseVersion: first.version, intent: "save", fields: { ...fields, bodyHtml: "<p>Đoạn đầu, đã sửa.</p><p>Đoạn thêm.</p>" } });
  if (!second.ok) throw new Error(JSON.stringify(second));
  return first.articleId;
}

for (const { name, path, draft } of staffPages) {
  test(`${name} has no WCAG 2.1 A/AA violations and no sideways scrolling at ${checkedWidths.join(" and ")} px`, async ({ page, loginAs, db }) => {
    const admin = await loginAs("admin");
    const known: Known = {
      articleId: draft ? await draftWithTwoRevisions(db, admin) : -1,
      pageId: (await db.select({ id: pages.id }).from(pages).where(eq(pages.slug, "gioi-thieu")).limit(1))[0]?.id ?? -1,
    };
    const address = path(known);
    await expectAccessibleAtEveryWidth(page, address);
    expect(page.url()).toContain(address.split("?")[0]);
  });
}
