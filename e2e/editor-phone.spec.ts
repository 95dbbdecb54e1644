import sharp from "sharp";
import { eq } from "drizzle-orm";
import { recordAudit } from "@/db/queries/audit-log";
import { articles, units, users } from "@/db/schema";
import { sidewaysOverflow, tablesWiderThanScreen } from "./accessibility";
import type { Locator } from "@playwright/test";
import { answerYes, createAccount, expect, signIn, test } from "./fixtures";
import { writeTransaction } from "@/db/transaction";

const PHONE = { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true };

// Noise keeps the JPEG large and slow to resize, so the server's work on its sizes can be seen.
async function largePhoto(): Promise<Buffer> {
  return sharp({ create: { width: 3600, height: 2400, channels: 3, background: "#000000", noise: { type: "gaussian", mean: 128, sigma: 40 } } }).jpeg({ quality: 90 }).toBuffer();
}

// Staff journeys on a phone and in a browser whose language is not Vietnamese.

test("date and time fields show and accept dd/mm/yyyy and 24-hour HH:mm in an en-US browser", async ({ browser, db }) => {
  const context = await browser.newContext({ locale: "en-US", timezoneId: "America/New_York" });
  const page = await context.newPage();
  await signIn(page, await createAccount("editor", db));
  const title = `Bài có giờ đăng gõ tay ${Date.now()}`;
  await page.goto("/quan-tri/bai-viet/moi");
  await page.getByLabel("Tiêu đề", { exact: true }).fill(title);
  const when = page.getByRole("group", { name: "Thời gian đăng (giờ Việt Nam)" });
  await expect(when.getByLabel("Ngày")).toHaveAttribute("placeholder", "dd/mm/yyyy");
  await expect(when.getByLabel("Giờ")).toHaveAttribute("placeholder", "HH:mm");

  await when.getByLabel("Ngày").fill("30/02/2026");
  await when.getByLabel("Giờ").fill("16:50");
  await expect(when.getByText("Không có ngày 30/02/2026: tháng 2 năm 2026 có 28 ngày.")).toBeVisible();
  await when.getByLabel("Giờ").fill("4:50 PM");
  await when.getByLabel("Ngày").fill("30/11/2026");
  await expect(when.getByText("Giờ viết theo dạng giờ:phút, 24 giờ (HH:mm), ví dụ 16:50.")).toBeVisible();
  await when.getByLabel("Giờ").fill("16:50");
  await expect(when.getByText("Thứ Hai, 30/11/2026 lúc 16:50, giờ Việt Nam")).toBeVisible();

  await page.getByRole("button", { name: /^(Xuất bản|Hẹn giờ đăng)$/ }).click();
  await expect(page.getByRole("status").filter({ hasText: /^Đã (xuất bản|hẹn giờ đăng)/ })).toBeVisible();
  const stored = (await db.select({ id: articles.id, publishedAt: articles.publishedAt }).from(articles).where(eq(articles.title, title)).limit(1))[0];
  expect(stored?.publishedAt?.toISOString()).toBe("2026-11-30T09:50:00.000Z");

  await page.goto(`/quan-tri/bai-viet/${stored?.id}`);
  await expect(when.getByLabel("Ngày")).toHaveValue("30/11/2026");
  await expect(when.getByLabel("Giờ")).toHaveValue("16:50");
  await expect(when.getByText("Thứ Hai, 30/11/2026 lúc 16:50, giờ Việt Nam")).toBeVisible();
  await context.close();
});

test("on a phone's number pad, which has no \"/\" or \":\", days and times are typed as digits or with its separator key", async ({ browser, db }) => {
  const context = await browser.newContext(PHONE);
  const page = await context.newPage();
  await signIn(page, await createAccount("editor", db));
  const title = `Bài hẹn giờ gõ trên điện thoại ${Date.now()}`;
  await page.goto("/quan-tri/bai-viet/moi");
  await page.getByLabel("Tiêu đề", { exact: true }).fill(title);
  const when = page.getByRole("group", { name: "Thời gian đăng (giờ Việt Nam)" });
  // The pad with a separator key ("," on a Vietnamese iPhone), not digits alone.
  await expect(when.getByLabel("Ngày")).toHaveAttribute("inputmode", "decimal");
  await expect(when.getByLabel("Giờ")).toHaveAttribute("inputmode", "decimal");
  await when.getByLabel("Ngày").fill("30112026");
  await when.getByLabel("Giờ").fill("16,50");
  await page.getByLabel("Tiêu đề", { exact: true }).focus();
  // Shown as it will be read once the field is left, and in words.
  await expect(when.getByLabel("Ngày")).toHaveValue("30/11/2026");
  await expect(when.getByLabel("Giờ")).toHaveValue("16:50");
  await expect(when.getByText("Thứ Hai, 30/11/2026 lúc 16:50, giờ Việt Nam")).toBeVisible();
  await page.getByRole("button", { name: /^(Xuất bản|Hẹn giờ đăng)$/ }).click();
  await expect(page.getByRole("status").filter({ hasText: /^Đã (xuất bản|hẹn giờ đăng)/ })).toBeVisible();
  const stored = (await db.select({ publishedAt: articles.publishedAt }).from(articles).where(eq(articles.title, title)).limit(1))[0];
  expect(stored?.publishedAt?.toISOString()).toBe("2026-11-30T09:50:00.000Z");

  await context.close();

  // A form the browser sends itself: its check lets "1.1.2020" through, and the server reads it.
  const adminContext = await browser.newContext(PHONE);
  const admin = await adminContext.newPage();
  await signIn(admin, await createAccount("admin", db));
  await admin.goto("/quan-tri/nhat-ky");
  const filter = admin.getByRole("search", { name: "Lọc nhật ký" });
  await filter.getByText(/^Lọc theo thao tác, ngày/).click();
  await filter.getByLabel("Từ ngày").fill("1.1.2020");
  await filter.getByLabel("Đến ngày").fill("31122099");
  await filter.getByRole("button", { name: "Lọc" }).click();
  await expect(admin).toHaveURL(/tu=1\.1\.2020&den=31122099/);
  await expect(filter.getByLabel("Từ ngày")).toHaveValue("01/01/2020");
  await expect(filter.getByLabel("Đến ngày")).toHaveValue("31/12/2099");
  await expect(admin.getByRole("alert").filter({ hasText: /ngày/ })).toHaveCount(0);
  await adminContext.close();
});

