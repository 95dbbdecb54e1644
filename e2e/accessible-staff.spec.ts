import { eq } from "drizzle-orm";
import { documents, pages, units } from "@/db/schema";
import { sessionUserById } from "@/db/queries/users";
import { saveArticleCommand } from "@/server/article-commands";
import { saveVideoCommand } from "@/server/video-commands";
import { demoDocuments } from "@/seeds/demo-documents";
import { checkedWidths, expectAccessibleAtEveryWidth } from "./accessibility";
import { expect, firstCategoryId, test, type Account } from "./fixtures";
import type { Database } from "@/db/client";

// Every staff screen, seen by an admin (who sees them all), at a phone's and a laptop's width.
// Runs with the reader journeys (project "ban-doc"): it only reads, but for a draft and a video of
// its own (no reader journey counts videos, and the home page shows none).

/**
 * What the addresses need: a draft with two saved revisions (so its history compares them), a page,
 * a demo document and, where asked, a published video of the test's own.
 */
type Known = { articleId: number; pageId: number; documentId: number; video: { id: number; slug: string } };

// One line a page: a new staff page is one more line here. (The report and an album's editor are
// checked in their own journeys, e2e/editor-report.spec.ts and e2e/editor-albums.spec.ts.)
const staffPages: { name: string; path: (known: Known) => string; draft?: true; video?: true }[] = [
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
  { name: "the documents register", path: () => "/quan-tri/van-ban" },
  { name: "the new-document form", path: () => "/quan-tri/van-ban/moi" },
  { name: "a document's form", path: ({ documentId }) => `/quan-tri/van-ban/${documentId}` },
  { name: "the document forms and issuers", path: () => "/quan-tri/van-ban/danh-muc" },
  { name: "the videos", path: () => "/quan-tri/video" },
  { name: "the new-video form", path: () => "/quan-tri/video/moi" },
  { name: "a video's form", video: true, path: ({ video }) => `/quan-tri/video/${video.id}` },
  { name: "a video's page for readers", video: true, path: ({ video }) => `/video/${video.slug}` },
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

async function publishedVideo(db: Database, account: Account): Promise<Known["video"]> {
  const user = await sessionUserById(db, account.id);
  if (!user) throw new Error("the test's account is missing");
  const fields = { title: `Video kiểm tra trợ năng ${account.id}`, link: "https://youtu.be/dQw4w9WgXcQ", takenOn: "01/05/2026", unitId: "", description: "Tiết mục mở màn hội diễn.", slug: "" };
  const saved = await saveVideoCommand(db, user, { videoId: null, baseVersion: null, publish: true, fields });
  if (!saved.ok) throw new Error(JSON.stringify(saved));
  return { id: saved.videoId, slug: saved.slug };
}

for (const { name, path, draft, video } of staffPages) {
  test(`${name} has no WCAG 2.2 A/AA violations and no sideways scrolling at ${checkedWidths.join(" and ")} px`, async ({ page, loginAs, db }) => {
    const admin = await loginAs("admin");
    const known: Known = {
      articleId: draft ? await draftWithTwoRevisions(db, admin) : -1,
      pageId: (await db.select({ id: pages.id }).from(pages).where(eq(pages.slug, "gioi-thieu")).limit(1))[0]?.id ?? -1,
      documentId: (await db.select({ id: documents.id }).from(documents).where(eq(documents.slug, demoDocuments[0]!.slug)).limit(1))[0]?.id ?? -1,
      video: video ? await publishedVideo(db, admin) : { id: -1, slug: "" },
    };
    const address = path(known);
    await expectAccessibleAtEveryWidth(page, address);
    expect(page.url()).toContain(address.split("?")[0]);
    // A browser tab names the screen and that it is the workspace, the articles list (the workspace's own page) too.
    if (address.startsWith("/quan-tri")) await expect(page).toHaveTitle(/^[^|]+ \| Quản trị Bản tin$/);
  });
}
