import fs from "node:fs";
import http from "node:http";
import path from "node:path";
import { count, eq, like } from "drizzle-orm";
import sharp from "sharp";
import { articles, categories, media, units } from "@/db/schema";
import { expect, test } from "./fixtures";
import { ownPort } from "./own-server";

// What an attacker's page, a fuzzer and a careless script send, and what the server answers.

const base = `http://127.0.0.1:${process.env.E2E_PORT ?? 3100}`;
const root = process.cwd();

function actionId(exportedName: string): string {
  const manifest = JSON.parse(fs.readFileSync(path.join(root, ".next/server/server-reference-manifest.json"), "utf8")) as { node: Record<string, { exportedName?: string }> };
  const found = Object.entries(manifest.node).find(([, entry]) => entry.exportedName === exportedName);
  if (!found) throw new Error(`No action ${exportedName} in the build`);
  return found[0];
}

/** Another site on this host: a page on another port, which a signed-in editor is lured to. */
async function attackerSite(pages: Record<string, string>): Promise<{ origin: string; close: () => Promise<void> }> {
  const server = http.createServer((request, response) => {
    const html = pages[request.url ?? ""];
    response.writeHead(html ? 200 : 404, { "Content-Type": "text/html; charset=utf-8" });
    response.end(html ?? "");
  });
  const port = ownPort("attacker");
  await new Promise<void>((resolve) => server.listen(port, "127.0.0.1", resolve));
  return { origin: `http://127.0.0.1:${port}`, close: () => new Promise((resolve) => server.close(() => resolve())) };
}

test("another site's page cannot make a signed-in editor's browser write: form, no-cors upload and server action get 403", async ({ page, loginAs, db }) => {
  await loginAs("editor");
  const marker = `CSRF ${Date.now()}`;
  const categoryId = (await db.select().from(categories).limit(1))[0]?.id;
  const unitId = (await db.select().from(units).limit(1))[0]?.id;
  const mediaBefore = (await db.select({ n: count() }).from(media).limit(1))[0]?.n;
  const png = (await sharp({ create: { width: 8, height: 8, channels: 3, background: "#c00" } }).png().toBuffer()).toString("base64");
  // The classic trick: a text/plain form whose one field spells a JSON body.
  const json = `{"articleId":null,"baseVersion":null,"fields":{"title":"${marker}","categoryId":"${categoryId}","unitId":"${unitId}","x":"`;
  const attacker = await attackerSite({
    "/form": `<form method="post" action="${base}/api/bai-viet/tu-dong-luu" enctype="text/plain"><input name='${json}' value='"}}'></form><script>document.forms[0].submit()</script>`,
    "/upload": `<script>const form = new FormData(); form.append("file", new Blob([Uint8Array.from(atob("${png}"), (c) => c.charCodeAt(0))], { type: "image/png" }), "anh.png"); fetch("${base}/api/media", { method: "POST", mode: "no-cors", credentials: "include", body: form });</script>`,
    "/action": `<form method="post" action="${base}/quan-tri/bai-viet/moi" enctype="multipart/form-data"><input name="$ACTION_ID_${actionId("saveArticleAction")}" value=""><input name="intent" value="save"><input name="title" value="${marker}"><input name="categoryId" value="${categoryId}"><input name="unitId" value="${unitId}"></form><script>document.forms[0].submit()</script>`,
  });
  try {
    for (const [lure, target] of [["/form", "/api/bai-viet/tu-dong-luu"], ["/upload", "/api/media"], ["/action", "/quan-tri/bai-viet/moi"]] as const) {
      const answered = page.waitForResponse((response) => response.url() === `${base}${target}` && response.request().method() === "POST");
      await page.goto(`${attacker.origin}${lure}`);
      const response = await answered;
      expect(response.status(), lure).toBe(403);
      // A no-cors answer is opaque even to the browser's own tools; the others are pages the editor sees.
      if (lure !== "/upload") await expect(page.getByText("Yêu cầu bị từ chối vì không được gửi từ một trang của")).toBeVisible();
    }
  } finally {
    await attacker.close();
  }
  expect(await db.select().from(articles).where(like(articles.title, `${marker}%`))).toEqual([]);
  expect((await db.select({ n: count() }).from(media).limit(1))[0]?.n).toBe(mediaBefore);
});

test("route handlers take only the kind of body they expect", async ({ page, loginAs }) => {
  await loginAs("editor");
  const autosave = await page.request.post("/api/bai-viet/tu-dong-luu", { headers: { "Content-Type": "text/plain", Origin: base }, data: "{}" });
  expect(autosave.status()).toBe(415);
  expect((await autosave.json()).formError).toContain("JSON");
  const upload = await page.request.post("/api/media", { headers: { Origin: base }, data: { file: "không phải tệp" } });
  expect(upload.status()).toBe(415);
  expect((await upload.json()).error).toContain("multipart/form-data");
});

