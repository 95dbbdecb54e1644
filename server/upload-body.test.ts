import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { DOCUMENT_UPLOAD_RULES } from "@/core/document-files";
import { MAX_UPLOAD_BYTES } from "@/core/upload-rules";
import { receiveUpload, type ReceivedFile } from "./upload-body";

let dir: string;
let tempDir: string;
beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "ban-tin-body-"));
  tempDir = path.join(dir, "media-incoming");
});
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

const url = "http://127.0.0.1/api/media";
const leftovers = () => fs.readdirSync(tempDir);

/** What `handle` saw of the file while it existed: the file is gone once receiveUpload returns. */
async function receive(request: Request) {
  const seen: { file?: ReceivedFile; bytes?: Buffer } = {};
  const outcome = await receiveUpload(request, tempDir, async (file) => {
    seen.file = file;
    seen.bytes = fs.readFileSync(file.path);
    return { ok: true as const };
  });
  return { outcome, ...seen };
}

function formRequest(fields: Record<string, string | File>): Request {
  const form = new FormData();
  for (const [name, value] of Object.entries(fields)) form.set(name, value);
  return new Request(url, { method: "POST", body: form });
}

const boundary = "----bantin0123456789";
const part = (name: string, fileName: string) =>
  `--${boundary}\r\nContent-Disposition: form-data; name="${name}"; filename="${fileName}"\r\nContent-Type: image/jpeg\r\n\r\n`;

/**
 * A body sent in chunks with no Content-Length, as `Transfer-Encoding: chunked` arrives: the
 * start of a form, then `fileBytes` of file in 64 KB pieces made only when asked for.
 */
function chunkedRequest(start: string, fileBytes: number, end = `\r\n--${boundary}--\r\n`, headers: Record<string, string> = {}) {
  const piece = Buffer.alloc(64 * 1024, 0x5a);
  let startSent = false;
  let fileSent = 0;
  let pulled = 0;
  const body = new ReadableStream<Uint8Array>({
    pull(controller) {
      let chunk: Buffer;
      if (!startSent) {
        chunk = Buffer.from(start);
        startSent = true;
      } else if (fileSent < fileBytes) {
        chunk = piece.subarray(0, Math.min(piece.length, fileBytes - fileSent));
        fileSent += chunk.length;
      } else {
        chunk = Buffer.from(end);
        controller.close();
      }
      pulled += chunk.length;
      if (chunk.length > 0) controller.enqueue(new Uint8Array(chunk));
    },
  });
  const request = new Request(url, { method: "POST", body, duplex: "half", headers: { "content-type": `multipart/form-data; boundary=${boundary}`, ...headers } } as RequestInit);
  return { request, pulled: () => pulled };
}

