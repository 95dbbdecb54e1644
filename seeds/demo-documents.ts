// The demo register's documents (issue 16): our own texts, for the fictional Hải Lâm union. Each
// is published with a generated one-page PDF, stored as an upload is (server/document-storage.ts),
// its first page drawn as the preview when pdftoppm is installed (scripts/poppler.sh ensure).
import fs from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { eq } from "drizzle-orm";
import { documentTitle, type DocumentStatus } from "@/core/documents";
import { normaliseForSearch } from "@/core/search-text";
import { parseDayKey, type CalendarDay } from "@/core/vi-date";
import type { Database } from "@/db/client";
import { insertDocumentFile } from "@/db/queries/document-files";
import { insertDocument, issuerForUnit, issuerNamed } from "@/db/queries/document-writes";
import { documentForms, documents, units } from "@/db/schema";
import { writeTransaction } from "@/db/transaction";
import { storeDocumentUpload, type StoredUpload } from "@/server/document-storage";
import type { MediaStore } from "@/server/media-store";
import type { DemoUnitSlug } from "./demo-types";
import { simplePdf } from "./simple-pdf";

type DemoDocument = {
  slug: string;
  form: string;
  /** A unit of the demo, or an outside body by name. */
  issuer: { unit: DemoUnitSlug } | { name: string };
  number: string;
  issuedOn: string;
  inForceOn?: string;
  ceasesOn?: string;
  signer: string;
  abstract: string;
  field: string;
  legalStatus?: DocumentStatus;
  /** The name the file is downloaded as. */
  fileName: string;
  band: [number, number, number];
};

export const demoDocuments: DemoDocument[] = [
  {
    slug: "ke-hoach-47-kh-ldld-thang-cong-nhan-2026",
    form: "Kế hoạch",
    issuer: { unit: "ldld-tinh-hai-lam" },
    number: "47/KH-LĐLĐ",
    issuedOn: "2026-03-12",
    signer: "Trần Thị Minh Hạnh",
    abstract: "Kế hoạch tổ chức Tháng Công nhân và Tháng hành động về an toàn, vệ sinh lao động năm 2026",
    field: "Phong trào công nhân",
    fileName: "Kế hoạch 47-KH-LĐLĐ Tháng Công nhân 2026.pdf",
    band: [0.09, 0.2, 0.42],
  },
  {
    slug: "quyet-dinh-112-qd-ldld-khen-thuong-thi-dua-2025",
    form: "Quyết định",
    issuer: { unit: "ldld-tinh-hai-lam" },
    number: "112/QĐ-LĐLĐ",
    issuedOn: "2025-12-22",
    signer: "Nguyễn Quốc Bảo",
    abstract: "Quyết định khen thưởng các tập thể và cá nhân có thành tích xuất sắc trong phong trào thi đua lao động giỏi năm 2025",
    field: "Thi đua – Khen thưởng",
    fileName: "Quyết định 112-QĐ-LĐLĐ khen thưởng năm 2025.pdf",
    band: [0.63, 0.11, 0.14],
  },
  {
    slug: "huong-dan-08-hd-ldld-thu-nop-kinh-phi-doan-phi-2026",
    form: "Hướng dẫn",
    issuer: { unit: "ldld-tinh-hai-lam" },
    number: "08/HD-LĐLĐ",
    issuedOn: "2026-01-20",
    inForceOn: "2026-02-01",
    signer: "Nguyễn Quốc Bảo",
    abstract: "Hướng dẫn thu, nộp kinh phí và đoàn phí công đoàn của các công đoàn cơ sở năm 2026",
    field: "Tài chính công đoàn",
    fileName: "Hướng dẫn 08-HD-LĐLĐ thu nộp đoàn phí.pdf",
    band: [0.1, 0.45, 0.3],
  },
  {
    slug: "bao-cao-25-bc-ldld-ket-qua-sau-thang-dau-nam-2026",
    form: "Báo cáo",
    issuer: { unit: "ldld-thanh-pho-hai-lam" },
    number: "25/BC-LĐLĐ",
    issuedOn: "2026-07-08",
    signer: "Lê Văn Thịnh",
    abstract: "Báo cáo kết quả hoạt động công đoàn sáu tháng đầu năm và nhiệm vụ sáu tháng cuối năm 2026",
    field: "Tổ chức – Kiểm tra",
    fileName: "Báo cáo 25-BC-LĐLĐ sáu tháng đầu năm 2026.pdf",
    band: [0.85, 0.6, 0.1],
  },
  {
    slug: "ke-hoach-19-kh-cdvc-hoi-thao-2023",
    form: "Kế hoạch",
    issuer: { unit: "cong-doan-vien-chuc-tinh" },
    number: "19/KH-CĐVC",
    issuedOn: "2023-03-06",
    ceasesOn: "2023-12-31",
    signer: "Phạm Thu Trang",
    abstract: "Kế hoạch tổ chức Hội thao công nhân, viên chức, lao động khối cơ quan tỉnh năm 2023",
    field: "Văn hóa – Thể thao",
    legalStatus: "expired",
    fileName: "Kế hoạch 19-KH-CĐVC Hội thao 2023.pdf",
    band: [0.35, 0.35, 0.35],
  },
  {
    slug: "thong-bao-05-tb-tld-ket-luan-doan-chu-tich",
    form: "Thông báo",
    issuer: { name: "Tổng Liên đoàn Lao động Việt Nam" },
    number: "05/TB-TLĐ",
    issuedOn: "2024-05-14",
    signer: "Đoàn Chủ tịch",
    abstract: "Thông báo kết luận về việc chăm lo nhà ở cho đoàn viên công đoàn có hoàn cảnh khó khăn",
    field: "Chính sách – Pháp luật",
    fileName: "Thông báo 05-TB-TLĐ chăm lo nhà ở.pdf",
    band: [0.2, 0.3, 0.6],
  },
];

