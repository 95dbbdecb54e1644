import { describe, expect, it } from "vitest";
import { archiveEntryProblem, describeCounts, manifestMismatch, parseBackupManifest, type ArchiveEntryKind, type BackupManifest } from "./backup-manifest";

const digest = "a".repeat(64);
const manifest: BackupManifest = {
  format: "ban-tin-sao-luu",
  version: 1,
  createdAt: "2026-11-29T19:00:00.000Z",
  origin: "nightly",
  takenBy: "Hệ thống",
  migration: { tag: "0007_search_index", createdAt: 1 },
  counts: { articles: 12345, revisions: 2, accounts: 3, units: 4, categories: 5, series: 1, media: 6, auditEntries: 7 },
  files: [
    { path: "ban-tin.sqlite", size: 4096, sha256: digest },
    { path: "media/a-480.webp", size: 10, sha256: digest },
  ],
};

describe("the archive's layout", () => {
  it.each<[string, ArchiveEntryKind]>([
    ["manifest.json", "file"],
    ["ban-tin.sqlite", "file"],
    ["media/", "directory"],
    ["media/a-480.webp", "file"],
    ["media/2026/", "directory"],
    ["media/2026/a-480.webp", "file"],
  ])("accepts %s (%s)", (entry, kind) => {
    expect(archiveEntryProblem(entry, kind)).toBeNull();
  });

  it.each<[string, ArchiveEntryKind]>([
    ["../ban-tin.sqlite", "file"],
    ["media/../../etc/cron.d/x", "file"],
    ["/etc/passwd", "file"],
    ["media//a.webp", "file"],
    ["media/./a.webp", "file"],
    ["media\\..\\a.webp", "file"],
    ["media", "file"],
    ["khac.txt", "file"],
    ["ban-tin.sqlite-wal", "file"],
    ["manifest.json/", "directory"],
    ["khac/", "directory"],
    ["media/link", "other"],
  ])("refuses %s (%s)", (entry, kind) => {
    expect(archiveEntryProblem(entry, kind)).toMatch(/^mục “.+” (nằm ngoài bố cục|là liên kết)/);
  });
});

describe("the manifest against the archive's files", () => {
  const files = [
    { path: "ban-tin.sqlite", size: 4096 },
    { path: "media/a-480.webp", size: 10 },
  ];

  it("accepts exactly the listed files with their sizes", () => {
    expect(manifestMismatch(manifest, files)).toBeNull();
  });

  it.each([
    ["a missing file", [files[0]!], "thiếu tệp “media/a-480.webp” mà mục lục có ghi"],
    ["an extra file", [...files, { path: "media/b-480.webp", size: 1 }], "tệp “media/b-480.webp” không có trong mục lục"],
    ["another size", [files[0]!, { path: "media/a-480.webp", size: 11 }], "tệp “media/a-480.webp” có kích thước khác với mục lục"],
    ["a file twice", [...files, files[1]!], "tệp “media/a-480.webp” có hai lần trong bản sao lưu"],
  ])("names %s", (_case, archiveFiles, problem) => {
    expect(manifestMismatch(manifest, archiveFiles)).toBe(problem);
  });

  it("refuses a manifest without the database or with a path outside the layout", () => {
    expect(manifestMismatch({ ...manifest, files: manifest.files.slice(1) }, files.slice(1))).toBe("mục lục không có cơ sở dữ liệu");
    expect(manifestMismatch({ ...manifest, files: [...manifest.files, { path: "../x", size: 1, sha256: digest }] }, files)).toBe("mục lục ghi một tệp không hợp lệ: “../x”");
  });
});

describe("reading a manifest", () => {
  it("reads back what was written", () => {
    expect(parseBackupManifest(JSON.stringify(manifest))).toEqual({ ok: true, manifest });
  });

  it.each([
    ["not JSON", "{", "mục lục manifest.json không phải JSON hợp lệ"],
    ["another program's", JSON.stringify({ name: "x" }), "mục lục manifest.json không đúng định dạng của Bản tin"],
    ["a bad checksum", JSON.stringify({ ...manifest, files: [{ path: "ban-tin.sqlite", size: 1, sha256: "xyz" }] }), "mục lục manifest.json không đúng định dạng của Bản tin"],
  ])("refuses %s", (_case, text, problem) => {
    expect(parseBackupManifest(text)).toEqual({ ok: false, problem });
  });

  it("says when a backup comes from a newer version of the software", () => {
    const result = parseBackupManifest(JSON.stringify({ ...manifest, version: 2 }));
    expect(result.ok ? "" : result.problem).toContain("định dạng số 2, mới hơn phiên bản phần mềm này");
  });

  it("describes the counts in Vietnamese", () => {
    expect(describeCounts(manifest.counts)).toBe("12.345 bài viết, 2 bản lưu, 3 tài khoản, 4 đơn vị, 5 chuyên mục, 1 loạt bài, 6 ảnh, 7 mục nhật ký");
  });
});
