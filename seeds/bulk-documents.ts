// The benchmark's documents register: N published documents over the ten years before `now`,
// of every form, issued by the units and a few outside bodies, with plausible numbers
// ("47/KH-LĐLĐ") and abstracts, so /van-ban is measured on the size issue 16 names (20,000).
import { type CalendarDay, vietnamCalendarDay } from "@/core/vi-date";
import type { Database } from "@/db/client";
import { insertDocument, issuerForUnit, issuerNamed } from "@/db/queries/document-writes";
import { listUnits } from "@/db/queries/taxonomy";
import { documentForms } from "@/db/schema";
import { writeTransaction } from "@/db/transaction";
import type { Random } from "./bulk-text";

const TEN_YEARS_MS = 10 * 365.25 * 24 * 60 * 60 * 1000;
/** Rows a transaction: a few seconds of PostgreSQL round trips, not one lock held for the whole seed. */
const DOCUMENTS_PER_TRANSACTION = 1000;

const symbols: Record<string, string> = {
  "Nghị quyết": "NQ", "Quyết định": "QĐ", "Chỉ thị": "CT", "Kế hoạch": "KH", "Chương trình": "CTr",
  "Hướng dẫn": "HD", "Công văn": "CV", "Thông báo": "TB", "Báo cáo": "BC",
};
const outsideBodies = ["Tổng Liên đoàn Lao động Việt Nam", "Ủy ban nhân dân tỉnh Hải Lâm", "Sở Lao động – Thương binh và Xã hội tỉnh"];
const subjects = [
  "tổ chức Tháng Công nhân", "thu, nộp kinh phí và đoàn phí công đoàn", "khen thưởng phong trào thi đua lao động giỏi",
  "chăm lo Tết cho đoàn viên và người lao động", "phát triển đoàn viên, thành lập công đoàn cơ sở", "an toàn, vệ sinh lao động",
  "kiểm tra, giám sát tài chính công đoàn", "tổ chức Đại hội công đoàn cơ sở", "xây dựng Mái ấm Công đoàn",
  "tuyên truyền pháp luật lao động", "chuyển đổi số trong hoạt động công đoàn", "hội thao công nhân, viên chức, lao động",
];
const fields = ["Tổ chức – Kiểm tra", "Tài chính công đoàn", "Thi đua – Khen thưởng", "Chính sách – Pháp luật", "Tuyên giáo", "Nữ công", "Văn hóa – Thể thao"];
const signers = ["Nguyễn Quốc Bảo", "Trần Thị Minh Hạnh", "Lê Văn Thịnh", "Phạm Thu Trang", "Hoàng Đức Long"];

/** Writes `count` published documents, oldest first; returns how many were written. */
export async function seedBulkDocuments(db: Database, random: Random, count: number, now: Date): Promise<number> {
  const forms = await db.select({ id: documentForms.id, name: documentForms.name }).from(documentForms);
  const units = await listUnits(db);
  const issuers = await writeTransaction(db, async (tx) => {
    const ids: { id: number; symbol: string }[] = [];
    for (const unit of units) ids.push({ id: await issuerForUnit(tx, unit.id), symbol: unit.parentId === null ? "LĐLĐ" : "CĐ" });
    for (const name of outsideBodies) ids.push({ id: await issuerNamed(tx, name), symbol: "TLĐ" });
    return ids;
  });
  const step = TEN_YEARS_MS / count;
  const start = now.getTime() - TEN_YEARS_MS;
  const numberInYear = new Map<string, number>();
  let written = 0;
  while (written < count) {
    const upTo = Math.min(count, written + DOCUMENTS_PER_TRANSACTION);
    await writeTransaction(db, async (tx) => {
      for (let i = written; i < upTo; i++) {
        const issuedOn: CalendarDay = vietnamCalendarDay(new Date(Math.round(start + i * step + random.next() * step)));
        const form = random.pick(forms);
        const issuer = random.pick(issuers);
        const key = `${issuedOn.year}:${form.id}:${issuer.id}`;
        const n = (numberInYear.get(key) ?? 0) + 1;
        numberInYear.set(key, n);
        const subject = random.pick(subjects);
        const content = {
          slug: `van-ban-${i + 1}`,
          formId: form.id,
          issuerId: issuer.id,
          number: `${n}/${symbols[form.name] ?? "VB"}-${issuer.symbol}`,
          issuedOn,
          inForceOn: null,
          ceasesOn: null,
          signer: random.pick(signers),
          abstract: `${form.name} về ${subject} năm ${issuedOn.year}`,
          field: random.pick(fields),
          legalStatus: random.next() < 0.2 ? ("expired" as const) : ("in-force" as const),
        };
        await insertDocument(tx, content, null, "published", now);
      }
    });
    written = upTo;
  }
  return written;
}
