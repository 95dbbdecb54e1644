// The documents register on a real database (each dialect): what is listed, in which order, and
// what the filters and the search box find.
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { CalendarDay } from "@/core/vi-date";
import type { ArticleStatus } from "@/core/permissions";
import type { Database } from "../client";
import { articleDocuments, documentFiles, documentForms } from "../schema";
import { createTestDatabase, insertArticle, insertCategory, insertUnit, type TestDatabase } from "../test-database";
import { writeTransaction } from "../transaction";
import { type DocumentContent, insertDocument, issuerForUnit, issuerNamed } from "./document-writes";
import { documentRegisterChoices, documentRegisterPage, documentsOfArticle, publishedDocumentAddresses, publishedDocumentBySlug, publishedDocumentCount, type DocumentRegisterFilter } from "./documents";

const NOW = new Date("2026-11-30T03:00:00Z");
const TODAY: CalendarDay = { year: 2026, month: 11, day: 30 };
const day = (text: string): CalendarDay => {
  const [year, month, dayOfMonth] = text.split("-").map(Number) as [number, number, number];
  return { year, month, day: dayOfMonth };
};

let handle: TestDatabase;
let db: Database;
let forms: Record<string, number>;
let province: number;
let district: number;
let outside: number;
let sequence = 0;

beforeEach(async () => {
  handle = await createTestDatabase();
  db = handle.db;
  forms = Object.fromEntries((await db.select().from(documentForms)).map((form) => [form.name, form.id]));
  const [provinceUnit, districtUnit] = [await insertUnit(db, { name: "Liên đoàn Lao động tỉnh" }), await insertUnit(db, { name: "LĐLĐ huyện Tân Phong" })];
  ({ province, district, outside } = await writeTransaction(db, async (tx) => ({
    province: await issuerForUnit(tx, provinceUnit.id),
    district: await issuerForUnit(tx, districtUnit.id),
    outside: await issuerNamed(tx, "Tổng Liên đoàn Lao động Việt Nam"),
  })));
});
afterEach(() => handle.close());

async function register(values: Partial<DocumentContent> & { form?: string }, status: ArticleStatus = "published") {
  const n = ++sequence;
  const { form = "Kế hoạch", ...rest } = values;
  const content: DocumentContent = {
    slug: `van-ban-${n}`,
    formId: forms[form] ?? 0,
    issuerId: province,
    number: `${n}/KH-LĐLĐ`,
    issuedOn: day("2024-03-01"),
    inForceOn: null,
    ceasesOn: null,
    signer: "Nguyễn Văn An",
    abstract: `Văn bản thử số ${n}`,
    field: "",
    legalStatus: "in-force",
    ...rest,
  };
  return (await writeTransaction(db, (tx) => insertDocument(tx, content, null, status, NOW))).id;
}

const found = async (filter: DocumentRegisterFilter) => (await documentRegisterPage(db, filter, { offset: 0, limit: 50 }, TODAY)).items.map((item) => item.slug);