test("what is kept exactly as typed (slugs, addresses, user names) is neither capitalised nor corrected by a phone's keyboard", async ({ browser, db }) => {
  const context = await browser.newContext(PHONE);
  const page = await context.newPage();
  const expectTypedAsIs = async (field: Locator) => {
    await expect(field).toHaveAttribute("autocapitalize", "none");
    await expect(field).toHaveAttribute("autocorrect", "off");
    await expect(field).toHaveAttribute("spellcheck", "false");
  };
  await page.goto("/dang-nhap");
  await expectTypedAsIs(page.getByLabel("Tên đăng nhập"));
  await signIn(page, await createAccount("admin", db));
  const slugs: [string, string][] = [["/quan-tri/bai-viet/moi", "Đường dẫn"], ["/quan-tri/trang/moi", "Đường dẫn"], ["/quan-tri/video/moi", "Đường dẫn"], ["/quan-tri/video/moi", "Liên kết YouTube"], ["/quan-tri/thu-vien-anh/album/moi", "Đường dẫn"], ["/quan-tri/van-ban/moi", "Đường dẫn"], ["/quan-tri/chuyen-muc", "Đường dẫn"], ["/quan-tri/tai-khoan", "Tên đăng nhập"]];
  for (const [address, label] of slugs) {
    await page.goto(address);
    await expectTypedAsIs(page.getByLabel(label, { exact: true }).first());
  }
  await context.close();
});

test("the audit log's day filter takes dd/mm/yyyy and names an impossible date", async ({ browser, db }) => {
  const context = await browser.newContext({ locale: "en-US" });
  const page = await context.newPage();
  await signIn(page, await createAccount("admin", db));
  await page.goto("/quan-tri/nhat-ky");
  const filter = page.getByRole("search", { name: "Lọc nhật ký" });
  await expect(filter.getByLabel("Từ ngày")).toHaveAttribute("placeholder", "dd/mm/yyyy");
  await filter.getByLabel("Từ ngày").fill("30/02/2026");
  await filter.getByRole("button", { name: "Lọc" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "Không có ngày 30/02/2026" })).toBeVisible();
  await filter.getByLabel("Từ ngày").fill("1/1/2020");
  await filter.getByRole("button", { name: "Lọc" }).click();
  await expect(page).toHaveURL(/tu=1%2F1%2F2020/);
  await expect(filter.getByLabel("Từ ngày")).toHaveValue("01/01/2020");
  await context.close();
});

