import { expect, test } from "./fixtures";
import { sidewaysOverflow } from "./accessibility";
import { publishedDemoArticles } from "./demo-content";

const teacher = publishedDemoArticles.find((a) => a.title.startsWith("Thầy giáo Triệu Văn Sinh"));
const congress = publishedDemoArticles.find((a) => a.title.startsWith("Đại hội Công đoàn Viên chức tỉnh lần thứ VI"));

test("a reader types a name without tone marks in the header box, gets that article first, and opens it", async ({ page }) => {
  expect(teacher).toBeTruthy();
  await page.goto("/tin-tuc");
  const box = page.getByRole("search", { name: "Tìm kiếm trên trang" });
  await box.getByRole("searchbox").fill("thay giao trieu van sinh");
  await box.getByRole("button", { name: "Tìm" }).click();
  await expect(page).toHaveURL(/\/tim-kiem\?q=thay\+giao\+trieu\+van\+sinh/);
  await expect(page.getByText(/^Tổng số: \d+ \| Trang: 1 trên tổng số \d+ trang$/)).toBeVisible();
  const results = page.getByRole("list", { name: "Kết quả" }).getByRole("listitem");
  const first = results.first();
  await expect(first.getByRole("link").first()).toHaveText(teacher?.title ?? "");
  // The words found are marked in the title, with their tone marks as written.
  await expect(first.locator("mark").first()).toHaveText(/Thầy|giáo|Triệu|Văn|Sinh/);
  await first.getByRole("link").first().click();
  await expect(page).toHaveURL(new RegExp(`/tin-tuc/${teacher?.slug}$`));
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(teacher?.title ?? "");
});

test("with or without marks, in any case, đ as d: the same articles", async ({ page }) => {
  const resultsFor = async (q: string) => {
    await page.goto(`/tim-kiem?q=${encodeURIComponent(q)}`);
    const titles = await page.getByRole("list", { name: "Kết quả" }).locator("h3 a").allTextContents();
    const total = /Tổng số: (\d+)/.exec((await page.locator("main").textContent()) ?? "")?.[1];
    return { titles, total };
  };
  const plain = await resultsFor("dai hoi cong doan vien chuc tinh");
  const marked = await resultsFor("Đại hội Công đoàn Viên chức tỉnh");
  expect(plain.titles).toContain(congress?.title);
  expect(plain.total).toBeDefined();
  // The same articles are found; typed with marks, those spelt exactly so may rank higher.
  expect(marked.total).toBe(plain.total);
  expect(marked.titles).toContain(congress?.title);
  expect(await resultsFor("ĐẠI HỘI CÔNG ĐOÀN VIÊN CHỨC TỈNH")).toEqual(marked);
});

test("FTS syntax and a 1,000-character query are answered with a page, never an error", async ({ request }) => {
  for (const q of ['"', 'NEAR(a b) OR * AND ^col:"x', "a".repeat(1000), "đ".repeat(1200), "()-:*^"]) {
    const response = await request.get(`/tim-kiem?q=${encodeURIComponent(q)}`);
    expect(response.status(), q.slice(0, 20)).toBeLessThan(500);
    expect(await response.text()).not.toMatch(/fts5|SqliteError|at .*\.js:\d+/i);
  }
});