test.describe("a server action's request that Next would answer with a 500 gets a 4xx in Vietnamese", () => {
  const post = (request: import("@playwright/test").APIRequestContext, headers: Record<string, string>, data: string | Buffer) =>
    request.post("/quan-tri/bai-viet/moi", { headers: { "Next-Action": actionId("saveArticleAction"), Accept: "text/x-component", ...headers }, data, maxRedirects: 0 });

  test("a foreign origin: 403", async ({ request }) => {
    const response = await post(request, { Origin: "http://127.0.0.1:9", "Content-Type": "text/plain;charset=UTF-8" }, "[]");
    expect(response.status()).toBe(403);
    expect(await response.text()).toContain("Yêu cầu bị từ chối");
  });

  test("a body over 2 MB, declared or chunked: 413 naming the limit", async ({ request }) => {
    const big = `["${"a".repeat(2.2 * 1024 * 1024)}"]`;
    const response = await post(request, { Origin: base, "Content-Type": "text/plain;charset=UTF-8" }, big);
    expect(response.status()).toBe(413);
    expect(await response.text()).toMatch(/nặng 2,2 MB, vượt quá giới hạn 2 MB/);
  });

  for (const [name, contentType, body] of [
    ["JSON that does not parse", "text/plain;charset=UTF-8", "[{{{"],
    ["arrays nested 5,000 deep", "text/plain;charset=UTF-8", "[".repeat(5000) + "]".repeat(5000)],
    ["a reference to a part that was never sent", "text/plain;charset=UTF-8", '["$@5"]'],
    ["bytes that are not UTF-8", "text/plain;charset=UTF-8", Buffer.from([0x5b, 0xff, 0xfe, 0x5d])],
    ["a multipart body without its root part", "multipart/form-data; boundary=x", '--x\r\nContent-Disposition: form-data; name="1_intent"\r\n\r\nsave\r\n--x--\r\n'],
    ["a multipart body cut short", "multipart/form-data; boundary=x", '--x\r\nContent-Disposition: form-data; name="0"\r\n\r\n["$K1"'],
  ] as const) {
    test(`${name}: 400`, async ({ request }) => {
      const response = await post(request, { Origin: base, "Content-Type": contentType }, body);
      expect(response.status()).toBe(400);
      expect(await response.text()).toBe("Yêu cầu gửi lên không đúng định dạng nên không được xử lý. Hãy tải lại trang rồi thao tác lại.");
    });
  }
});

test("malformed percent-encoding in an address is a 400 for the API and the 404 page for readers, never a 500", async ({ request }) => {
  for (const address of ["/api/media/%zz", "/api/luot-xem/%", "/api/bai-viet/%E0%A4%A"]) {
    for (const method of ["GET", "POST"] as const) {
      const response = await request.fetch(address, { method, headers: { Origin: base } });
      expect(response.status(), `${method} ${address}`).toBe(400);
      expect((await response.json()).error).toBe("Địa chỉ không hợp lệ: có ký tự % viết sai.");
    }
  }
  for (const address of ["/chuyen-muc/%/rss.xml", "/sitemap/%", "/xem-truoc/%", "/quan-tri/bai-viet/%", "/tin-tuc/%E0%A4%A", "/%"]) {
    const response = await request.get(address);
    expect(response.status(), address).toBe(404);
    expect(await response.text(), address).toContain("Không tìm thấy");
  }
});

test("next-auth answers only what the sign-in form uses", async ({ request }) => {
  const callback = await request.get("/api/auth/callback/credentials");
  expect(callback.status()).toBe(405);
  expect((await callback.json()).error).toBe("Đăng nhập chỉ nhận thông tin gửi từ trang /dang-nhap.");
  for (const [method, address, status] of [
    ["POST", "/api/auth/_log", 404],
    ["GET", "/api/auth/signout", 405],
    ["GET", "/api/auth/callback/github", 404],
    ["POST", "/api/auth/session", 404],
  ] as const) {
    const response = await request.fetch(address, { method, headers: { Origin: base }, maxRedirects: 0 });
    expect(response.status(), `${method} ${address}`).toBe(status);
  }
});

test("a 1,000-character search is answered with its first 200 characters, said on the page, through a short rewrite", async ({ page, request }) => {
  const q = "Đại hội Công đoàn tỉnh lần thứ XV nhiệm kỳ 2023–2028 ".repeat(20);
  const response = await request.get(`/tim-kiem?q=${encodeURIComponent(q)}`);
  expect(response.status()).toBe(200);
  expect((response.headers()["x-middleware-rewrite"] ?? "").length).toBeLessThan(1500);
  await page.goto(`/tim-kiem?q=${encodeURIComponent(q)}`);
  await expect(page.getByRole("alert").filter({ hasText: "Từ cần tìm dài hơn" })).toHaveText("Từ cần tìm dài hơn 200 ký tự: chỉ 200 ký tự đầu được dùng để tìm.");
  await expect(page.getByRole("searchbox", { name: /Từ cần tìm|Tìm/ }).first()).toHaveAttribute("maxlength", "200");
});

test("counting a view from another site's page is refused", async ({ request, db }) => {
  const article = (await db.select({ id: articles.id }).from(articles).where(eq(articles.status, "published")).limit(1))[0];
  const response = await request.post(`/api/luot-xem/${article?.id}`, { headers: { Origin: "http://127.0.0.1:9" } });
  expect(response.status()).toBe(403);
});
