import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { InvalidMediaKey } from "@/core/media-store-keys";
import { startTestS3, type TestS3 } from "@/tests/s3-server";
import { openMediaStore, type MediaStore } from "./media-store";

// The same cases against both stores: the folder of this machine, and a bucket of a real S3 server
// (s3rver, tests/s3-server.ts) reached as any other would be, through openMediaStore and the AWS variables.

let work: string;
let s3: TestS3;

beforeAll(async () => {
  work = fs.mkdtempSync(path.join(os.tmpdir(), "ban-tin-store-"));
  s3 = await startTestS3();
  // The SDK reads the credentials from the environment, as on a real server.
  vi.stubEnv("AWS_ACCESS_KEY_ID", s3.env.AWS_ACCESS_KEY_ID);
  vi.stubEnv("AWS_SECRET_ACCESS_KEY", s3.env.AWS_SECRET_ACCESS_KEY);
});
afterAll(async () => {
  vi.unstubAllEnvs();
  await s3.stop();
  fs.rmSync(work, { recursive: true, force: true });
});

const settings = { MEDIA_DIR: "", MEDIA_STORE: undefined, AWS_ENDPOINT_URL: undefined, AWS_ENDPOINT_URL_S3: undefined, AWS_REGION: undefined };
let counter = 0;
const stores: [string, () => MediaStore][] = [
  ["the local folder", () => openMediaStore({ ...settings, MEDIA_DIR: path.join(work, `media-${++counter}`) })],
  ["an S3 bucket", () => openMediaStore({ ...settings, MEDIA_STORE: { bucket: s3.bucket, prefix: `lan-${++counter}` }, AWS_ENDPOINT_URL: s3.endpoint, AWS_REGION: "us-east-1" })],
];

async function text(body: ReadableStream<Uint8Array>): Promise<Buffer> {
  return Buffer.from(await new Response(body).arrayBuffer());
}

async function keysOf(store: MediaStore): Promise<string[]> {
  const keys: string[] = [];
  for await (const key of store.list()) keys.push(key);
  return keys.sort();
}