test("the search's days are typed and shown as dd/mm/yyyy in an en-US browser, and an impossible one is named", async ({ browser }) => {
  expect(congress).toBeTruthy();
  const [date = ""] = (congress?.localTime ?? "").split("T");
  const [y, m, d] = date.split("-");
  const day = `${d}/${m}/${y}`;
  const context = await browser.newContext({ locale: "en-US", viewport: { width: 390, height: 844 } });
  const page = await context.newPage();
  await page.goto("/tim-kiem?q=dai+hoi");
  const form = page.getByRole("search", { name: "Tìm kiếm tin bài" });
  // On a phone the days are folded with the other filters.
  await form.getByText(/^Lọc theo chuyên mục, đơn vị, ngày/).click();
  for (const label of ["Từ ngày", "Đến ngày"]) {
    await expect(form.getByLabel(label)).toHaveAttribute("type", "text");
    await expect(form.getByLabel(label)).toHaveAttribute("placeholder", "dd/mm/yyyy");
  }
  // The day the congress was reported, typed as a Vietnamese reader writes it: that article, and only that day's.
  await form.getByLabel("Từ ngày").fill(day);
  await form.getByLabel("Đến ngày").fill(`${Number(d)}/${Number(m)}/${y}`);
  await form.getByRole("button", { name: "Tìm kiếm" }).click();
  await expect(page).toHaveURL(/tu-ngay=\d{2}%2F\d{2}%2F\d{4}/);
  const titles = await page.getByRole("list", { name: "Kết quả" }).locator("h3 a").allTextContents();
  expect(titles).toContain(congress?.title);
  const sameDay = publishedDemoArticles.filter((a) => a.localTime.startsWith(date)).map((a) => a.title);
  expect(titles.every((title) => sameDay.includes(title))).toBe(true);
  await expect(form.getByLabel("Từ ngày")).toHaveValue(day);
  await expect(form.getByLabel("Đến ngày")).toHaveValue(day);
  // The pager's links carry the days as YYYY-MM-DD; the form still shows them as dd/mm/yyyy.
  await page.goto(`/tim-kiem?q=dai+hoi&tu-ngay=${date}`);
  await expect(form.getByLabel("Từ ngày")).toHaveValue(day);

  await form.getByLabel("Từ ngày").fill("30/02/2022");
  await form.getByRole("button", { name: "Tìm kiếm" }).click();
  // Not the only alert on the page: Next's route announcer is one too.
  await expect(page.getByRole("alert").filter({ hasText: "“Từ ngày”" })).toHaveText("“Từ ngày”: Không có ngày 30/02/2022: tháng 2 năm 2022 có 28 ngày.");
  await expect(form.getByLabel("Từ ngày")).toHaveValue("30/02/2022");
  await context.close();
});

test("on a phone the search's filters fold under one line, so the results start on the first screen; a filter in use keeps them open", async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  // Words that no about page or document has: the first result is an article.
  await page.goto("/tim-kiem?q=thay+giao+trieu+van+sinh");
  const form = page.getByRole("search", { name: "Tìm kiếm tin bài" });
  const more = form.getByText(/^Lọc theo chuyên mục, đơn vị, ngày/);
  await expect(form.getByLabel("Từ cần tìm")).toBeVisible();
  await expect(form.getByRole("button", { name: "Tìm kiếm" })).toBeVisible();
  for (const label of ["Chuyên mục", "Đơn vị", "Từ ngày", "Đến ngày"]) await expect(form.getByLabel(label)).toBeHidden();
  // The first result's title is on the first screen, with room to read it.
  const firstResult = page.getByRole("list", { name: "Kết quả" }).locator("h3 a").first();
  expect((await firstResult.boundingBox())?.y ?? Infinity).toBeLessThan(844 - 200);

  await more.click();
  await form.getByLabel("Đơn vị").selectOption("cong-doan-vien-chuc-tinh");
  await form.getByRole("button", { name: "Tìm kiếm" }).click();
  await expect(page).toHaveURL(/q=thay\+giao\+trieu\+van\+sinh&.*don-vi=cong-doan-vien-chuc-tinh/);
  // The filter in use stays in sight, and the fold says how many are set.
  await expect(form.getByLabel("Đơn vị")).toBeVisible();
  await expect(more).toContainText("(1 điều kiện)");
  expect(await sidewaysOverflow(page)).toBeLessThanOrEqual(0);

  // From a tablet up there is room: every filter shows and there is nothing to unfold.
  await page.setViewportSize({ width: 1024, height: 768 });
  await page.goto(`/tim-kiem?q=${encodeURIComponent("công đoàn")}`);
  for (const label of ["Chuyên mục", "Đơn vị", "Từ ngày", "Đến ngày"]) await expect(form.getByLabel(label)).toBeVisible();
  await expect(more).toBeHidden();
});

test("about pages a common word finds are one group under one heading, above the documents and articles", async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto(`/tim-kiem?q=${encodeURIComponent("công đoàn")}`);
  const results = page.getByRole("region", { name: "Kết quả tìm kiếm" });
  const pages = results.getByRole("list", { name: "Trang giới thiệu" }).getByRole("listitem");
  expect(await pages.count()).toBeGreaterThan(1);
  // Said once for the group, not once a page.
  await expect(results.getByText("Trang giới thiệu", { exact: true })).toHaveCount(1);
  await expect(results.getByRole("heading", { level: 3, name: "Trang giới thiệu" })).toBeVisible();
  // Each page is its title and one excerpt: at most four lines of a phone.
  for (const box of await pages.evaluateAll((items) => items.map((item) => item.getBoundingClientRect().height))) expect(box).toBeLessThanOrEqual(4 * 24 + 16);
});
