import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import sharp from "sharp";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { onePagePdf } from "@/tests/pdf-fixtures";
import { renderPdfFirstPage } from "./pdf-preview";

let dir: string;
beforeAll(() => {
  // The project's own script installs pdftoppm where it is missing (as CI's fresh machine).
  execFileSync("bash", [path.join(import.meta.dirname, "..", "scripts", "poppler.sh"), "ensure"], { stdio: "inherit" });
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "ban-tin-pdf-"));
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

const write = (name: string, bytes: Buffer | string) => {
  const file = path.join(dir, name);
  fs.writeFileSync(file, bytes);
  return file;
};

describe("renderPdfFirstPage", () => {
  it("draws page 1 at the width asked, its height following the page", async () => {
    const rendered = await renderPdfFirstPage(write("ke-hoach.pdf", onePagePdf([1, 0, 0])), { width: 600 });
    if (!rendered.ok) throw new Error(rendered.reason);
    const image = sharp(rendered.png);
    expect(await image.metadata()).toMatchObject({ format: "png", width: 600, height: 850 });
    // Red above the middle (the filled half), white below: the page itself, not a placeholder.
    const { data, info } = await image.removeAlpha().raw().toBuffer({ resolveWithObject: true });
    const pixel = (x: number, y: number) => [...data.subarray((y * info.width + x) * 3, (y * info.width + x) * 3 + 3)];
    expect(pixel(300, 100)).toEqual([255, 0, 0]);
    expect(pixel(300, 800)).toEqual([255, 255, 255]);
  });

  it("says the file is unreadable when it is not a PDF, without throwing", async () => {
    expect(await renderPdfFirstPage(write("hong.pdf", "%PDF-1.7 rồi hết"))).toEqual({ ok: false, reason: "unreadable" });
    expect(await renderPdfFirstPage(path.join(dir, "khong-co.pdf"))).toEqual({ ok: false, reason: "unreadable" });
  });
});
