import { describe, expect, it } from "vitest";
import { emptyReport, reportSummary } from "./legacy-report";

describe("reportSummary", () => {
  it("counts what was done, each skip reason, and lists the findings, ten at most", () => {
    const report = emptyReport("joomla", "Joomla 3 (jos_) trên 127.0.0.1:23307/cu", { dryRun: false, mediaOnly: false, withMedia: true }, new Date(0));
    Object.assign(report.counts, { read: 20, imported: 14, updated: 1, unchanged: 2, skipped: 3 });
    report.skipped.push({ oldId: 4, title: "Bài trong thùng rác", reason: "trashed" }, { oldId: 5, title: "Trống", reason: "empty-body" }, { oldId: 6, title: "Cũng trống", reason: "empty-body" });
    Object.assign(report.images, { stored: 9, reused: 2, missing: 12 });
    for (let n = 1; n <= 12; n += 1) report.missingImages.push({ oldId: n, title: `Bài ${n}`, src: `images/tin/${n}.jpg`, reason: "missing" });
    report.zeroDates.push({ oldId: 8, title: "Không ngày" });
    Object.assign(report, { articlesPerSecond: 612.4, peakMemoryMb: 143 });
    const summary = reportSummary(report);
    expect(summary).toContain("Đã nhập xong: Joomla 3 (jos_) trên 127.0.0.1:23307/cu");
    expect(summary).toContain("Bài đã đọc: 20 · nhập mới: 14 · cập nhật: 1 · không đổi: 2 · bỏ qua: 3");
    expect(summary).toContain("  bỏ qua 2 bài: không có nội dung\n  bỏ qua 1 bài: trong thùng rác của cổng cũ");
    expect(summary).toContain("Ảnh: lưu mới 9, dùng lại 2, thiếu 12");
    expect(summary).toContain('Ảnh thiếu (12):\n  - bài 1 "Bài 1": images/tin/1.jpg (không có tệp trong --media-root)');
    expect(summary).toContain("  … và 2 mục khác (xem import-report.json)");
    expect(summary).toContain('Không có ngày đăng, lấy ngày tạo (1):\n  - bài 8 "Không ngày"');
    expect(summary).toContain("Tốc độ: 612 bài/giây · bộ nhớ cao nhất 143 MB.");
  });

  it("says a dry run wrote nothing, and how to go on after a stop", () => {
    const dry = emptyReport("nukeviet", "NukeViet", { dryRun: true, mediaOnly: false, withMedia: false }, new Date(0));
    expect(reportSummary(dry)).toMatch(/^Chạy thử \(không ghi gì\): NukeViet\nBài đã đọc: 0 · sẽ nhập: 0 · sẽ cập nhật: 0/);
    expect(reportSummary(dry)).toContain("Ảnh: không nhập (--no-media); chạy lại với --media-only để thêm ảnh.");
    const stopped = { ...dry, dryRun: false, interrupted: true };
    expect(reportSummary(stopped)).toContain("Chạy lại đúng lệnh này để nhập tiếp");
  });
});
