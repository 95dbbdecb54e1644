// What an import did (issue 17), kept as it goes and written at the end as import-report.json and a
// summary in Vietnamese for the person who ran it.

export type SkipReason =
  | "trashed"
  | "empty-body"
  | "unknown-category"
  | "skipped-category"
  | "too-long"
  | "edited-here"
  | "deleted-here"
  | "not-imported-yet"
  | "write-failed";

export const skipReasonLabels: Record<SkipReason, string> = {
  trashed: "trong thùng rác của cổng cũ",
  "empty-body": "không có nội dung",
  "unknown-category": "chuyên mục cũ không có trong tệp ánh xạ",
  "skipped-category": "chuyên mục được đánh dấu bỏ qua trong tệp ánh xạ",
  "too-long": "nội dung dài quá 500.000 ký tự sau khi làm sạch",
  "edited-here": "đã được sửa trên Bản tin sau lần nhập trước: giữ bản trên Bản tin",
  "deleted-here": "đã bị xóa trên Bản tin sau lần nhập trước",
  "not-imported-yet": "chưa được nhập (lần chạy --media-only chỉ thêm ảnh cho bài đã nhập)",
  "write-failed": "cơ sở dữ liệu không nhận bài (xem 'detail' trong import-report.json); không ghi gì của bài này",
};

export type MissingImageReason = "missing" | "parent" | "foreign" | "outside" | "not-an-image" | "no-media-root";

export const missingImageLabels: Record<MissingImageReason, string> = {
  missing: "không có tệp trong --media-root",
  parent: "đường dẫn có '..': không đọc",
  foreign: "ảnh ở máy chủ khác",
  outside: "ngoài thư mục ảnh của cổng cũ",
  "not-an-image": "tệp không phải ảnh đọc được",
  "no-media-root": "chưa có --media-root",
};

type ArticleRef = { oldId: number; title: string };

/** How the report names an old article: its old id and title. */
export const articleRef = (article: ArticleRef): ArticleRef => ({ oldId: article.oldId, title: article.title });

export type ImportReport = {
  source: string;
  site: string;
  dryRun: boolean;
  mediaOnly: boolean;
  withMedia: boolean;
  startedAt: string;
  finishedAt: string;
  /** Stopped before the end (Ctrl+C): running the same command again goes on. */
  interrupted: boolean;
  counts: { read: number; imported: number; updated: number; unchanged: number; skipped: number };
  categories: { created: string[]; redirects: number };
  accounts: { created: number };
  images: { stored: number; reused: number; missing: number };
  skipped: (ArticleRef & { reason: SkipReason; detail?: string })[];
  missingImages: (ArticleRef & { src: string; reason: MissingImageReason })[];
  repairedHtml: ArticleRef[];
  repairedText: (ArticleRef & { fields: string[] })[];
  /** Published without a publication time (Joomla's zero date): the creation time was used. */
  zeroDates: ArticleRef[];
  articlesPerSecond: number;
  /** The importing process's peak resident memory. */
  peakMemoryMb: number;
};

export function emptyReport(source: string, site: string, flags: { dryRun: boolean; mediaOnly: boolean; withMedia: boolean }, now: Date): ImportReport {
  return {
    source,
    site,
    ...flags,
    startedAt: now.toISOString(),
    finishedAt: now.toISOString(),
    interrupted: false,
    counts: { read: 0, imported: 0, updated: 0, unchanged: 0, skipped: 0 },
    categories: { created: [], redirects: 0 },
    accounts: { created: 0 },
    images: { stored: 0, reused: 0, missing: 0 },
    skipped: [],
    missingImages: [],
    repairedHtml: [],
    repairedText: [],
    zeroDates: [],
    articlesPerSecond: 0,
    peakMemoryMb: 0,
  };
}

const number = (n: number) => n.toLocaleString("vi-VN");

function countsBy<T>(items: readonly T[], key: (item: T) => string): [string, number][] {
  const counts = new Map<string, number>();
  for (const item of items) counts.set(key(item), (counts.get(key(item)) ?? 0) + 1);
  return [...counts.entries()].sort((a, b) => b[1] - a[1]);
}

const SHOWN = 10;

function listed<T>(title: string, items: readonly T[], line: (item: T) => string): string[] {
  if (items.length === 0) return [];
  const more = items.length > SHOWN ? [`  … và ${number(items.length - SHOWN)} mục khác (xem import-report.json)`] : [];
  return [`${title} (${number(items.length)}):`, ...items.slice(0, SHOWN).map((item) => `  - ${line(item)}`), ...more];
}

/** The report as the person who ran the import reads it in the terminal. */
export function reportSummary(report: ImportReport): string {
  const { counts, images } = report;
  const verb = report.dryRun ? "Chạy thử (không ghi gì)" : report.interrupted ? "Đã dừng giữa chừng" : "Đã nhập xong";
  const lines = [
    `${verb}: ${report.site}`,
    `Bài đã đọc: ${number(counts.read)} · ${report.dryRun ? "sẽ nhập" : "nhập mới"}: ${number(counts.imported)} · ${report.dryRun ? "sẽ cập nhật" : "cập nhật"}: ${number(counts.updated)} · không đổi: ${number(counts.unchanged)} · bỏ qua: ${number(counts.skipped)}`,
    ...countsBy(report.skipped, (item) => item.reason).map(([reason, n]) => `  bỏ qua ${number(n)} bài: ${skipReasonLabels[reason as SkipReason]}`),
    report.withMedia ? `Ảnh: lưu mới ${number(images.stored)}, dùng lại ${number(images.reused)}, thiếu ${number(images.missing)}` : "Ảnh: không nhập (--no-media); chạy lại với --media-only để thêm ảnh.",
    ...(report.categories.created.length > 0 ? [`Chuyên mục mới: ${report.categories.created.join(", ")}`] : []),
    ...(report.accounts.created > 0 ? [`Tài khoản (đã khóa) tạo từ người dùng cũ: ${number(report.accounts.created)}`] : []),
    ...listed("Ảnh thiếu", report.missingImages, (item) => `bài ${item.oldId} "${item.title}": ${item.src} (${missingImageLabels[item.reason]})`),
    ...listed("HTML hỏng đã được sửa", report.repairedHtml, (item) => `bài ${item.oldId} "${item.title}"`),
    ...listed("Chữ không phải UTF-8 đã được thay", report.repairedText, (item) => `bài ${item.oldId} "${item.title}" (${item.fields.join(", ")})`),
    ...listed("Không có ngày đăng, lấy ngày tạo", report.zeroDates, (item) => `bài ${item.oldId} "${item.title}"`),
    ...(report.interrupted ? ["Chạy lại đúng lệnh này để nhập tiếp: những bài đã nhập được bỏ qua."] : []),
    `Tốc độ: ${number(Math.round(report.articlesPerSecond))} bài/giây · bộ nhớ cao nhất ${number(report.peakMemoryMb)} MB.`,
  ];
  return lines.join("\n");
}
