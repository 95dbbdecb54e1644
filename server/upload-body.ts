import crypto from "node:crypto";
import fs from "node:fs";
import fsp from "node:fs/promises";
import path from "node:path";
import type { Readable } from "node:stream";
import busboy from "busboy";
import { IMAGE_UPLOAD_RULES, MAX_UPLOAD_BYTES, type UploadRules } from "@/core/upload-rules";

export type UploadRefusal = { ok: false; status: 400 | 413 | 415; message: string };
export type ReceivedFile = { path: string; fileName: string; alt: string };

/** The part headers and the alt field come on top of the file itself. */
const bodyLimit = (maxFileBytes: number) => maxFileBytes + 64 * 1024;
export const MAX_BODY_BYTES = bodyLimit(MAX_UPLOAD_BYTES);

// One file part named "file" and a short "alt"; anything else is skipped, and bounded by these.
// busboy reports its file limit when a file reaches it: one byte more lets 10 MB exactly through.
const limitsFor = (maxFileBytes: number) => ({ fileSize: maxFileBytes + 1, files: 1, fields: 4, parts: 6, fieldSize: 4096, fieldNameSize: 100, headerPairs: 20 });

/**
 * Temporary files live beside the media folder: on the same disk (a /tmp may be memory, which
 * is what this is about), in a folder only we write.
 */
export function uploadTempDir(mediaDir: string): string {
  return `${mediaDir}-incoming`;
}

const refusal = (status: UploadRefusal["status"], message: string): UploadRefusal => ({ ok: false, status, message });

/**
 * Reads a multipart upload from the request as it arrives, writing its file to a temporary file
 * and counting bytes on the way: past the limit it stops reading and refuses, whatever
 * Content-Length said or did not say. `handle` gets the file on disk; the file is removed afterwards
 * in every outcome. A refused body is left unread: the sender gets the answer while it is still
 * sending, and Node closes the stalled connection at its keep-alive timeout (5 s) after answering.
 */
export async function receiveUpload<T>(request: Request, tempDir: string, handle: (file: ReceivedFile) => Promise<T>, rules: UploadRules = IMAGE_UPLOAD_RULES): Promise<T | UploadRefusal> {
  const contentType = request.headers.get("content-type") ?? "";
  if (!/^multipart\/form-data\s*(;|$)/i.test(contentType)) return refusal(415, rules.notAForm);
  const declared = Number(request.headers.get("content-length") ?? 0);
  if (declared > bodyLimit(rules.maxFileBytes)) return refusal(413, rules.tooLarge(null, declared));
  if (!request.body) return refusal(400, rules.noFile);
  await prepareTempDir(tempDir);
  const form = new StreamedForm(contentType, path.join(tempDir, `${crypto.randomBytes(12).toString("hex")}.upload`), rules);
  try {
    const received = await form.read(request.body);
    return received.ok ? await handle(received.file) : received;
  } finally {
    await form.discard();
  }
}

type Read = { ok: true; file: ReceivedFile } | UploadRefusal;

/** The parser, the temporary file it writes, and the first reason to stop. */
class StreamedForm {
  private parser: busboy.Busboy | null = null;
  private output: fs.WriteStream | null = null;
  private fileName: string | null = null;
  private alt = "";
  private reason: UploadRefusal | null = null;
  private failure: unknown = null;
  private stop: () => void = () => {};
  private readonly stopped = new Promise<void>((resolve) => (this.stop = resolve));

  constructor(
    contentType: string,
    private readonly filePath: string,
    private readonly rules: UploadRules,
  ) {
    try {
      this.parser = busboy({ headers: { "content-type": contentType }, defParamCharset: "utf8", limits: limitsFor(rules.maxFileBytes) });
    } catch {
      this.halt(refusal(400, rules.malformed)); // multipart without a boundary
      return;
    }
    this.parser.on("file", (name, stream, info) => this.receiveFile(name, stream, info.filename));
    this.parser.on("field", (name, value) => {
      if (name === "alt") this.alt = value;
    });
    this.parser.on("error", () => this.halt(refusal(400, this.rules.malformed)));
  }

  private halt(reason: UploadRefusal) {
    this.reason ??= reason;
    this.stop();
  }

  private receiveFile(name: string, stream: Readable, fileName: string | undefined) {
    // A stream cut off by a malformed or abandoned form errors; the reason is already known.
    stream.on("error", () => this.halt(refusal(400, this.rules.malformed)));
    if (name !== "file" || this.output) {
      stream.resume();
      return;
    }
    this.fileName = fileName ?? "";
    this.output = fs.createWriteStream(this.filePath, { flags: "wx", mode: 0o600 });
    this.output.on("error", (error) => {
      this.failure = error; // the disk, not the sender: the route answers 500
      this.stop();
    });
    stream.on("limit", () => this.halt(refusal(413, this.rules.tooLarge(this.fileName, null))));
    stream.pipe(this.output);
  }

  async read(body: ReadableStream<Uint8Array>): Promise<Read> {
    const parser = this.parser;
    if (parser) {
      const parsed = new Promise<void>((resolve) => parser.once("close", resolve));
      const reader = body.getReader();
      let received = 0;
      while (!this.settled()) {
        // A sender that goes away mid-body errors the read: an expected end, with nobody left to answer.
        const next = await Promise.race([reader.read(), this.stopped.then(() => null)]).catch(() => {
          this.halt(refusal(400, this.rules.malformed));
          return null;
        });
        if (!next) break;
        if (next.done) {
          parser.end();
          await Promise.race([parsed, this.stopped]);
          break;
        }
        received += next.value.byteLength;
        if (received > bodyLimit(this.rules.maxFileBytes)) this.halt(refusal(413, this.rules.tooLarge(this.fileName, null)));
        else await Promise.race([writeTo(parser, next.value), this.stopped]);
      }
    }
    if (this.failure) throw this.failure;
    if (this.reason) return this.reason;
    if (!this.output) return refusal(400, this.rules.noFile);
    await closed(this.output);
    if (this.failure) throw this.failure;
    return { ok: true, file: { path: this.filePath, fileName: this.fileName ?? "", alt: this.alt } };
  }

  private settled(): boolean {
    return this.reason !== null || this.failure !== null;
  }

  /** Stops the parser and the file, then removes the file: also when it was refused half-written. */
  async discard() {
    this.parser?.destroy();
    if (this.output) {
      this.output.destroy();
      // The file is opened asynchronously: removing it before the open would leave it behind.
      await closed(this.output);
      await fsp.rm(this.filePath, { force: true });
    }
  }
}

function writeTo(parser: busboy.Busboy, chunk: Uint8Array): Promise<void> {
  // The callback waits while the file stream is full: the request is then not read any further.
  return new Promise((resolve) => parser.write(chunk, () => resolve()));
}

function closed(stream: fs.WriteStream): Promise<void> {
  if (stream.closed) return Promise.resolve();
  return new Promise((resolve) => stream.once("close", () => resolve()));
}

let staleFilesRemoved = false;

/** Creates the folder, and once per process removes the files a crash left there an hour ago or more. */
async function prepareTempDir(tempDir: string) {
  await fsp.mkdir(tempDir, { recursive: true });
  if (staleFilesRemoved) return;
  staleFilesRemoved = true;
  const hourAgo = Date.now() - 60 * 60 * 1000;
  for (const entry of await fsp.readdir(tempDir)) {
    const file = path.join(tempDir, entry);
    const stat = await fsp.stat(file).catch(() => null);
    if (stat?.isFile() && stat.mtimeMs < hourAgo) await fsp.rm(file, { force: true });
  }
}
