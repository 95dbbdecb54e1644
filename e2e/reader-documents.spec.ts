import { expect, test } from "./fixtures";
import { sidewaysOverflow, tablesWiderThanScreen } from "./accessibility";
import { demoDocuments } from "@/seeds/demo-documents";

// The public register (/van-ban) as the demo seed fills it (seeds/demo-documents.ts).
const plan = demoDocuments.find((document) => document.number === "47/KH-LĐLĐ")!;
const expiredPlan = demoDocuments.find((document) => document.legalStatus === "expired")!;
const registerRows = (page: import("@playwright/test").Page) => page.getByRole("table", { name: "Các văn bản, mới ban hành trước" }).getByRole("row").filter({ has: page.getByRole("cell") });

test("a reader types words of an abstract without tone marks, opens the document, sees its fields and downloads it", async ({ page }) => {
  await page.goto("/van-ban");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Văn bản");
  await expect(page.getByText(/^Tổng số: \d+ \| Trang: 1 trên tổng số 1 trang$/)).toBeVisible();
  const form = page.getByRole("search", { name: "Tra cứu văn bản" });
  await form.getByLabel("Số/ký hiệu hoặc từ trong trích yếu").fill("thang cong nhan an toan ve sinh lao dong");
  await form.getByRole("button", { name: "Tra cứu" }).click();
  await expect(page).toHaveURL(/\/van-ban\?q=thang\+cong\+nhan/);
  await expect(page.getByText("Tổng số: 1 | Trang: 1 trên tổng số 1 trang")).toBeVisible();
  await expect(registerRows(page)).toHaveCount(1);
  await expect(registerRows(page).first()).toContainText("47/KH-LĐLĐ");
  await registerRows(page).first().getByRole("link").click();

  await expect(page).toHaveURL(new RegExp(`/van-ban/${plan.slug}$`));
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Kế hoạch số 47/KH-LĐLĐ");
  const fields = page.getByRole("table", { name: "Thông tin văn bản" });
  const field = (name: string) => fields.getByRole("row", { name: new RegExp(`^${name}`) }).getByRole("cell");
  await expect(field("Số/ký hiệu")).toHaveText("47/KH-LĐLĐ");
  await expect(field("Loại văn bản")).toHaveText("Kế hoạch");
  await expect(field("Cơ quan ban hành")).toHaveText("Liên đoàn Lao động tỉnh Hải Lâm");
  await expect(field("Ngày ban hành")).toHaveText("12/03/2026");
  await expect(field("Người ký")).toHaveText(plan.signer);
  await expect(field("Trích yếu")).toHaveText(plan.abstract);
  await expect(field("Tình trạng hiệu lực")).toHaveText("Còn hiệu lực");
  await expect(page.getByRole("navigation", { name: "Vị trí trang" }).getByRole("link", { name: "Văn bản", exact: true })).toHaveAttribute("href", "/van-ban");
  await expect(page).toHaveTitle(/Kế hoạch số 47\/KH-LĐLĐ/);

  const button = page.getByRole("link", { name: /^Tải về PDF \(\d[\d,]* (B|KB)\)$/ });
  const [download] = await Promise.all([page.waitForEvent("download"), button.click()]);
  expect(download.suggestedFilename()).toBe(plan.fileName);
  const response = await page.request.get((await button.getAttribute("href")) ?? "");
  expect(response.status()).toBe(200);
  expect(response.headers()["content-type"]).toBe("application/pdf");
  const disposition = response.headers()["content-disposition"] ?? "";
  expect(disposition).toMatch(/^attachment; /);
  expect(decodeURIComponent(/filename\*=UTF-8''(.+)$/.exec(disposition)?.[1] ?? "")).toBe(plan.fileName);
  expect((await response.body()).subarray(0, 5).toString()).toBe("%PDF-");
});

