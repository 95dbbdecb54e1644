import { createAccount, expect, signIn, test } from "./fixtures";

test("every page is sent with a nonce-based Content-Security-Policy and the protective headers", async ({ request }) => {
  for (const path of ["/", "/tin-tuc", "/dang-nhap", "/khong-co-trang-nay"]) {
    const response = await request.get(path);
    const headers = response.headers();
    expect(headers["content-security-policy"], path).toMatch(/script-src 'self' 'nonce-[A-Za-z0-9+/=]+' 'strict-dynamic'/);
    expect(headers["content-security-policy"]).toContain("frame-ancestors 'none'");
    expect(headers["x-content-type-options"]).toBe("nosniff");
    expect(headers["referrer-policy"]).toBe("strict-origin-when-cross-origin");
    expect(headers["x-frame-options"]).toBe("DENY");
  }
  const first = (await request.get("/")).headers()["content-security-policy"];
  const second = (await request.get("/")).headers()["content-security-policy"];
  expect(first).not.toBe(second);
});

test("the page's own scripts carry the nonce, so the policy blocks nothing of ours", async ({ page }) => {
  const violations: string[] = [];
  page.on("console", (message) => {
    if (/Content Security Policy/i.test(message.text())) violations.push(message.text());
  });
  const response = await page.goto("/tin-tuc");
  const nonce = /'nonce-([^']+)'/.exec(response?.headers()["content-security-policy"] ?? "")?.[1];
  expect(nonce).toBeTruthy();
  const inline = page.locator("script:not([src])");
  expect(await inline.count()).toBeGreaterThan(0);
  for (const script of await inline.all()) expect(await script.evaluate((el) => (el as HTMLScriptElement).nonce)).toBe(nonce);
  // The date filter is a client island: it works only if hydration ran under the policy.
  await page.getByLabel("Ngày", { exact: true }).selectOption("1");
  await page.getByLabel("Tháng", { exact: true }).selectOption("1");
  await page.getByLabel("Năm", { exact: true }).selectOption({ index: 1 });
  await page.getByRole("button", { name: "Xem" }).click();
  await expect(page).toHaveURL(/\?ngay=\d{4}-01-01$/);
  expect(violations).toEqual([]);
});

test("the session cookie is HttpOnly and SameSite=Lax", async ({ page, db }) => {
  await signIn(page, await createAccount("editor", db));
  const cookie = (await page.context().cookies()).find((c) => c.name.endsWith("next-auth.session-token"));
  expect(cookie?.httpOnly).toBe(true);
  expect(cookie?.sameSite).toBe("Lax");
});
