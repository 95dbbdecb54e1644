import { createAccount, expect, signIn, test } from "./fixtures";

// Staff pages are rendered per request and carry a nonce; public pages are served from the
// cache to every reader, so their policy has no nonce (docs/decisions/0005-caching.md).
const cacheableScripts = "script-src 'self' 'unsafe-inline';";

test("staff pages are sent with a nonce-based Content-Security-Policy, public pages with the cacheable one, all with the protective headers", async ({ request }) => {
  for (const [path, scripts] of [
    ["/", cacheableScripts],
    ["/tin-tuc", cacheableScripts],
    ["/tin-tuc?trang=2", cacheableScripts],
    ["/khong-co-trang-nay", cacheableScripts],
    ["/dang-nhap", /script-src 'self' 'nonce-[A-Za-z0-9+/=]+' 'strict-dynamic'/],
  ] as const) {
    const response = await request.get(path);
    const headers = response.headers();
    if (typeof scripts === "string") expect(headers["content-security-policy"], path).toContain(scripts);
    else expect(headers["content-security-policy"], path).toMatch(scripts);
    expect(headers["content-security-policy"]).toContain("frame-ancestors 'none'");
    expect(headers["content-security-policy"]).toContain("object-src 'none'");
    expect(headers["x-content-type-options"]).toBe("nosniff");
    expect(headers["referrer-policy"]).toBe("strict-origin-when-cross-origin");
    expect(headers["x-frame-options"]).toBe("DENY");
  }
  const first = (await request.get("/dang-nhap")).headers()["content-security-policy"];
  const second = (await request.get("/dang-nhap")).headers()["content-security-policy"];
  expect(first).not.toBe(second);
});

test("the sign-in page's own scripts carry the nonce, so the policy blocks nothing of ours", async ({ page }) => {
  const violations: string[] = [];
  page.on("console", (message) => {
    if (/Content Security Policy/i.test(message.text())) violations.push(message.text());
  });
  const response = await page.goto("/dang-nhap");
  const nonce = /'nonce-([^']+)'/.exec(response?.headers()["content-security-policy"] ?? "")?.[1];
  expect(nonce).toBeTruthy();
  const inline = page.locator("script:not([src])");
  expect(await inline.count()).toBeGreaterThan(0);
  for (const script of await inline.all()) expect(await script.evaluate((el) => (el as HTMLScriptElement).nonce)).toBe(nonce);
  expect(violations).toEqual([]);
});

test("a cached public page runs under its policy: the date filter hydrates and nothing is blocked", async ({ page }) => {
  const violations: string[] = [];
  page.on("console", (message) => {
    if (/Content Security Policy/i.test(message.text())) violations.push(message.text());
  });
  await page.goto("/tin-tuc");
  // The date filter is a client island: only its script (hydrated under the policy) answers an
  // impossible date on the page itself; without it the form would be sent and give a 404.
  await page.getByLabel("Ngày", { exact: true }).selectOption("30");
  await page.getByLabel("Tháng", { exact: true }).selectOption("2");
  await page.getByLabel("Năm", { exact: true }).selectOption({ index: 1 });
  await page.getByRole("button", { name: "Xem" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "không có thật" })).toBeVisible();
  await page.getByLabel("Ngày", { exact: true }).selectOption("1");
  await page.getByLabel("Tháng", { exact: true }).selectOption("1");
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