test("a reader's download is counted once, and the cached page shows it at once", async ({ page, request }) => {
  await page.goto(`/van-ban/${plan.slug}`);
  const shown = async () => Number(/Lượt tải: ([\d.]+)/.exec((await page.getByTestId("luot-tai").textContent()) ?? "")?.[1]?.replace(/\./g, ""));
  const before = await shown();
  const href = (await page.getByRole("link", { name: /^Tải về PDF/ }).getAttribute("href")) ?? "";
  // A reader's browser, not the test's headless one (which the counter takes for a crawler).
  const reader = { "User-Agent": `Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/140.0 Safari/537.36 doc-${Date.now()}` };
  expect((await request.get(href, { headers: reader })).status()).toBe(200);
  expect((await request.get(href, { headers: reader })).status()).toBe(200);
  await page.reload();
  expect(await shown()).toBe(before + 1);
});

test("a reader filters by form and year, and the count line and the address follow", async ({ page }) => {
  await page.goto("/van-ban");
  const form = page.getByRole("search", { name: "Tra cứu văn bản" });
  await form.getByLabel("Loại văn bản").selectOption({ label: "Kế hoạch" });
  await form.getByLabel("Năm ban hành").selectOption("2023");
  await form.getByRole("button", { name: "Tra cứu" }).click();
  await expect(page).toHaveURL(/loai=\d+.*nam=2023/);
  await expect(page.getByText("Tổng số: 1 | Trang: 1 trên tổng số 1 trang")).toBeVisible();
  await expect(registerRows(page)).toHaveCount(1);
  await expect(registerRows(page).first()).toContainText(expiredPlan.number);
  await expect(registerRows(page).first()).toContainText("Hết hiệu lực");
  await expect(form.getByLabel("Loại văn bản")).toHaveValue(/\d+/);

  await form.getByLabel("Năm ban hành").selectOption("");
  await form.getByRole("button", { name: "Tra cứu" }).click();
  await expect(page.getByText("Tổng số: 2 | Trang: 1 trên tổng số 1 trang")).toBeVisible();
  // Newest issued first.
  await expect(registerRows(page).nth(0)).toContainText("47/KH-LĐLĐ");
  await expect(registerRows(page).nth(1)).toContainText(expiredPlan.number);
});

test("numbers are found from any of their boundaries: '47/KH' and 'LĐLĐ', but not '7/KH', which says what was searched", async ({ page }) => {
  const numbersFor = async (q: string) => {
    await page.goto(`/van-ban?q=${encodeURIComponent(q)}`);
    return (await registerRows(page).locator("td:first-child").allTextContents()).map((text) => text.replace("Số/ký hiệu", "").trim());
  };
  expect(await numbersFor("47/KH")).toEqual(["47/KH-LĐLĐ"]);
  expect(await numbersFor("47/kh-ldld")).toEqual(["47/KH-LĐLĐ"]);
  expect(await numbersFor("LĐLĐ")).toEqual(["25/BC-LĐLĐ", "47/KH-LĐLĐ", "08/HD-LĐLĐ", "112/QĐ-LĐLĐ"]);
  expect(await numbersFor("7/KH")).toEqual([]);
  await expect(page.getByRole("status")).toHaveText(/Không có văn bản nào khớp với “7\/KH”/);
});

test("site search shows the documents that match beside the articles, with a link to the register", async ({ page }) => {
  await page.goto(`/tim-kiem?q=${encodeURIComponent("47/KH")}`);
  const block = page.getByRole("region", { name: "Văn bản", exact: true });
  await expect(block.getByRole("link", { name: "Kế hoạch số 47/KH-LĐLĐ" })).toHaveAttribute("href", `/van-ban/${plan.slug}`);
  await block.getByRole("link", { name: "Tra cứu trong Văn bản" }).click();
  await expect(page).toHaveURL(/\/van-ban\?q=47%2FKH$/);
  await expect(registerRows(page)).toHaveCount(1);
});

test("on a 390 px phone the register's rows become cards and nothing scrolls sideways", async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  for (const path of ["/van-ban", `/van-ban/${plan.slug}`]) {
    await page.goto(path);
    expect(await sidewaysOverflow(page), path).toBeLessThanOrEqual(0);
    expect(await tablesWiderThanScreen(page), path).toEqual([]);
  }
  await page.goto("/van-ban");
  const first = registerRows(page).first();
  // Each cell shows its column's name on a phone.
  await expect(first.getByText("Cơ quan ban hành", { exact: true })).toBeVisible();
  await expect(first.getByText("Hiệu lực", { exact: true })).toBeVisible();
});

