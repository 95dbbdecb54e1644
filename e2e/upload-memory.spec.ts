import fs from "node:fs";
import http from "node:http";
import sharp from "sharp";
import { openDatabase, closeDatabase } from "@/db/client";
import { phonePhoto, pngBomb, webpBomb } from "@/tests/image-fixtures";
import { createAccount, expect, test } from "./fixtures";
import { ownPort, startOwnServer, type OwnServer } from "./own-server";

// Uploads are measured on a server of their own, so that nothing else runs in the process
// whose memory is read (issue 12: a 466 KB WebP took a server from 300 MB to 2.4 GB).
const port = ownPort("uploads");
const MEMORY_LIMIT = 600 * 1024 * 1024;
const MB = 1024 * 1024;

type Session = { server: OwnServer; cookie: string };

async function serverWithContributor(dataDir: string): Promise<Session> {
  fs.rmSync(dataDir, { recursive: true, force: true });
  const server = await startOwnServer({ port, dataDir, env: { DEMO_SEED: "0" } });
  const db = openDatabase(server.databaseLocation);
  const account = await createAccount("contributor", db);
  await closeDatabase(db);
  return { server, cookie: await signInOverHttp(server.baseURL, account.username, account.password) };
}

/** Signs in as a browser's form would, keeping the session cookie. */
async function signInOverHttp(baseURL: string, username: string, password: string): Promise<string> {
  const csrf = await fetch(`${baseURL}/api/auth/csrf`);
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const cookies = csrf.headers.getSetCookie().map((cookie) => cookie.split(";")[0]);
  const signIn = await fetch(`${baseURL}/api/auth/callback/credentials`, {
    method: "POST",
    redirect: "manual",
    headers: { "content-type": "application/x-www-form-urlencoded", cookie: cookies.join("; "), origin: baseURL },
    body: new URLSearchParams({ csrfToken, username, password, json: "true" }),
  });
  cookies.push(...signIn.headers.getSetCookie().map((cookie) => cookie.split(";")[0]));
  const cookie = cookies.join("; ");
  expect(cookie).toContain("next-auth.session-token=");
  return cookie;
}

async function upload({ server, cookie }: Session, bytes: Buffer, fileName: string) {
  const form = new FormData();
  form.set("file", new File([new Uint8Array(bytes)], fileName, { type: "image/jpeg" }));
  form.set("alt", "Ảnh thử tải lên");
  const response = await fetch(`${server.baseURL}/api/media`, { method: "POST", body: form, headers: { cookie, origin: server.baseURL } });
  return { status: response.status, body: (await response.json()) as { error?: string; media?: { originalName: string; width: number } } };
}

/**
 * Reads the server's resident memory every 100 ms until stopped; the highest reading is what
 * counts. A server four times past the limit is stopped: the test has failed, and the machine is shared.
 */
function sampleMemory(server: OwnServer) {
  let peak = server.rssBytes();
  const timer = setInterval(() => {
    peak = Math.max(peak, server.rssBytes());
    if (peak > 4 * MEMORY_LIMIT) void server.stop();
  }, 100);
  return { peak: () => peak, stop: () => clearInterval(timer) };
}

test("a server under 5 image bombs and 20 phone photos at once stays under 600 MB, stores every photo and names each bomb's size", async ({}, testInfo) => {
  test.setTimeout(300_000);
  const photos = await Promise.all([0, 1, 2, 3].map(phonePhoto));
  const bombs = [
    { name: "bom-16383.webp", bytes: webpBomb(16383, 16383), size: "16.383 × 16.383 điểm ảnh (268,4 megapixel)" },
    { name: "bom-16383x12000.webp", bytes: webpBomb(16383, 12000), size: "16.383 × 12.000 điểm ảnh (196,6 megapixel)" },
    { name: "bom-12000.webp", bytes: webpBomb(12000, 12000), size: "12.000 × 12.000 điểm ảnh (144,0 megapixel)" },
    { name: "bom-16000.png", bytes: await pngBomb(16000, 16000), size: "16.000 × 16.000 điểm ảnh (256,0 megapixel)" },
    { name: "bom-20000.png", bytes: await pngBomb(20000, 20000), size: "20.000 × 20.000 điểm ảnh (400,0 megapixel)" },
  ];
  const session = await serverWithContributor(testInfo.outputPath("server"));
  try {
    // One photo first, so the baseline includes a process that has loaded sharp and the route.
    expect((await upload(session, photos[0]!, "khoi-dong.jpg")).status).toBe(201);
    const baseline = session.server.rssBytes();
    const memory = sampleMemory(session.server);
    const started = Date.now();
    const [photoResults, bombResults] = await Promise.all([
      Promise.all(Array.from({ length: 20 }, (_, i) => upload(session, photos[i % photos.length]!, `ảnh hội nghị ${i + 1}.jpg`))),
      Promise.all(bombs.map((bomb) => upload(session, bomb.bytes, bomb.name))),
    ]);
    const seconds = (Date.now() - started) / 1000;
    await new Promise((resolve) => setTimeout(resolve, 2000)); // memory freed late counts too
    memory.stop();
    console.log(`Upload memory: baseline ${Math.round(baseline / MB)} MB, peak ${Math.round(memory.peak() / MB)} MB, 25 uploads in ${seconds.toFixed(1)} s`);

    expect(photoResults.map((result) => result.status)).toEqual(Array(20).fill(201));
    expect(photoResults.map((result) => result.body.media?.originalName)).toEqual(Array.from({ length: 20 }, (_, i) => `ảnh hội nghị ${i + 1}.jpg`));
    for (const [i, bomb] of bombs.entries()) {
      expect(bombResults[i]).toEqual({
        status: 413,
        body: { error: `Ảnh “${bomb.name}” có kích thước ${bomb.size}, vượt quá giới hạn 40 megapixel. Hãy giảm kích thước ảnh rồi tải lại.` },
      });
    }
    expect(memory.peak()).toBeLessThan(MEMORY_LIMIT);
    expect(fs.readdirSync(testInfo.outputPath("server", "media-incoming"))).toEqual([]);
  } finally {
    await session.server.stop();
  }
});

