// A small SQLite site for db/copy.test.ts, made in a process of its own (this one serves SQLite
// whatever the test process serves): a unit tree, accounts, articles published, scheduled and
// draft, views, pages and a menu with parents, the settings and an audit entry.
import { eq } from "drizzle-orm";
import { closeDatabase, openDatabase } from "@/db/client";
import { addArticleViews } from "@/db/queries/article-views";
import { recordAudit } from "@/db/queries/audit-log";
import { ensureSiteSettings } from "@/db/queries/site-settings";
import { insertDocument, issuerForUnit } from "@/db/queries/document-writes";
import { articleDocuments, documentFiles, documentForms, menuItems, pages, units } from "@/db/schema";
import { insertArticle, insertCategory, insertUnit, insertUser } from "@/db/test-database";
import { writeTransaction } from "@/db/transaction";

const file = process.argv[2];
if (!file) throw new Error("usage: tsx tests/copy-source.ts FILE");
const db = openDatabase(file);
const province = await insertUnit(db, { name: "Liên đoàn Lao động tỉnh", slug: "ldld-tinh" });
// A child whose id is lower than its parent's: the copy must not depend on insertion order.
const district = await insertUnit(db, { name: "LĐLĐ huyện Chi Lăng", slug: "ldld-chi-lang" });
await writeTransaction(db, (tx) => tx.update(units).set({ parentId: province.id }).where(eq(units.id, district.id)));
const news = await insertCategory(db, { name: "Tin hoạt động" });
const editor = await insertUser(db, { role: "editor", unitId: province.id, displayName: "Biên tập Viên" });
for (let i = 0; i < 30; i++) {
  await insertArticle(db, {
    unitId: i % 2 ? province.id : district.id,
    categoryId: news.id,
    title: `Đại hội công đoàn cơ sở số ${i}`,
    bodyHtml: `<p>Đoàn viên đường phố ${i} dự hội nghị.</p>`,
    createdBy: editor.id,
    isFeatured: i % 7 === 0,
    publishedAt: new Date(Date.UTC(2022, 11, 1 + i, 9, 42)),
  });
}
await insertArticle(db, { unitId: province.id, categoryId: news.id, title: "Bản nháp", status: "draft", publishedAt: null });
await insertArticle(db, { unitId: province.id, categoryId: news.id, title: "Hẹn giờ", publishedAt: new Date(Date.UTC(2099, 0, 1)) });
await addArticleViews(db, [{ articleId: 1, day: "2022-12-21", views: 7 }, { articleId: 2, day: "2022-12-22", views: 3 }]);
await ensureSiteSettings(db, "Khẩu hiệu thử");
await writeTransaction(db, async (tx) => {
  const [child] = await tx.insert(pages).values({ title: "Lịch sử", slug: "lich-su", status: "published" }).returning({ id: pages.id });
  const [parent] = await tx.insert(pages).values({ title: "Giới thiệu", slug: "gioi-thieu", status: "published" }).returning({ id: pages.id });
  if (child && parent) await tx.update(pages).set({ parentId: parent.id }).where(eq(pages.id, child.id));
  const [top] = await tx.insert(menuItems).values({ label: "Trang chủ", kind: "home", sortOrder: 1 }).returning({ id: menuItems.id });
  await tx.insert(menuItems).values({ label: "Tin tức", kind: "path", url: "/tin-tuc", parentId: top?.id ?? null, sortOrder: 1 });
  await recordAudit(tx, { actorId: editor.id, actorName: editor.displayName, action: "article-publish", target: "Bài: thử", ip: "10.0.0.1" });
  // The register: a form of the site's own beside the nine a migration starts with, a document
  // with a file, linked under an article.
  const [form] = await tx.insert(documentForms).values({ name: "Quy chế", sortOrder: 10 }).returning({ id: documentForms.id });
  const content = {
    slug: "quy-che-12", formId: form?.id ?? 0, issuerId: await issuerForUnit(tx, province.id), number: "12/QC-LĐLĐ", issuedOn: { year: 2024, month: 3, day: 1 },
    inForceOn: null, ceasesOn: null, signer: "Nguyễn Văn An", abstract: "Quy chế làm việc của Ban Chấp hành", field: "Tổ chức", legalStatus: "in-force" as const,
  };
  const { id: documentId } = await insertDocument(tx, content, editor.id, "published", new Date("2024-03-02T02:00:00Z"));
  await tx.insert(documentFiles).values({ documentId, storageKey: "quy-che-12-a1b2", fileName: "Quy chế 12.pdf", kind: "pdf", sizeBytes: 120_000 });
  await tx.insert(articleDocuments).values({ articleId: 1, documentId });
});
await closeDatabase(db);