function dayOf(text: string): CalendarDay {
  const day = parseDayKey(text);
  if (!day) throw new Error(`A demo document has a malformed day: ${text}`);
  return day;
}

/**
 * Stores the document's generated PDF the way an editor's upload is stored (checked by its content,
 * put in the media store, its first page drawn when pdftoppm is there).
 */
async function storeDemoFile(demo: DemoDocument, store: MediaStore): Promise<StoredUpload> {
  const title = documentTitle({ formName: demo.form, number: demo.number });
  const bytes = simplePdf({ band: demo.band, lines: [normaliseForSearch(title).toUpperCase(), ...wrap(normaliseForSearch(demo.abstract), 70), "", "Van ban mau cua trang demo Ban tin."] });
  const folder = await fs.mkdtemp(path.join(os.tmpdir(), "ban-tin-demo-"));
  try {
    const upload = path.join(folder, "upload.pdf");
    await fs.writeFile(upload, bytes);
    const stored = await storeDocumentUpload({ path: upload, fileName: demo.fileName }, store);
    if (!stored.ok) throw new Error(`A demo document's PDF was refused: ${stored.message}`);
    return stored.file;
  } finally {
    await fs.rm(folder, { recursive: true, force: true });
  }
}

function wrap(text: string, width: number): string[] {
  const lines: string[] = [];
  let line = "";
  for (const word of text.split(" ")) {
    if (line && line.length + word.length + 1 > width) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  return line ? [...lines, line] : lines;
}

/** The demo documents, published, each with its PDF. Idempotent: a slug already registered is left alone. */
export async function seedDemoDocuments(db: Database, store: MediaStore, editorId: number | null, now: Date): Promise<void> {
  const forms = await db.select({ id: documentForms.id, name: documentForms.name }).from(documentForms);
  const unitRows = await db.select({ id: units.id, slug: units.slug }).from(units);
  for (const demo of demoDocuments) {
    if ((await db.select({ id: documents.id }).from(documents).where(eq(documents.slug, demo.slug)).limit(1)).length > 0) continue;
    const formId = forms.find((form) => form.name === demo.form)?.id;
    if (!formId) throw new Error(`A demo document names an unknown form: ${demo.form}`);
    const file = await storeDemoFile(demo, store);
    await writeTransaction(db, async (tx) => {
      const unitId = "unit" in demo.issuer ? unitRows.find((unit) => "unit" in demo.issuer && unit.slug === demo.issuer.unit)?.id : undefined;
      const issuerId = "unit" in demo.issuer ? await issuerForUnit(tx, unitId ?? 0) : await issuerNamed(tx, demo.issuer.name);
      const content = {
        slug: demo.slug,
        formId,
        issuerId,
        number: demo.number,
        issuedOn: dayOf(demo.issuedOn),
        inForceOn: demo.inForceOn ? dayOf(demo.inForceOn) : null,
        ceasesOn: demo.ceasesOn ? dayOf(demo.ceasesOn) : null,
        signer: demo.signer,
        abstract: demo.abstract,
        field: demo.field,
        legalStatus: demo.legalStatus ?? "in-force",
      };
      const { id } = await insertDocument(tx, content, editorId, "published", now);
      await insertDocumentFile(tx, { documentId: id, ...file, uploadedBy: editorId, createdAt: now });
    });
  }
}
