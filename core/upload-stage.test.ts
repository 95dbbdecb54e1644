import { describe, expect, it } from "vitest";
import { uploadStageText, type UploadStage } from "./upload-rules";

describe("uploadStageText", () => {
  it.each<[UploadStage, string]>([
    [{ phase: "sending", fraction: 0 }, "Đang tải lên 0 %"],
    [{ phase: "sending", fraction: 0.456 }, "Đang tải lên 45 %"],
    [{ phase: "sending", fraction: 1 }, "Đang tải lên 99 %"],
    [{ phase: "processing" }, "Đang xử lý ảnh…"],
    [{ phase: "done" }, "Đã tải lên"],
  ])("says %o as %s", (stage, text) => {
    expect(uploadStageText(stage)).toBe(text);
  });
});