describe.each(stores)("the media store in %s", (_name, open) => {
  it("gives back what was put, whole, streamed and by size", async () => {
    const store = open();
    const bytes = Buffer.from("ảnh webp giả ".repeat(1000));
    await store.put("ab12-960.webp", bytes, "image/webp");
    expect((await store.read("ab12-960.webp"))?.equals(bytes)).toBe(true);
    expect(await store.size("ab12-960.webp")).toBe(bytes.length);
    const streamed = await store.stream("ab12-960.webp");
    expect(streamed?.size).toBe(bytes.length);
    expect(streamed && (await text(streamed.body)).equals(bytes)).toBe(true);
  });

  it("stores a file of this machine under a key with a folder, a 3 MB one streamed", async () => {
    const store = open();
    const file = path.join(work, `tep-${counter}.pdf`);
    const bytes = Buffer.alloc(3 * 1024 * 1024 + 7, 0x25);
    fs.writeFileSync(file, bytes);
    await store.put("van-ban/ab12.pdf", { file }, "application/pdf");
    expect(await store.size("van-ban/ab12.pdf")).toBe(bytes.length);
    const streamed = await store.stream("van-ban/ab12.pdf");
    expect(streamed && (await text(streamed.body)).equals(bytes)).toBe(true);
    const copy = path.join(work, `ban-sao-${counter}`, "van-ban", "ab12.pdf");
    expect(await store.copyToFile("van-ban/ab12.pdf", copy)).toBe(true);
    expect(fs.readFileSync(copy).equals(bytes)).toBe(true);
  });

  it("lists every key, those in folders with their folder, and replaces a key put again", async () => {
    const store = open();
    await store.put("cd34-480.webp", Buffer.from("1"), "image/webp");
    await store.put("cd34-480.webp", Buffer.from("22"), "image/webp");
    await store.put("cd34-1600.jpg", Buffer.from("333"), "image/jpeg");
    await store.put("van-ban/cd34.docx", Buffer.from("4444"), "application/vnd.openxmlformats-officedocument.wordprocessingml.document");
    expect(await keysOf(store)).toEqual(["cd34-1600.jpg", "cd34-480.webp", "van-ban/cd34.docx"]);
    expect((await store.read("cd34-480.webp"))?.toString()).toBe("22");
  });

  it("answers null for a missing key, and removes a key whether it is there or not", async () => {
    const store = open();
    expect(await store.read("khong-co-960.webp")).toBeNull();
    expect(await store.stream("khong-co-960.webp")).toBeNull();
    expect(await store.size("van-ban/khong-co.pdf")).toBeNull();
    expect(await store.copyToFile("khong-co-960.webp", path.join(work, "khong-co"))).toBe(false);
    expect(await keysOf(store)).toEqual([]);
    await store.put("ef56-480.webp", Buffer.from("x"), "image/webp");
    await store.remove("ef56-480.webp");
    await store.remove("ef56-480.webp");
    expect(await store.read("ef56-480.webp")).toBeNull();
    expect(await store.size("ef56-480.webp")).toBeNull();
  });

  it.each(["../ngoai.webp", "van-ban/../../ngoai.pdf", "/etc/passwd", "van-ban//x.pdf", ""])("refuses the key %j for every operation", async (key) => {
    const store = open();
    await expect(store.put(key, Buffer.from("x"), "image/webp")).rejects.toThrow(InvalidMediaKey);
    await expect(store.read(key)).rejects.toThrow(InvalidMediaKey);
    await expect(store.stream(key)).rejects.toThrow(InvalidMediaKey);
    await expect(store.size(key)).rejects.toThrow(InvalidMediaKey);
    await expect(store.remove(key)).rejects.toThrow(InvalidMediaKey);
    await expect(store.copyToFile(key, path.join(work, "x"))).rejects.toThrow(InvalidMediaKey);
    expect(fs.existsSync(path.join(work, "ngoai.webp"))).toBe(false);
  });
});

describe("the S3 store", () => {
  it("keeps the keys under its prefix in the bucket, as the folder keeps them under MEDIA_DIR", async () => {
    const store = openMediaStore({ ...settings, MEDIA_STORE: { bucket: s3.bucket, prefix: "tinh/media" }, AWS_ENDPOINT_URL_S3: s3.endpoint });
    await store.put("gh78-480.webp", Buffer.from("x"), "image/webp");
    await store.put("van-ban/gh78.pdf", Buffer.from("y"), "application/pdf");
    expect((await s3.keysOf(s3.bucket)).filter((key) => key.startsWith("tinh/"))).toEqual(["tinh/media/gh78-480.webp", "tinh/media/van-ban/gh78.pdf"]);
    expect(store.description).toBe(`s3://${s3.bucket}/tinh/media`);
  });

  it("answers a server that does not answer as missing, and says so in the log", async () => {
    const logged = vi.spyOn(console, "error").mockImplementation(() => undefined);
    // A port nothing listens on: the connection is refused at once.
    const store = openMediaStore({ ...settings, MEDIA_STORE: { bucket: s3.bucket, prefix: "" }, AWS_ENDPOINT_URL: "http://127.0.0.1:9" });
    expect(await store.read("ab12-960.webp")).toBeNull();
    expect(await store.stream("ab12-960.webp")).toBeNull();
    expect(await store.size("ab12-960.webp")).toBeNull();
    expect(logged).toHaveBeenCalledTimes(3);
    expect(String(logged.mock.calls[0]?.[0])).toContain(`ab12-960.webp of s3://${s3.bucket} could not be read`);
    await expect(store.put("ab12-960.webp", Buffer.from("x"), "image/webp")).rejects.toThrow();
  });
});