describe("the documents register", () => {
  it("starts with the nine usual forms", () => {
    expect(Object.keys(forms)).toEqual(["Nghị quyết", "Quyết định", "Chỉ thị", "Kế hoạch", "Chương trình", "Hướng dẫn", "Công văn", "Thông báo", "Báo cáo"]);
  });

  it("lists published documents only, newest issued first, a page at a time with the total", async () => {
    await register({ slug: "cu", issuedOn: day("2022-12-21") });
    await register({ slug: "moi", issuedOn: day("2026-11-02") });
    await register({ slug: "giua", issuedOn: day("2024-06-15") });
    await register({ slug: "nhap", issuedOn: day("2026-11-20") }, "draft");
    await register({ slug: "cho-duyet", issuedOn: day("2026-11-21") }, "pending");
    expect(await found({})).toEqual(["moi", "giua", "cu"]);
    const second = await documentRegisterPage(db, {}, { offset: 1, limit: 1 }, TODAY);
    expect(second).toMatchObject({ total: 3, items: [{ slug: "giua", formName: "Kế hoạch", issuerName: "Liên đoàn Lao động tỉnh", issuedOn: day("2024-06-15"), legalStatus: "in-force" }] });
  });

  it("filters by form, issuer, year, field and whether in force (a day of ceasing that has come counts)", async () => {
    await register({ slug: "nghi-quyet", form: "Nghị quyết", issuerId: outside, field: "Tổ chức", issuedOn: day("2023-01-10") });
    await register({ slug: "ke-hoach-huyen", issuerId: district, issuedOn: day("2025-12-31"), field: "Tuyên giáo" });
    await register({ slug: "het-ngay", issuedOn: day("2025-01-01"), ceasesOn: day("2026-11-30") });
    await register({ slug: "het-danh-dau", issuedOn: day("2024-01-01"), legalStatus: "expired" });
    await register({ slug: "con-ngay", issuedOn: day("2024-02-01"), ceasesOn: day("2026-12-01") });
    expect(await found({ formId: forms["Nghị quyết"] })).toEqual(["nghi-quyet"]);
    expect(await found({ issuerId: district })).toEqual(["ke-hoach-huyen"]);
    expect(await found({ year: 2025 })).toEqual(["ke-hoach-huyen", "het-ngay"]);
    expect(await found({ field: "Tổ chức" })).toEqual(["nghi-quyet"]);
    expect(await found({ legalStatus: "expired" })).toEqual(["het-ngay", "het-danh-dau"]);
    expect(await found({ legalStatus: "in-force" })).toEqual(["ke-hoach-huyen", "con-ngay", "nghi-quyet"]);
    expect((await documentRegisterPage(db, { year: 2025 }, { offset: 0, limit: 9 }, TODAY)).items.map((item) => [item.slug, item.legalStatus])).toEqual([
      ["ke-hoach-huyen", "in-force"],
      ["het-ngay", "expired"],
    ]);
    expect(await documentRegisterChoices(db)).toEqual({
      forms: Object.entries(forms).map(([name, id]) => ({ id, name })),
      issuers: [
        { id: province, name: "Liên đoàn Lao động tỉnh" },
        { id: district, name: "LĐLĐ huyện Tân Phong" },
        { id: outside, name: "Tổng Liên đoàn Lao động Việt Nam" },
      ].sort((a, b) => a.name.localeCompare(b.name, "vi")),
      // Vietnamese order: "Tổ" before "Tuyên" (ô before u), which byte order reverses.
      years: [2025, 2024, 2023],
      fields: ["Tổ chức", "Tuyên giáo"],
    });
  });

  it.each([
    ["47/KH", ["ke-hoach-47"]],
    ["47/kh", ["ke-hoach-47"]],
    ["LĐLĐ", ["quyet-dinh", "ke-hoach-147", "ke-hoach-47"]],
    ["47/KH-LĐLĐ", ["ke-hoach-47"]],
    ["7/KH", []],
    ["48/KH", []],
    ["2023/nq", ["nghi-quyet"]],
    ["_2/QĐ", []],
  ])("finds by the number typed %j exactly these, from a boundary of the number", async (query, expected) => {
    await register({ slug: "ke-hoach-47", number: "47/KH-LĐLĐ", abstract: "Kế hoạch tổ chức Tháng Công nhân năm 2024" });
    await register({ slug: "ke-hoach-147", number: "147/KH-LĐLĐ", abstract: "Kế hoạch chăm lo Tết cho đoàn viên" });
    await register({ slug: "quyet-dinh", form: "Quyết định", number: "12/QĐ-LĐLĐ", abstract: "Quyết định khen thưởng công đoàn cơ sở" });
    await register({ slug: "nghi-quyet", form: "Nghị quyết", number: "12/2023/NQ-HĐND", abstract: "Nghị quyết về chính sách hỗ trợ", issuedOn: day("2023-01-01") });
    expect(await found({ query })).toEqual(expected);
  });

  it("finds words of the abstract without tone marks (đ as d) and a number from any of its boundaries", async () => {
    await register({ slug: "ke-hoach-47", number: "47/KH-LĐLĐ", abstract: "Kế hoạch tổ chức Tháng Công nhân năm 2024" });
    await register({ slug: "ke-hoach-147", number: "147/KH-LĐLĐ", abstract: "Kế hoạch chăm lo Tết cho đoàn viên" });
    await register({ slug: "quyet-dinh", form: "Quyết định", number: "12/QĐ-LĐLĐ", abstract: "Quyết định khen thưởng công đoàn cơ sở", signer: "Trần Thị Lan" });
    expect(await found({ query: "thang cong nhan" })).toEqual(["ke-hoach-47"]);
    expect(await found({ query: "DOAN VIEN" })).toEqual(["ke-hoach-147"]);
    expect(await found({ query: "47/KH" })).toEqual(["ke-hoach-47"]);
    expect(await found({ query: "kh-ldld" })).toEqual(["ke-hoach-147", "ke-hoach-47"]);
    expect(await found({ query: "12/qđ" })).toEqual(["quyet-dinh"]);
    expect(await found({ query: "tran thi lan" })).toEqual(["quyet-dinh"]);
    // A word is matched from its beginning: "an" is not found inside "nhan" or "lan".
    expect(await found({ query: "nha" })).toEqual(["ke-hoach-47"]);
    expect(await found({ query: "han" })).toEqual([]);
    // LIKE's own characters are text.
    expect(await found({ query: "_2/QĐ" })).toEqual([]);
    expect(await found({ query: "%" })).toEqual(["quyet-dinh", "ke-hoach-147", "ke-hoach-47"]);
  });

  it("shows a published document's fields and files with their downloads, and nothing for a draft", async () => {
    const id = await register({ slug: "ke-hoach-47", number: "47/KH-LĐLĐ", abstract: "Kế hoạch tổ chức Tháng Công nhân", issuedOn: day("2024-03-01"), inForceOn: day("2024-03-05"), ceasesOn: day("2026-11-30"), field: "Tuyên giáo", issuerId: district });
    await writeTransaction(db, async (tx) => {
      await tx.insert(documentFiles).values([
        { documentId: id, storageKey: "phu-luc-b", fileName: "Phụ lục.xlsx", kind: "xlsx", sizeBytes: 20_480, sortOrder: 2, downloadCount: 3 },
        { documentId: id, storageKey: "ke-hoach-a", fileName: "Kế hoạch 47.pdf", kind: "pdf", sizeBytes: 512_000, sortOrder: 1, previewKey: "ke-hoach-a-trang-1", downloadCount: 12 },
      ]);
    });
    await register({ slug: "nhap" }, "draft");
    expect(await publishedDocumentBySlug(db, "ke-hoach-47", TODAY)).toMatchObject({
      number: "47/KH-LĐLĐ",
      formName: "Kế hoạch",
      issuerName: "LĐLĐ huyện Tân Phong",
      issuedOn: day("2024-03-01"),
      inForceOn: day("2024-03-05"),
      ceasesOn: day("2026-11-30"),
      legalStatus: "expired",
      signer: "Nguyễn Văn An",
      field: "Tuyên giáo",
      files: [
        { fileName: "Kế hoạch 47.pdf", kind: "pdf", sizeBytes: 512_000, previewKey: "ke-hoach-a-trang-1", downloadCount: 12 },
        { fileName: "Phụ lục.xlsx", kind: "xlsx", sizeBytes: 20_480, previewKey: null, downloadCount: 3 },
      ],
      downloadCount: 15,
    });
    expect(await publishedDocumentBySlug(db, "nhap", TODAY)).toBeNull();
    expect(await publishedDocumentBySlug(db, "khong-co", TODAY)).toBeNull();
  });

  it("lists an article's documents in the order set, published ones only", async () => {
    const unit = await insertUnit(db);
    const article = await insertArticle(db, { unitId: unit.id, categoryId: (await insertCategory(db)).id });
    const [first, second, draft] = [await register({ slug: "thu-nhat" }), await register({ slug: "thu-hai" }), await register({ slug: "nhap" }, "draft")];
    await writeTransaction(db, (tx) =>
      tx.insert(articleDocuments).values([
        { articleId: article.id, documentId: second, sortOrder: 1 },
        { articleId: article.id, documentId: draft, sortOrder: 2 },
        { articleId: article.id, documentId: first, sortOrder: 3 },
      ]),
    );
    expect((await documentsOfArticle(db, article.id, TODAY)).map((item) => item.slug)).toEqual(["thu-hai", "thu-nhat"]);
  });

  it("gives the sitemap the published documents only, newest issued first, a slice at a time", async () => {
    await register({ slug: "cu", issuedOn: day("2022-12-21") });
    await register({ slug: "moi", issuedOn: day("2026-11-02") });
    await register({ slug: "giua", issuedOn: day("2024-06-15") });
    await register({ slug: "nhap" }, "draft");
    await register({ slug: "da-go" }, "unpublished");
    expect(await publishedDocumentCount(db)).toBe(3);
    expect((await publishedDocumentAddresses(db, { offset: 1, limit: 5 })).map((address) => address.slug)).toEqual(["giua", "cu"]);
    expect(await publishedDocumentAddresses(db, { offset: 0, limit: 0 })).toEqual([]);
  });
});