/**
 * Sends a multipart body of 50 MB in chunks, with no Content-Length, as fast as the connection
 * takes it, and stops writing when the answer comes.
 */
function sendChunked50Mb({ server, cookie }: Session): Promise<{ status: number; error: string; writtenWhenAnswered: number }> {
  const boundary = "----bantin-chunked";
  return new Promise((resolve, reject) => {
    const request = http.request(`${server.baseURL}/api/media`, {
      method: "POST",
      headers: { "content-type": `multipart/form-data; boundary=${boundary}`, "transfer-encoding": "chunked", cookie, origin: server.baseURL },
    });
    const chunk = Buffer.alloc(64 * 1024, 0x5a);
    let written = 0;
    let answered = false;
    request.on("response", (response) => {
      answered = true;
      const writtenWhenAnswered = written;
      let body = "";
      response.setEncoding("utf8");
      response.on("data", (text: string) => (body += text));
      response.on("end", () => {
        request.destroy();
        resolve({ status: response.statusCode ?? 0, error: (JSON.parse(body) as { error: string }).error, writtenWhenAnswered });
      });
    });
    request.on("error", (error) => {
      if (!answered) reject(error);
    });
    request.write(`--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="lon.jpg"\r\nContent-Type: image/jpeg\r\n\r\n`);
    const pump = () => {
      while (!answered && written < 50 * MB) {
        written += chunk.length;
        if (!request.write(chunk)) return void request.once("drain", pump);
      }
      if (!answered) request.end(`\r\n--${boundary}--\r\n`);
    };
    pump();
  });
}

test("a chunked 50 MB body is refused while it is still being sent, without the server holding it", async ({}, testInfo) => {
  test.setTimeout(120_000);
  const session = await serverWithContributor(testInfo.outputPath("server"));
  try {
    // What one allowed body costs first (loading the route and sharp, streaming 9 MB to disk):
    // the 50 MB must add nothing like 50 MB to that.
    const small = await sharp({ create: { width: 640, height: 480, channels: 3, background: "#b91c1c" } }).jpeg().toBuffer();
    expect((await upload(session, small, "nho.jpg")).status).toBe(201);
    expect((await upload(session, Buffer.alloc(9 * MB, 0x5a), "khong-phai-anh.jpg")).status).toBe(415);
    const baseline = session.server.rssBytes();
    const memory = sampleMemory(session.server);
    const answer = await sendChunked50Mb(session);
    await new Promise((resolve) => setTimeout(resolve, 1000));
    memory.stop();
    console.log(`Chunked 50 MB: answered after ${Math.round(answer.writtenWhenAnswered / MB)} MB written; server ${Math.round(baseline / MB)} → peak ${Math.round(memory.peak() / MB)} MB`);
    expect(answer.status).toBe(413);
    expect(answer.error).toBe("Ảnh “lon.jpg” vượt quá giới hạn 10 MB. Hãy giảm kích thước ảnh rồi tải lại.");
    // 10 MB read, plus what the sockets' buffers hold on the way; far from the 50 MB.
    expect(answer.writtenWhenAnswered).toBeLessThan(20 * MB);
    // A server holding the body grows by its 50 MB at least. Measured on 2 cores beside the other
    // journeys: +14 and +25 MB over the baseline (the collector's timing), so the line is at 40.
    expect(memory.peak() - baseline).toBeLessThan(40 * MB);
    // Nothing of it is left on disk.
    expect(fs.readdirSync(testInfo.outputPath("server", "media-incoming"))).toEqual([]);
  } finally {
    await session.server.stop();
  }
});