describe("receiveUpload", () => {
  it("hands over the file on disk with its Vietnamese name and alt, then removes it", async () => {
    const bytes = Buffer.from(Array.from({ length: 300_000 }, (_, i) => i % 251));
    const { outcome, file, bytes: seen } = await receive(
      formRequest({ alt: "Hội nghị tổng kết", file: new File([bytes], "ảnh hội nghị “2026”.jpg", { type: "image/jpeg" }) }),
    );
    expect(outcome).toEqual({ ok: true });
    expect(file).toMatchObject({ fileName: "ảnh hội nghị “2026”.jpg", alt: "Hội nghị tổng kết" });
    expect(seen?.equals(bytes)).toBe(true);
    expect(file && fs.existsSync(file.path)).toBe(false);
    expect(leftovers()).toEqual([]);
  });

  it("accepts a file of exactly 10 MB", async () => {
    const { outcome, bytes } = await receive(formRequest({ file: new File([Buffer.alloc(MAX_UPLOAD_BYTES, 1)], "vua-du.jpg") }));
    expect(outcome).toEqual({ ok: true });
    expect(bytes?.length).toBe(MAX_UPLOAD_BYTES);
  });

  it("refuses a chunked 50 MB body while it streams, having read little more than 10 MB of it", async () => {
    const { request, pulled } = chunkedRequest(part("file", "lon.jpg"), 50 * 1024 * 1024);
    const { outcome, file } = await receive(request);
    expect(outcome).toEqual({ ok: false, status: 413, message: "Ảnh “lon.jpg” vượt quá giới hạn 10 MB. Hãy giảm kích thước ảnh rồi tải lại." });
    expect(file).toBeUndefined();
    expect(pulled()).toBeGreaterThan(MAX_UPLOAD_BYTES);
    expect(pulled()).toBeLessThan(MAX_UPLOAD_BYTES + 1024 * 1024);
    expect(leftovers()).toEqual([]);
  });

  it("refuses a body past the limit in parts it does not keep", async () => {
    const { request, pulled } = chunkedRequest(part("khac", "khac.bin"), 50 * 1024 * 1024);
    expect((await receive(request)).outcome).toMatchObject({ ok: false, status: 413, message: "Ảnh vượt quá giới hạn 10 MB. Hãy giảm kích thước ảnh rồi tải lại." });
    expect(pulled()).toBeLessThan(MAX_UPLOAD_BYTES + 1024 * 1024);
  });

  it("refuses a declared Content-Length over the limit before reading the body", async () => {
    const { request, pulled } = chunkedRequest(part("file", "lon.jpg"), 11 * 1024 * 1024, undefined, { "content-length": String(11 * 1024 * 1024 + 200) });
    expect((await receive(request)).outcome).toEqual({ ok: false, status: 413, message: "Ảnh nặng 11,0 MB, vượt quá giới hạn 10 MB. Hãy giảm kích thước ảnh rồi tải lại." });
    // A stream fills its small queue by itself; nothing beyond that was asked for.
    expect(pulled()).toBeLessThan(64 * 1024);
  });

  it("refuses a body that is not a form with 415", async () => {
    const request = new Request(url, { method: "POST", body: Buffer.from("ảnh"), headers: { "content-type": "image/jpeg" } });
    expect((await receive(request)).outcome).toEqual({ ok: false, status: 415, message: "Ảnh phải được gửi bằng biểu mẫu tải tệp (multipart/form-data)." });
  });

  it.each([
    ["a form cut off in the middle of its file", part("file", "dut.jpg"), 100_000, ""],
    ["a form without a closing boundary", part("file", "dut.jpg"), 1000, `\r\n--${boundary}\r\n`],
    ["a malformed part header", `--${boundary}\r\nkhông phải tiêu đề\r\n\r\n`, 10, ""],
  ])("refuses %s with 400 and keeps nothing", async (_what, start, bytes, end) => {
    const { request } = chunkedRequest(start, bytes, end);
    const { outcome, file } = await receive(request);
    expect(outcome).toEqual({ ok: false, status: 400, message: "Dữ liệu ảnh gửi lên bị hỏng hoặc không trọn vẹn. Hãy chọn lại ảnh rồi tải lại." });
    expect(file).toBeUndefined();
    expect(leftovers()).toEqual([]);
  });

  it("gives up quietly, keeping nothing, when the sender goes away in the middle", async () => {
    let pieces = 0;
    const body = new ReadableStream<Uint8Array>({
      pull(controller) {
        if (++pieces === 1) controller.enqueue(new TextEncoder().encode(part("file", "dut.jpg")));
        else if (pieces < 20) controller.enqueue(new Uint8Array(64 * 1024));
        else controller.error(new Error("kết nối bị đóng"));
      },
    });
    const request = new Request(url, { method: "POST", body, duplex: "half", headers: { "content-type": `multipart/form-data; boundary=${boundary}` } } as RequestInit);
    expect((await receive(request)).outcome).toMatchObject({ ok: false, status: 400 });
    expect(leftovers()).toEqual([]);
  });

  it("refuses a form without a file with 400", async () => {
    expect((await receive(formRequest({ alt: "Chỉ có mô tả" }))).outcome).toEqual({ ok: false, status: 400, message: "Không nhận được tệp ảnh. Hãy chọn lại ảnh." });
  });

  it("removes the file when what uses it fails", async () => {
    let seenPath = "";
    const failing = receiveUpload(formRequest({ file: new File([Buffer.alloc(1000, 1)], "a.jpg") }), tempDir, async (file) => {
      seenPath = file.path;
      throw new Error("ổ đĩa đầy");
    });
    await expect(failing).rejects.toThrow("ổ đĩa đầy");
    expect(seenPath).not.toBe("");
    expect(leftovers()).toEqual([]);
  });

  it("removes files a crash left behind more than an hour ago, and only those", async () => {
    // The first upload of a process clears the folder; this module may have run one already.
    fs.mkdirSync(tempDir, { recursive: true });
    const old = path.join(tempDir, "cu.upload");
    const recent = path.join(tempDir, "dang-tai.upload");
    fs.writeFileSync(old, "x");
    fs.writeFileSync(recent, "x");
    const twoHoursAgo = new Date(Date.now() - 2 * 60 * 60 * 1000);
    fs.utimesSync(old, twoHoursAgo, twoHoursAgo);
    vi.resetModules();
    const fresh = await import("./upload-body");
    await fresh.receiveUpload(formRequest({ file: new File([Buffer.alloc(10, 1)], "a.jpg") }), tempDir, async () => ({ ok: true }));
    expect(leftovers()).toEqual(["dang-tai.upload"]);
  });
});

describe("receiveUpload with a document's rules (20 MB a file)", () => {
  const receiveDocument = (request: Request) => receiveUpload(request, tempDir, async (file) => ({ ok: true as const, size: fs.statSync(file.path).size }), DOCUMENT_UPLOAD_RULES);

  it("takes a 15 MB file, which the images' 10 MB would refuse", async () => {
    const request = formRequest({ file: new File([Buffer.alloc(15 * 1024 * 1024, 1)], "ke-hoach.pdf") });
    expect(await receiveDocument(request)).toEqual({ ok: true, size: 15 * 1024 * 1024 });
  });

  it("refuses a 25 MB file, declared or not, in the documents' words", async () => {
    const declared = chunkedRequest(part("file", "quet.pdf"), 25 * 1024 * 1024, undefined, { "content-length": String(25 * 1024 * 1024 + 300) });
    expect(await receiveDocument(declared.request)).toEqual({ ok: false, status: 413, message: "Tệp nặng 25,0 MB, quá giới hạn 20 MB của một tệp văn bản." });
    const streamed = chunkedRequest(part("file", "quet.pdf"), 25 * 1024 * 1024);
    expect(await receiveDocument(streamed.request)).toEqual({ ok: false, status: 413, message: "Tệp “quet.pdf” quá giới hạn 20 MB của một tệp văn bản." });
    expect(streamed.pulled()).toBeLessThan(21 * 1024 * 1024);
    expect(leftovers()).toEqual([]);
  });
});