test("an editor on a phone writes, uploads, publishes, sees the live link at once and takes the article down through a styled dialog", async ({ browser, db }) => {
  const context = await browser.newContext(PHONE);
  const page = await context.newPage();
  const browserDialogs: string[] = [];
  page.on("dialog", (dialog) => { browserDialogs.push(dialog.type()); void dialog.dismiss(); });
  await signIn(page, await createAccount("editor", db));
  await page.goto("/quan-tri/bai-viet/moi");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Viết bài mới");
  await expect(page.getByRole("button", { name: "Gửi duyệt" })).toHaveCount(0);

  const title = `Công đoàn trao quà cho đoàn viên khó khăn ${Date.now()}`;
  await page.getByLabel("Tiêu đề", { exact: true }).fill(title);
  const body = page.getByRole("textbox", { name: "Nội dung" });
  await body.click();
  await body.pressSequentially("Sáng nay, công đoàn trao 50 suất quà.");

  // The checklist warns, before publishing, about what the article lacks.
  const checklist = page.getByRole("region", { name: "Trước khi xuất bản, xem lại:" });
  await expect(checklist).toContainText("Chưa có sapo");
  await expect(checklist).toContainText("Chưa ghi tác giả");
  await expect(checklist).toContainText("Bài chưa có ảnh nào.");

  await page.getByRole("button", { name: "Chèn ảnh" }).first().click();
  const picker = page.getByRole("dialog", { name: "Chèn ảnh" });
  // A touch screen has nothing to drag from and no Ctrl+V: the picker says only what it takes.
  await expect(picker.getByText("tối đa 10 MB")).toHaveText("Ảnh JPEG, PNG, WebP, tối đa 10 MB.", { useInnerText: true });
  // The server now processes a photo in a fraction of a second, quicker than an
  // assertion's polling can be sure to see: the page records every stage it shows.
  await page.evaluate(() => {
    const seen: string[] = [];
    (window as unknown as { stagesSeen: string[] }).stagesSeen = seen;
    new MutationObserver(() => {
      const text = document.body.textContent ?? "";
      for (const stage of ["Đang tải lên", "Đang xử lý ảnh…", "Đã tải lên"]) if (text.includes(stage) && !seen.includes(stage)) seen.push(stage);
    }).observe(document.body, { subtree: true, childList: true, characterData: true });
  });
  await picker.getByLabel("Chọn ảnh từ máy").setInputFiles({ name: "trao-qua.jpg", mimeType: "image/jpeg", buffer: await largePhoto() });
  await expect(picker.getByText("Đã tải lên")).toBeVisible({ timeout: 60_000 });
  const stages = await page.evaluate(() => (window as unknown as { stagesSeen: string[] }).stagesSeen);
  expect(stages.slice(-2)).toEqual(["Đang xử lý ảnh…", "Đã tải lên"]);
  await picker.getByLabel("Mô tả ảnh (cho người không nhìn thấy)").fill("Đoàn viên nhận quà");
  await picker.getByRole("button", { name: "Chèn ảnh" }).click();
  await expect(checklist).toContainText("1 ảnh trong bài chưa có chú thích.");
  await expect(checklist).not.toContainText("Bài chưa có ảnh nào.");

  // The actions stay at the bottom of a phone's screen.
  const publish = page.getByRole("button", { name: "Xuất bản" });
  const box = await publish.boundingBox();
  expect((box?.y ?? 0) + (box?.height ?? 0)).toBeGreaterThan(844 - 70);
  expect((box?.y ?? 0) + (box?.height ?? 0)).toBeLessThanOrEqual(844);

  await page.evaluate(() => { (window as unknown as { sameDocument: boolean }).sameDocument = true; });
  await publish.click();
  const stored = (await db.select({ id: articles.id, slug: articles.slug }).from(articles).where(eq(articles.title, title)).limit(1))[0];
  const notice = page.getByRole("status").filter({ hasText: "Bài đã lên trang." });
  await expect(notice.getByRole("link")).toHaveAttribute("href", `/tin-tuc/${stored?.slug}`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Sửa bài đã đăng");
  await expect(page).toHaveURL(new RegExp(`/quan-tri/bai-viet/${stored?.id}$`));
  await expect(page.getByRole("button", { name: "Gỡ bài" })).toBeVisible();
  await expect(page.getByRole("button", { name: "Cập nhật giờ đăng" })).toBeVisible();
  expect(await page.evaluate(() => (window as unknown as { sameDocument?: boolean }).sameDocument)).toBe(true);
  expect((await page.request.get(`/tin-tuc/${stored?.slug}`)).status()).toBe(200);

  // Taking it down asks first, in the page's own dialog: Escape keeps it published.
  await page.getByRole("button", { name: "Gỡ bài" }).click();
  const question = page.getByRole("dialog", { name: "Gỡ bài này khỏi trang web?" });
  await expect(question).toBeVisible();
  await expect(question).toContainText(`/tin-tuc/${stored?.slug}`);
  await expect(question.getByRole("button", { name: "Không, quay lại" })).toBeFocused();
  await page.keyboard.press("Escape");
  await expect(question).toBeHidden();
  await expect(page.getByText("Trạng thái: Đã xuất bản")).toBeVisible();
  await page.getByRole("button", { name: "Gỡ bài" }).click();
  await question.getByRole("button", { name: "Gỡ bài", exact: true }).click();
  await expect(page.getByText("Đã gỡ bài khỏi trang công khai.")).toBeVisible();
  await expect(page.getByText("Trạng thái: Đã gỡ")).toBeVisible();
  await expect(page.getByRole("button", { name: "Gỡ bài" })).toHaveCount(0);
  await expect(async () => expect((await page.request.get(`/tin-tuc/${stored?.slug}`)).status()).toBe(404)).toPass({ timeout: 10_000 });
  expect(browserDialogs).toEqual([]);
  await context.close();
});

test("a contributor's article waiting for review offers no \"Lưu nháp\"", async ({ browser, db }) => {
  const context = await browser.newContext(PHONE);
  const page = await context.newPage();
  await signIn(page, await createAccount("contributor", db));
  await page.goto("/quan-tri/bai-viet/moi");
  const title = `Bài cộng tác gửi duyệt ${Date.now()}`;
  await page.getByLabel("Tiêu đề", { exact: true }).fill(title);
  await page.getByRole("button", { name: "Gửi duyệt" }).click();
  await expect(page.getByText("Đã gửi duyệt. Biên tập viên sẽ xem bài của bạn.")).toBeVisible();
  await expect(page.getByRole("button", { name: "Lưu nháp" })).toHaveCount(0);
  await expect(page.getByRole("button", { name: "Gửi duyệt" })).toHaveCount(0);
  await page.reload();
  await expect(page.getByRole("button", { name: "Lưu nháp" })).toHaveCount(0);
  await context.close();

  // The review queue says when it was sent and how long it has waited, for every waiting article.
  const editorContext = await browser.newContext(PHONE);
  const editor = await editorContext.newPage();
  await signIn(editor, await createAccount("editor", db));
  await editor.goto("/quan-tri/cho-duyet");
  const item = editor.getByRole("listitem").filter({ hasText: title });
  await expect(item).toContainText(/Gửi lúc \d{2}\/\d{2}\/\d{4} \d{2}:\d{2} · đã chờ (chưa tới 1 phút|\d+ phút)/);
  await expect(editor.getByRole("main")).not.toContainText("Gửi lúc —");
  for (const line of await editor.getByText(/^Gửi lúc/).allTextContents()) expect(line).toMatch(/ · đã chờ \S/);
  await editorContext.close();
});

test("the audit log shows an IPv4 address without \"::ffff:\"", async ({ page, loginAs, db }) => {
  await loginAs("admin");
  const target = `Bài: kiểm tra địa chỉ ${Date.now()}`;
  await writeTransaction(db, (tx) => recordAudit(tx, { actorId: null, actorName: "Máy kiểm thử", action: "article-publish", target, detail: "", ip: "::ffff:203.113.1.5", at: new Date() }));
  await page.goto("/quan-tri/nhat-ky");
  const entry = page.getByRole("row").filter({ hasText: target });
  await expect(entry.getByRole("cell", { name: "203.113.1.5", exact: true })).toBeVisible();
  await expect(page.getByRole("table")).not.toContainText("::ffff:");
});

test("an admin is offered no \"Vô hiệu hóa\" on their own row, and the server refuses it when asked directly", async ({ page, loginAs, db }) => {
  const admin = await loginAs("admin");
  const other = await createAccount("editor", db);
  await page.goto("/quan-tri/tai-khoan");
  const own = page.getByRole("row").filter({ hasText: admin.username });
  await expect(own.getByRole("button", { name: "Lưu" })).toBeVisible();
  await expect(own.getByRole("button", { name: "Vô hiệu hóa" })).toHaveCount(0);

  // The form of another account's row, pointed at the admin's own account as it is sent: what a crafted
  // request would carry. (Set before the question, the id would be put back when the row re-renders.)
  const otherRow = page.getByRole("row").filter({ hasText: other.username });
  const disableForm = otherRow.locator("form").filter({ has: page.getByRole("button", { name: "Vô hiệu hóa" }) });
  await disableForm.evaluate((form: HTMLFormElement, id) => {
    form.addEventListener("submit", () => { form.querySelector<HTMLInputElement>('input[name="id"]')!.value = String(id); }, { capture: true });
  }, admin.id);
  await otherRow.getByRole("button", { name: "Vô hiệu hóa" }).click();
  await answerYes(page, "Vô hiệu hóa");
  await expect(otherRow.getByRole("alert").filter({ hasText: "tự vô hiệu hóa" })).toHaveText("Bạn không thể tự vô hiệu hóa tài khoản của mình. Nếu cần, hãy nhờ một quản trị viên khác làm việc này.");
  expect((await db.select({ isActive: users.isActive }).from(users).where(eq(users.id, admin.id)).limit(1))[0]?.isActive).toBe(true);
  expect((await db.select({ isActive: users.isActive }).from(users).where(eq(users.id, other.id)).limit(1))[0]?.isActive).toBe(true);
});

test("removing an article's cover photo asks first in the styled dialog", async ({ page, loginAs }) => {
  await loginAs("editor");
  await page.goto("/quan-tri/bai-viet/moi");
  await page.getByLabel("Tiêu đề", { exact: true }).fill(`Bài có ảnh đại diện ${Date.now()}`);
  await page.getByRole("button", { name: "Chọn ảnh đại diện" }).click();
  const picker = page.getByRole("dialog", { name: "Chèn ảnh" });
  const photo = await sharp({ create: { width: 800, height: 500, channels: 3, background: "#1d4ed8" } }).jpeg().toBuffer();
  await picker.getByLabel("Chọn ảnh từ máy").setInputFiles({ name: "bia.jpg", mimeType: "image/jpeg", buffer: photo });
  await expect(picker.getByText("Đã tải lên")).toBeVisible();
  await picker.getByLabel("Mô tả ảnh (cho người không nhìn thấy)").fill("Ảnh bìa hội nghị");
  await picker.getByRole("button", { name: "Chèn ảnh" }).click();
  const cover = page.getByRole("region", { name: "Ảnh đại diện" });
  await expect(cover.getByRole("img", { name: "Ảnh bìa hội nghị" })).toBeVisible();

  await cover.getByRole("button", { name: "Bỏ ảnh" }).click();
  const question = page.getByRole("dialog", { name: "Bỏ ảnh đại diện của bài?" });
  await question.getByRole("button", { name: "Không, quay lại" }).click();
  await expect(question).toBeHidden();
  await expect(cover.getByRole("img", { name: "Ảnh bìa hội nghị" })).toBeVisible();
  await cover.getByRole("button", { name: "Bỏ ảnh" }).click();
  await question.getByRole("button", { name: "Bỏ ảnh", exact: true }).click();
  await expect(cover.getByText("Chưa có ảnh đại diện.")).toBeVisible();
});

test("on a phone, the accounts and units fit the screen, a unit with a long name in every list included", async ({ browser, db }) => {
  const stamp = Date.now();
  const name = `Công đoàn cơ sở Trường Trung học phổ thông chuyên Nguyễn Bỉnh Khiêm, Liên đoàn Lao động huyện Tân Phong ${stamp}`;
  await writeTransaction(db, (tx) => tx.insert(units).values({ name, shortName: `CĐCS THPT ${stamp}`, slug: `cdcs-thpt-${stamp}` }));
  const context = await browser.newContext(PHONE);
  const phone = await context.newPage();
  await signIn(phone, await createAccount("admin", db));
  for (const address of ["/quan-tri/tai-khoan", "/quan-tri/don-vi", "/quan-tri"]) {
    await phone.goto(address);
    expect(await sidewaysOverflow(phone), address).toBeLessThanOrEqual(0);
    expect(await tablesWiderThanScreen(phone), address).toEqual([]);
  }
  await context.close();
});

test("on a phone the workspace's menu is one button: the page starts in the first screen, the menu opens, goes and closes", async ({ browser, db }) => {
  const context = await browser.newContext(PHONE);
  const page = await context.newPage();
  await signIn(page, await createAccount("admin", db));
  await page.goto("/quan-tri/bai-viet/moi");
  const menu = page.getByRole("banner").getByRole("button", { name: /^Menu/ });
  const nav = page.getByRole("navigation", { name: "Quản trị" });
  await expect(menu).toBeEnabled();
  await expect(menu).toHaveAttribute("aria-expanded", "false");
  await expect(nav).toBeHidden();
  // The bar is one line: the heading and the title's field are in the first screen.
  expect((await page.getByRole("banner").boundingBox())?.height).toBeLessThanOrEqual(72);
  expect((await page.getByLabel("Tiêu đề", { exact: true }).boundingBox())?.y).toBeLessThan(844 / 2);

  await menu.click();
  await expect(menu).toHaveAttribute("aria-expanded", "true");
  for (const name of ["Bài viết", "Chờ duyệt", "Thư viện ảnh", "Tài khoản", "Cài đặt trang", "Xem trang tin"]) {
    await expect(nav.getByRole("link", { name: new RegExp(`^${name}`) })).toBeVisible();
  }
  await expect(page.getByRole("banner").getByRole("button", { name: "Đăng xuất" })).toBeVisible();
  // The page's section is marked.
  await expect(nav.getByRole("link", { name: "Viết bài mới" })).toHaveAttribute("aria-current", "page");
  await expect(nav.locator("[aria-current]")).toHaveCount(1);
  // The count waiting for review is on the button as in the menu.
  const waiting = (await nav.getByRole("link", { name: /^Chờ duyệt/ }).innerText()).replace(/\D/g, "");
  await expect(menu).toHaveAccessibleName(waiting === "0" ? "Menu" : `Menu ${waiting} bài chờ duyệt`);
  expect(await sidewaysOverflow(page)).toBeLessThanOrEqual(0);

  await page.keyboard.press("Escape");
  await expect(nav).toBeHidden();
  await expect(menu).toBeFocused();

  await menu.click();
  await nav.getByRole("link", { name: "Thư viện ảnh" }).click();
  await expect(page).toHaveURL(/\/quan-tri\/thu-vien-anh$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Thư viện ảnh");
  await expect(nav).toBeHidden();
  await expect(menu).toHaveAttribute("aria-expanded", "false");

  // A laptop has the whole menu in its bar, and no button.
  await page.setViewportSize({ width: 1280, height: 800 });
  await expect(nav.getByRole("link", { name: "Viết bài mới" })).toBeVisible();
  await expect(menu).toBeHidden();
  await expect(nav.getByRole("link", { name: "Thư viện ảnh" })).toHaveAttribute("aria-current", "page");
  // An album's page is in "Thư viện ảnh" too; the personal page is in no section.
  await page.goto("/quan-tri/thu-vien-anh/album");
  await expect(nav.getByRole("link", { name: "Thư viện ảnh" })).toHaveAttribute("aria-current", "page");
  await page.goto("/quan-tri/ca-nhan");
  await expect(nav.locator("[aria-current]")).toHaveCount(0);
  await context.close();
});

test("on a phone the report's form shows only the fields of the chosen kind of period, and the log leaves out a detail it does not have", async ({ browser, db }) => {
  const context = await browser.newContext(PHONE);
  const page = await context.newPage();
  await signIn(page, await createAccount("admin", db));
  await page.goto("/quan-tri/thong-ke");
  const form = page.getByRole("form", { name: "Chọn kỳ báo cáo" });
  // A label holding its list is named with the list's choice too ("Quý Quý hiện tại"): matched by its start.
  const field = (name: string) => form.getByLabel(new RegExp(`^${name}`));
  const periodFields = ["Năm", "Quý", "6 tháng", "Tháng", "Từ ngày", "Đến ngày"];
  const shownFor: Record<string, string[]> = { nam: ["Năm"], quy: ["Năm", "Quý"], "nua-nam": ["Năm", "6 tháng"], thang: ["Năm", "Tháng"], khoang: ["Từ ngày", "Đến ngày"] };
  for (const [kind, shown] of Object.entries(shownFor)) {
    await field("Kỳ báo cáo").selectOption(kind);
    for (const name of periodFields) {
      if (shown.includes(name)) await expect(field(name), `${name} for ${kind}`).toBeVisible();
      else await expect(field(name), `${name} for ${kind}`).toBeHidden();
    }
  }
  // What shows is what is read: a range of days, kept in the form after the report opens.
  await field("Từ ngày").fill("01/01/2026");
  await field("Đến ngày").fill("31/03/2026");
  await form.getByRole("button", { name: "Xem báo cáo" }).click();
  await expect(page).toHaveURL(/ky=khoang/);
  await expect(field("Từ ngày")).toHaveValue("01/01/2026");
  await expect(field("Quý")).toBeHidden();

  const withDetail = `Bài: có chi tiết ${Date.now()}`;
  const without = `Bài: không có chi tiết ${Date.now()}`;
  await writeTransaction(db, (tx) => recordAudit(tx, { actorId: null, actorName: "Máy kiểm thử", action: "article-publish", target: withDetail, detail: "Đăng lại sau khi sửa", ip: "::1", at: new Date() }));
  await writeTransaction(db, (tx) => recordAudit(tx, { actorId: null, actorName: "Máy kiểm thử", action: "article-publish", target: without, detail: "", ip: "::1", at: new Date() }));
  await page.goto("/quan-tri/nhat-ky");
  await expect(page.getByRole("row").filter({ hasText: withDetail }).getByText("Chi tiết", { exact: true })).toBeVisible();
  await expect(page.getByRole("row").filter({ hasText: without }).getByText("Người làm", { exact: true })).toBeVisible();
  await expect(page.getByRole("row").filter({ hasText: without }).getByText("Chi tiết", { exact: true })).toBeHidden();
  await context.close();
});

test("on a phone the article list's category, unit and author lists fold under one line, open while one is in use, and show from a tablet up", async ({ browser, db }) => {
  const context = await browser.newContext(PHONE);
  const page = await context.newPage();
  await signIn(page, await createAccount("editor", db));
  await page.goto("/quan-tri");
  const bar = page.getByRole("search", { name: "Tìm và lọc bài viết" });
  const more = bar.getByText(/^Lọc theo chuyên mục, đơn vị, tác giả/);
  await expect(bar.getByLabel("Tìm theo tiêu đề")).toBeVisible();
  await expect(bar.getByRole("button", { name: "Lọc" })).toBeVisible();
  for (const label of ["Chuyên mục", "Đơn vị", "Tác giả"]) await expect(bar.getByLabel(label)).toBeHidden();
  // The first article's title is on the first screen, with room to read its row (it was about 230 px lower).
  const firstArticle = page.getByRole("table").getByRole("link").first();
  expect((await firstArticle.boundingBox())?.y ?? Infinity).toBeLessThan(844 - 300);

  await more.click();
  const [unit] = await db.select({ id: units.id }).from(units).where(eq(units.slug, "cong-doan-vien-chuc-tinh"));
  await bar.getByLabel("Đơn vị").selectOption(String(unit?.id));
  await bar.getByRole("button", { name: "Lọc" }).click();
  await expect(page).toHaveURL(new RegExp(`[?&]don-vi=${unit?.id}(&|$)`));
  // The list in use stays in sight, and the fold says how many are set.
  await expect(bar.getByLabel("Đơn vị")).toBeVisible();
  await expect(more).toContainText("(1 điều kiện)");
  // What the filter found is counted above the list, not after twenty articles.
  const count = page.getByTestId("tong-so");
  await expect(count).toHaveText(/^Tổng số: \d+ \| Trang: 1 trên tổng số \d+ trang$/);
  expect((await count.boundingBox())?.y ?? Infinity).toBeLessThan((await firstArticle.boundingBox())?.y ?? 0);
  expect(await sidewaysOverflow(page)).toBeLessThanOrEqual(0);

  // From a tablet up there is room: every list shows, side by side, and there is nothing to unfold (beside
  // the title box, or under it when the lists of the shared test site's long names are wider than what is left).
  await page.setViewportSize({ width: 1024, height: 768 });
  await page.goto("/quan-tri");
  for (const label of ["Chuyên mục", "Đơn vị", "Tác giả"]) await expect(bar.getByLabel(label)).toBeVisible();
  await expect(more).toBeHidden();
  const tops = await bar.locator("select").evaluateAll((lists) => lists.map((list) => Math.round(list.getBoundingClientRect().top)));
  expect(tops).toEqual([tops[0], tops[0], tops[0]]);
  await context.close();
});

test("on a phone the log's filters fold under one line with their button, open while one is in use, and show from a tablet up", async ({ browser, db }) => {
  const context = await browser.newContext(PHONE);
  const page = await context.newPage();
  await signIn(page, await createAccount("admin", db));
  await page.goto("/quan-tri/nhat-ky");
  const bar = page.getByRole("search", { name: "Lọc nhật ký" });
  const more = bar.getByText(/^Lọc theo thao tác, ngày/);
  await expect(more).toBeVisible();
  for (const label of ["Thao tác", "Từ ngày", "Đến ngày"]) await expect(bar.getByLabel(label)).toBeHidden();
  await expect(bar.getByRole("button", { name: "Lọc" })).toBeHidden();
  // The count and the first entries are on the first screen (the count was at about 410 px).
  expect((await page.getByTestId("tong-so").boundingBox())?.y ?? Infinity).toBeLessThan(844 / 3);

  // A day that does not exist is said, and the field holding it is in sight to mend.
  await page.goto("/quan-tri/nhat-ky?tu=31/02/2026");
  await expect(page.getByRole("alert").filter({ hasText: "Nhật ký dưới đây chưa lọc theo ngày đó" })).toBeVisible();
  await expect(bar.getByLabel("Từ ngày")).toHaveValue("31/02/2026");
  await expect(more).toContainText("(1 điều kiện)");
  await expect(bar.getByRole("button", { name: "Lọc" })).toBeVisible();
  expect(await sidewaysOverflow(page)).toBeLessThanOrEqual(0);

  await page.setViewportSize({ width: 1366, height: 900 });
  await page.goto("/quan-tri/nhat-ky");
  for (const label of ["Thao tác", "Từ ngày", "Đến ngày"]) await expect(bar.getByLabel(label)).toBeVisible();
  await expect(more).toBeHidden();
  await context.close();
});

test("on a phone the accounts, units and categories open on their lists: the forms to add one, the filters and each row's fields fold under a line each", async ({ browser, db }) => {
  const context = await browser.newContext(PHONE);
  const page = await context.newPage();
  const admin = await createAccount("admin", db);
  await signIn(page, admin);

  await page.goto("/quan-tri/tai-khoan");
  const create = page.getByText("+ Tạo tài khoản", { exact: true });
  await expect(create).toBeVisible();
  await expect(page.getByLabel("Tên đăng nhập")).toBeHidden();
  const bar = page.getByRole("search", { name: "Lọc tài khoản" });
  await expect(bar.getByText(/^Lọc theo vai trò, đơn vị, trạng thái/)).toBeVisible();
  for (const label of ["Vai trò", "Đơn vị", "Trạng thái"]) await expect(bar.getByLabel(label)).toBeHidden();
  // Two accounts are on the first screen (the first was at about 920 px, under the form and the filters).
  const secondRow = page.getByRole("table").getByRole("row").nth(2);
  expect((await secondRow.boundingBox())?.y ?? Infinity).toBeLessThan(844 - 200);
  // A row's fields and buttons fold under one line that says what they do; the admin's own row offers no disabling.
  const own = page.getByRole("row").filter({ hasText: admin.username });
  const ownFold = own.getByText(/^Sửa, đặt lại mật khẩu/);
  await expect(ownFold).toHaveText(`Sửa, đặt lại mật khẩu… tài khoản ${admin.username}`);
  await expect(own.getByRole("button", { name: "Lưu" })).toBeHidden();
  await ownFold.click();
  await own.getByLabel("Họ và tên").fill(`Quản trị trên điện thoại ${admin.id}`);
  await own.getByRole("button", { name: "Lưu" }).click();
  await expect(own.getByRole("cell").first()).toContainText(`Quản trị trên điện thoại ${admin.id}`);

  // The form to add an account unfolds under its button and works there.
  const username = `dienthoai${Date.now()}`;
  await create.click();
  await page.getByLabel("Tên đăng nhập").fill(username);
  await page.getByLabel("Họ và tên").first().fill("Người dùng tạo trên điện thoại");
  await page.getByRole("button", { name: "Tạo tài khoản", exact: true }).click();
  await expect(page.getByTestId("mat-khau-ban-dau")).toBeVisible();
  expect(await db.select({ id: users.id }).from(users).where(eq(users.username, username))).toHaveLength(1);
  expect(await sidewaysOverflow(page)).toBeLessThanOrEqual(0);

  await page.goto("/quan-tri/don-vi");
  await expect(page.getByText("+ Thêm đơn vị", { exact: true })).toBeVisible();
  await expect(page.getByLabel("Tên đơn vị")).toBeHidden();
  // Each unit shows its name on the line that unfolds its fields.
  const firstUnit = page.getByTestId("unit-row").first();
  const firstName = await firstUnit.locator("summary > span").first().innerText();
  expect(firstName.length).toBeGreaterThan(0);
  await expect(firstUnit.getByLabel("Tên", { exact: true })).toBeHidden();
  // Two units are on the first screen (the first unit's box alone was about 700 px).
  expect((await page.getByTestId("unit-row").nth(1).boundingBox())?.y ?? Infinity).toBeLessThan(844 - 200);
  await firstUnit.getByText("Sửa", { exact: true }).click();
  await expect(firstUnit.getByLabel("Tên", { exact: true })).toHaveValue(firstName);
  expect(await sidewaysOverflow(page)).toBeLessThanOrEqual(0);

  await page.goto("/quan-tri/chuyen-muc");
  await expect(page.getByText("+ Thêm chuyên mục", { exact: true })).toBeVisible();
  await expect(page.getByLabel("Tên chuyên mục")).toBeHidden();
  await expect(page.getByTestId("category-row").first().getByLabel("Tên", { exact: true })).toBeHidden();

  // From a tablet up everything shows, with nothing to unfold.
  await page.setViewportSize({ width: 1024, height: 768 });
  await page.goto("/quan-tri/tai-khoan");
  await expect(page.getByLabel("Tên đăng nhập")).toBeVisible();
  await expect(create).toBeHidden();
  await expect(own.getByRole("button", { name: "Lưu" })).toBeVisible();
  await expect(ownFold).toBeHidden();
  await page.goto("/quan-tri/don-vi");
  await expect(page.getByLabel("Tên đơn vị")).toBeVisible();
  await expect(firstUnit.getByLabel("Tên", { exact: true })).toBeVisible();
  await expect(firstUnit.getByText("Sửa", { exact: true })).toBeHidden();
  await context.close();
});

test("on a phone every filter bar of the workspace is one column of fields as wide as the bar, and on a desktop fields of one height", async ({ browser, db }) => {
  const context = await browser.newContext(PHONE);
  const page = await context.newPage();
  await signIn(page, await createAccount("admin", db));
  const bars = [["/quan-tri", "Tìm và lọc bài viết"], ["/quan-tri/van-ban", "Tìm văn bản"], ["/quan-tri/thu-vien-anh", "Tìm ảnh"], ["/quan-tri/tai-khoan", "Lọc tài khoản"], ["/quan-tri/nhat-ky", "Lọc nhật ký"]] as const;
  for (const [path, bar] of bars) {
    await page.goto(path);
    const widths = await page.getByRole("search", { name: bar }).evaluate((form) => {
      // The lists a phone folds are measured unfolded.
      for (const fold of form.querySelectorAll("details")) fold.open = true;
      const style = getComputedStyle(form);
      const inside = form.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
      const fields = [...form.querySelectorAll<HTMLElement>("input:not([type=hidden]), select")];
      return { inside: Math.round(inside), fields: fields.map((field) => `${field.getAttribute("name")} ${Math.round(field.getBoundingClientRect().width)}`) };
    });
    expect(widths.fields.length, path).toBeGreaterThan(0);
    expect(widths.fields, path).toEqual(widths.fields.map((field) => `${field.split(" ")[0]} ${widths.inside}`));
  }
  await page.setViewportSize({ width: 1366, height: 900 });
  for (const [path, bar] of bars) {
    await page.goto(path);
    // One height; not always one line: a list of long unit names can be wider than what is left of it.
    const heights = await page.getByRole("search", { name: bar }).locator("input:not([type=hidden]), select").evaluateAll((fields) => fields.map((field) => Math.round(field.getBoundingClientRect().height)));
    expect(heights, path).toEqual(heights.map(() => 40));
  }
  await context.close();
});

test("on a phone a long title and sapo show whole: their boxes grow with the text as it is typed, up to a limit", async ({ browser, db }) => {
  const context = await browser.newContext(PHONE);
  const page = await context.newPage();
  await signIn(page, await createAccount("editor", db));
  await page.goto("/quan-tri/bai-viet/moi");
  const title = page.getByLabel("Tiêu đề", { exact: true });
  const summary = page.getByLabel("Tóm tắt (sapo)");
  const hidden = (box: Locator) => box.evaluate((area: HTMLTextAreaElement) => area.scrollHeight - area.clientHeight);
  const height = (box: Locator) => box.evaluate((area) => area.getBoundingClientRect().height);
  // Empty, each keeps its lines to write in: two for the title, three for the sapo.
  const emptyTitle = await height(title);
  expect(await height(summary)).toBeGreaterThan(emptyTitle * 0.9);

  await title.fill("Công đoàn Viên chức tỉnh tổ chức Hội thao công nhân viên chức, lao động khối cơ quan tỉnh chào mừng ngày Giải phóng miền Nam 30/4 và Quốc tế Lao động 1/5");
  await summary.pressSequentially("Trong hai ngày 20 và 21/4, hơn 400 vận động viên của 36 công đoàn cơ sở tranh tài ở sáu môn: bóng đá, bóng chuyền, cầu lông, bóng bàn, kéo co và cờ tướng.");
  expect(await hidden(title)).toBeLessThanOrEqual(1);
  expect(await hidden(summary)).toBeLessThanOrEqual(1);
  expect(await height(title)).toBeGreaterThan(emptyTitle * 1.8);

  // A text far longer than any sapo stops growing at the limit and scrolls inside it.
  await summary.fill("Đoạn rất dài. ".repeat(400));
  expect(await height(summary)).toBeLessThanOrEqual(386);
  expect(await hidden(summary)).toBeGreaterThan(0);
  await context.close();
});