test("on a phone the register's five filters fold under one line, so the list starts on the first screen; a filter in use keeps them open", async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto("/van-ban");
  const form = page.getByRole("search", { name: "Tra cứu văn bản" });
  const more = form.getByText(/^Lọc theo loại, cơ quan, năm/);
  await expect(form.getByLabel("Số/ký hiệu hoặc từ trong trích yếu")).toBeVisible();
  await expect(form.getByRole("button", { name: "Tra cứu" })).toBeVisible();
  await expect(form.getByLabel("Loại văn bản")).toBeHidden();
  await expect(more).toBeVisible();
  const listTop = async () => (await page.getByRole("heading", { name: "Danh sách văn bản" }).boundingBox())?.y ?? Infinity;
  expect(await listTop()).toBeLessThan(844 - 200);

  await more.click();
  await form.getByLabel("Loại văn bản").selectOption({ label: "Kế hoạch" });
  await form.getByRole("button", { name: "Tra cứu" }).click();
  await expect(page).toHaveURL(/loai=\d+/);
  // The filter in use stays in sight, and the fold says how many are set.
  await expect(form.getByLabel("Loại văn bản")).toBeVisible();
  await expect(more).toContainText("(1 điều kiện)");
  expect(await sidewaysOverflow(page)).toBeLessThanOrEqual(0);

  // From a tablet up there is room: every filter shows and there is nothing to unfold.
  await page.setViewportSize({ width: 1024, height: 768 });
  await page.goto("/van-ban");
  await expect(form.getByLabel("Loại văn bản")).toBeVisible();
  await expect(form.getByLabel("Tình trạng hiệu lực")).toBeVisible();
  await expect(more).toBeHidden();
});

test("bad values in the address get a message or a 404, never a 500", async ({ page, request }) => {
  for (const [path, message] of [
    ["/van-ban?loai=abc", "Loại văn bản đã chọn không có trong danh sách"],
    ["/van-ban?loai=987654", "Loại văn bản đã chọn không có trong danh sách"],
    ["/van-ban?co-quan=-1", "Cơ quan ban hành đã chọn không có trong danh sách"],
    ["/van-ban?nam=1850", "Năm ban hành phải là một năm có bốn chữ số"],
    ["/van-ban?hieu-luc=mai-mai", "Tình trạng hiệu lực chỉ có thể là"],
    ["/van-ban?trang=40", "Trang 40 không có văn bản nào"],
  ] as const) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(200);
    await expect(page.getByRole("alert").filter({ hasText: message })).toBeVisible();
  }
  for (const path of ["/van-ban?trang=0", "/van-ban?trang=abc", "/van-ban/khong-co-van-ban-nay", "/van-ban/Khong-Hop-Le", "/van-ban/a/b"]) {
    expect((await request.get(path)).status(), path).toBe(404);
  }
  const malformed = await request.get("/api/van-ban/tep/abc");
  expect(malformed.status()).toBe(400);
  expect(await malformed.text()).toContain("Mã tệp văn bản không hợp lệ");
  expect((await request.get("/api/van-ban/tep/987654")).status()).toBe(404);
  for (const q of ['"', "%", "_", "a".repeat(500), "()-/*"]) {
    expect((await request.get(`/van-ban?q=${encodeURIComponent(q)}`)).status(), q.slice(0, 10)).toBe(200);
  }
});

test("the register's feed and the sitemap list the documents", async ({ request }) => {
  const feed = await request.get("/van-ban/rss.xml");
  expect(feed.status()).toBe(200);
  expect(feed.headers()["content-type"]).toContain("application/rss+xml");
  expect(await feed.text()).toContain(`/van-ban/${plan.slug}</link>`);
  const sitemap = await (await request.get("/sitemap.xml")).text();
  expect(sitemap).toContain(`/van-ban/${expiredPlan.slug}</loc>`);
  expect(sitemap).toContain("/van-ban</loc>");
});
