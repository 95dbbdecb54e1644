import { describe, expect, it } from "vitest";
import { decideDocumentFile, documentDownloadName, MAX_DOCUMENT_FILE_BYTES } from "./document-files";

describe("decideDocumentFile", () => {
  it("accepts by content, and names the download after the content's kind", () => {
    expect(decideDocumentFile({ fileName: "Kế hoạch 47.pdf", size: 120_000, detected: "pdf" })).toEqual({ ok: true, kind: "pdf", mime: "application/pdf", fileName: "Kế hoạch 47.pdf" });
    expect(decideDocumentFile({ fileName: "Báo cáo quý III.doc", size: 50_000, detected: "docx" })).toMatchObject({ ok: true, kind: "docx", fileName: "Báo cáo quý III.docx" });
  });

  it("refuses a program, an archive, an unknown content, an empty file and one over 20 MB, naming it", () => {
    expect(decideDocumentFile({ fileName: "ke-hoach.pdf", size: 4096, detected: "program" })).toEqual({
      ok: false,
      message: "Tệp “ke-hoach.pdf” là một chương trình chạy được, không phải văn bản, nên không tải lên được.",
    });
    expect(decideDocumentFile({ fileName: "ke-hoach.docx", size: 4096, detected: "archive" })).toEqual({
      ok: false,
      message: "Nội dung tệp “ke-hoach.docx” không phải PDF, Word (.doc, .docx), Excel (.xls, .xlsx) hoặc OpenDocument (.odt, .ods), dù tên tệp nói gì, nên không tải lên được.",
    });
    expect(decideDocumentFile({ fileName: "a.pdf", size: 10, detected: null })).toMatchObject({ ok: false });
    expect(decideDocumentFile({ fileName: "rong.pdf", size: 0, detected: null })).toEqual({ ok: false, message: "Tệp “rong.pdf” rỗng, không có nội dung để tải lên." });
    expect(decideDocumentFile({ fileName: "lon.pdf", size: 25 * 1024 * 1024, detected: "pdf" })).toEqual({
      ok: false,
      message: "Tệp “lon.pdf” nặng 25,0 MB, quá giới hạn 20 MB của một tệp văn bản.",
    });
    expect(decideDocumentFile({ fileName: "vua.pdf", size: MAX_DOCUMENT_FILE_BYTES, detected: "pdf" })).toMatchObject({ ok: true });
  });

  it("keeps a download name to one file name", () => {
    expect(documentDownloadName("../../etc/passwd", "pdf")).toBe(".._.._etc_passwd.pdf");
    expect(documentDownloadName(".pdf", "pdf")).toBe("van-ban.pdf");
    expect(documentDownloadName("Quyết định số 12", "docx")).toBe("Quyết định số 12.docx");
  });
});
