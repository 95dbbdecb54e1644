import type { Page, Request } from "@playwright/test";
import { eq } from "drizzle-orm";
import type { Database } from "@/db/client";
import { articles } from "@/db/schema";
import { expect, test } from "./fixtures";

// Editors often write on a phone and switch to Zalo to copy a caption, then come back: the page
// is hidden, saves what it has, and must carry on from that save as if nothing happened.

/**
 * Headless Chromium keeps every page "visible": a second page brought to the front, a minimised
 * window, and CDP's Page.setWebLifecycleState and Target.activateTarget all leave
 * document.visibilityState alone (tried with Chromium 156). So the switch is played the way the
 * browser plays it: the state changes, then `visibilitychange` fires on the document.
 */
async function switchTab(page: Page, state: "hidden" | "visible") {
  await page.evaluate((next) => {
    Object.defineProperty(document, "visibilityState", { configurable: true, get: () => next });
    Object.defineProperty(document, "hidden", { configurable: true, get: () => next === "hidden" });
    document.dispatchEvent(new Event("visibilitychange"));
  }, state);
}

/** Every save the page sends: the editor's server action, or the autosave route used on leaving. */
function recordSaves(page: Page): Request[] {
  const saves: Request[] = [];
  page.on("request", (request) => {
    if (request.method() !== "POST") return;
    if (request.url().endsWith("/api/bai-viet/tu-dong-luu") || request.headers()["next-action"]) saves.push(request);
  });
  return saves;
}

const isEditorSave = (request: Request) => request.method() === "POST" && Boolean(request.headers()["next-action"]);

async function articlesTitled(db: Database, title: string) {
  return await db.select().from(articles).where(eq(articles.title, title));
}

async function articleById(db: Database, id: number) {
  return (await db.select().from(articles).where(eq(articles.id, id)).limit(1))[0];
}

const conflictHeading = (page: Page) => page.getByRole("heading", { name: "Có người khác vừa lưu bài này" });

test("switching to another app and back saves once, and the autosave after it follows on without a conflict", async ({ page, loginAs, db }) => {
  await loginAs("editor");
  await page.goto("/quan-tri/bai-viet/moi");
  const title = `Bài sửa trên điện thoại ${Date.now()}`;
  await page.getByLabel("Tiêu đề", { exact: true }).fill(title);
  await page.getByRole("button", { name: "Lưu nháp" }).click();
  await expect(page).toHaveURL(/\/quan-tri\/bai-viet\/\d+$/);
  const id = Number(new URL(page.url()).pathname.split("/").pop());
  await page.goto(`/quan-tri/bai-viet/${id}`);
  const versionBefore = (await articleById(db, id))?.version ?? 0;
  const saves = recordSaves(page);

  const body = page.getByRole("textbox", { name: "Nội dung" });
  await body.click();
  await body.pressSequentially("Đoạn viết trước khi sang Zalo.");
  await switchTab(page, "hidden");
  await expect.poll(async () => (await articleById(db, id))?.bodyHtml).toContain("Đoạn viết trước khi sang Zalo.");
  // Hidden again and again (the phone's lock screen, a notification) with nothing new: no save.
  await switchTab(page, "visible");
  await switchTab(page, "hidden");
  await switchTab(page, "visible");

  await body.press("End");
  // Put in at once, as a phone's keyboard puts a word: typed key by key, a slow machine's pause
  // longer than the autosave's wait made two autosaves where the test counts one.
  await page.keyboard.insertText(" Đoạn viết sau khi quay lại.");
  await expect.poll(async () => (await articleById(db, id))?.bodyHtml, { timeout: 15_000 }).toContain("Đoạn viết sau khi quay lại.");
  await expect(page.getByText("Có thay đổi chưa lưu")).toHaveCount(0);
  await expect(conflictHeading(page)).toHaveCount(0);
  // One save on leaving, and the autosave after coming back.
  expect(saves.filter((save) => save.url().endsWith("/api/bai-viet/tu-dong-luu"))).toHaveLength(1);
  expect((await articleById(db, id))?.version).toBe(versionBefore + saves.length);
  expect(await articlesTitled(db, title)).toHaveLength(1);
});

test("a new article left before its first autosave becomes one draft, not two", async ({ page, loginAs, db }) => {
  await loginAs("contributor");
  await page.goto("/quan-tri/bai-viet/moi");
  const title = `Tin viết dở rồi chuyển ứng dụng ${Date.now()}`;
  await page.getByLabel("Tiêu đề", { exact: true }).fill(title);
  const body = page.getByRole("textbox", { name: "Nội dung" });
  await body.click();
  await body.pressSequentially("Mở đầu bản tin.");
  await switchTab(page, "hidden");
  await expect.poll(async () => await articlesTitled(db, title)).toHaveLength(1);
  const id = (await articlesTitled(db, title))[0]?.id;
  await expect(page).toHaveURL(new RegExp(`/quan-tri/bai-viet/${id}$`));

  await switchTab(page, "visible");
  await body.press("End");
  await body.pressSequentially(" Phần viết tiếp.");
  await expect(page.getByText(/^Đã tự động lưu lúc/)).toBeVisible({ timeout: 15_000 });
  await expect(conflictHeading(page)).toHaveCount(0);
  const stored = await articlesTitled(db, title);
  expect(stored).toHaveLength(1);
  expect(stored[0]?.bodyHtml).toContain("Phần viết tiếp.");
  await expect(page).toHaveURL(new RegExp(`/quan-tri/bai-viet/${id}$`));
});

test("publishing while an autosave is on its way waits for it, and then publishes", async ({ page, loginAs, db }) => {
  await loginAs("editor");
  await page.goto("/quan-tri/bai-viet/moi");
  const title = `Tin xuất bản ngay sau tự động lưu ${Date.now()}`;
  // A slow mobile network: each save takes two seconds to reach the server.
  await page.route("**/quan-tri/bai-viet/**", async (route) => {
    if (isEditorSave(route.request())) await new Promise((resolve) => setTimeout(resolve, 2_000));
    await route.continue();
  });
  const autosaveSent = page.waitForRequest((request) => isEditorSave(request) && (request.postData() ?? "").includes("autosave"));
  await page.getByLabel("Tiêu đề", { exact: true }).fill(title);
  await autosaveSent;
  await page.getByRole("button", { name: "Xuất bản" }).click();
  await expect(page.getByText("Đã xuất bản.")).toBeVisible({ timeout: 15_000 });
  await expect(conflictHeading(page)).toHaveCount(0);
  const stored = await articlesTitled(db, title);
  expect(stored).toHaveLength(1);
  expect(stored[0]?.status).toBe("published");
});

test("a save while the network is down says why, keeps the text, and saves by itself once it is back", async ({ page, loginAs, db }) => {
  await loginAs("contributor");
  await page.goto("/quan-tri/bai-viet/moi");
  const title = `Tin viết lúc mất mạng ${Date.now()}`;
  await page.route("**/quan-tri/bai-viet/**", (route) => (isEditorSave(route.request()) ? route.abort("internetdisconnected") : route.continue()));
  await page.getByLabel("Tiêu đề", { exact: true }).fill(title);
  await page.getByLabel("Tóm tắt (sapo)").fill("Viết trên xe, sóng chập chờn.");
  await page.getByRole("button", { name: "Lưu nháp" }).click();

  const offline = page.getByRole("alert").filter({ hasText: "Chưa lưu được" });
  await expect(offline).toHaveText(
    "Chưa lưu được vì mất kết nối hoặc máy chủ không nhận yêu cầu. Nội dung vẫn còn trên trang: hãy kiểm tra mạng rồi bấm Lưu lần nữa.",
  );
  await expect(page.getByLabel("Tiêu đề", { exact: true })).toHaveValue(title);
  await expect(page.getByLabel("Tóm tắt (sapo)")).toHaveValue("Viết trên xe, sóng chập chờn.");
  await expect(page.getByText("Có thay đổi chưa lưu")).toBeVisible();
  expect(await articlesTitled(db, title)).toHaveLength(0);

  await page.unroute("**/quan-tri/bai-viet/**");
  await expect(page.getByText(/^Đã tự động lưu lúc/)).toBeVisible({ timeout: 20_000 });
  await expect(offline).toHaveCount(0);
  await expect(page).toHaveURL(/\/quan-tri\/bai-viet\/\d+$/);
  const stored = await articlesTitled(db, title);
  expect(stored).toHaveLength(1);
  expect(stored[0]?.summary).toBe("Viết trên xe, sóng chập chờn.");
});

test("an article over 2 MB is refused in the editor with its size, and nothing is sent", async ({ page, loginAs, db }) => {
  await loginAs("editor");
  await page.goto("/quan-tri/bai-viet/moi");
  const saves = recordSaves(page);
  const title = `Bài dán cả danh sách liên kết ${Date.now()}`;
  await page.getByLabel("Tiêu đề", { exact: true }).fill(title);
  const body = page.getByRole("textbox", { name: "Nội dung" });
  await body.click();
  // Pasted from a chat: a thousand links, each with a tracking address of about 2 KB, 2.2 MB in
  // all. (Long paragraphs of text would make the same point, but Chromium takes minutes to lay
  // out two megabytes of pasted words.)
  await body.evaluate((element) => {
    const tracking = `&fbclid=${"IwAR3x".repeat(360)}`;
    const links = Array.from({ length: 1_000 }, (_, i) => `<p>Kỳ ${i + 1}: <a href="https://congdoan.example.vn/tin-tuc/bai-${i}?utm_source=zalo${tracking}">xem bài gốc</a></p>`);
    const clipboardData = new DataTransfer();
    clipboardData.setData("text/html", links.join(""));
    element.dispatchEvent(new ClipboardEvent("paste", { clipboardData, bubbles: true, cancelable: true }));
  });
  await page.getByRole("button", { name: "Lưu nháp" }).click();

  await expect(body).toHaveAccessibleDescription(/^Bài nặng 2,\d MB, vượt quá giới hạn 2 MB của một lần lưu/);
  await expect(page.getByRole("alert").filter({ hasText: "Bài chưa lưu được" })).toBeVisible();
  // The autosave that follows the paste is refused the same way.
  await page.waitForTimeout(4_000);
  expect(saves).toHaveLength(0);
  expect(await articlesTitled(db, title)).toHaveLength(0);
  await expect(page.getByText("Có thay đổi chưa lưu")).toBeVisible();
  await expect(body.getByRole("link", { name: "xem bài gốc" })).toHaveCount(1_000);
});

/** A new draft saved once from the editor, which stays open on it: its id and its title (the words and a stamp). */
async function savedDraft(page: Page, db: Database, words: string) {
  await page.goto("/quan-tri/bai-viet/moi");
  const title = `${words} ${Date.now()}`;
  await page.getByLabel("Tiêu đề", { exact: true }).fill(title);
  await page.getByRole("button", { name: "Lưu nháp" }).click();
  await expect(page).toHaveURL(/\/quan-tri\/bai-viet\/\d+$/);
  return { id: (await articlesTitled(db, title))[0]?.id ?? 0, title };
}

const workspaceLink = (page: Page, name: string) => page.getByRole("navigation", { name: "Quản trị" }).getByRole("link", { name, exact: true });

test("leaving by the workspace's menu right after typing saves first, then goes: the last seconds of typing are kept", async ({ page, loginAs, db }) => {
  await loginAs("contributor");
  const { id } = await savedDraft(page, db, "Tin rời bằng menu");
  const saves = recordSaves(page);

  // Well inside the autosave's three idle seconds, and the menu's links go without reloading the page.
  await page.getByLabel("Tóm tắt (sapo)").fill("Gõ xong là bấm sang mục khác.");
  await workspaceLink(page, "Bài viết").click();
  await expect(page).toHaveURL(/\/quan-tri$/);
  expect((await articleById(db, id))?.summary).toBe("Gõ xong là bấm sang mục khác.");
  expect(saves).toHaveLength(1);

  // Nothing changed since: the next link goes at once, with no save.
  await page.goto(`/quan-tri/bai-viet/${id}`);
  await workspaceLink(page, "Thư viện ảnh").click();
  await expect(page).toHaveURL(/\/quan-tri\/thu-vien-anh/);
  expect(saves).toHaveLength(1);
});

test("a link followed while a save is on its way waits for it, and sends no second save", async ({ page, loginAs, db }) => {
  await loginAs("contributor");
  const { id } = await savedDraft(page, db, "Tin rời trang khi đang lưu");
  const saves = recordSaves(page);
  // A slow mobile network: each save takes two seconds to reach the server.
  await page.route("**/quan-tri/bai-viet/**", async (route) => {
    if (isEditorSave(route.request())) await new Promise((resolve) => setTimeout(resolve, 2_000));
    await route.continue();
  });

  await page.getByLabel("Tóm tắt (sapo)").fill("Bấm lưu rồi xem lịch sử ngay.");
  await page.getByRole("button", { name: "Lưu nháp" }).click();
  await expect(page.getByText("Đang lưu…")).toBeVisible();
  await page.getByRole("link", { name: "Lịch sử các lần lưu" }).click();
  await expect(page).toHaveURL(new RegExp(`/quan-tri/bai-viet/${id}/lich-su$`), { timeout: 15_000 });
  expect(saves).toHaveLength(1);
  expect((await articleById(db, id))?.summary).toBe("Bấm lưu rồi xem lịch sử ngay.");
  await expect(page.getByRole("cell", { name: "#2", exact: true })).toBeVisible();
  await expect(page.getByRole("cell", { name: "#3", exact: true })).toHaveCount(0);
});

test("a save that fails on the way out keeps the editor open with the reason, and the next click saves and goes", async ({ page, loginAs, db }) => {
  await loginAs("contributor");
  const { id } = await savedDraft(page, db, "Tin rời trang lúc mất mạng");
  const editor = page.url();

  await page.route("**/quan-tri/bai-viet/**", (route) => (isEditorSave(route.request()) ? route.abort("internetdisconnected") : route.continue()));
  await page.getByLabel("Tóm tắt (sapo)").fill("Viết xong thì mất sóng.");
  await workspaceLink(page, "Bài viết").click();
  await expect(page.getByRole("alert").filter({ hasText: "Chưa lưu được" })).toBeVisible();
  expect(page.url()).toBe(editor);
  await expect(page.getByLabel("Tóm tắt (sapo)")).toHaveValue("Viết xong thì mất sóng.");
  await expect(page.getByText("Có thay đổi chưa lưu")).toBeVisible();

  await page.unroute("**/quan-tri/bai-viet/**");
  await workspaceLink(page, "Bài viết").click();
  await expect(page).toHaveURL(/\/quan-tri$/);
  expect((await articleById(db, id))?.summary).toBe("Viết xong thì mất sóng.");
});

test("the browser's Back right after typing saves what was typed", async ({ page, loginAs, db }) => {
  await loginAs("contributor");
  const { id, title } = await savedDraft(page, db, "Tin rời bằng nút quay lại");

  // Into the editor from the list without reloading, as an editor does, so Back stays in the app.
  await page.goto("/quan-tri");
  await page.getByRole("link", { name: title }).first().click();
  await expect(page).toHaveURL(new RegExp(`/quan-tri/bai-viet/${id}$`));
  await page.getByLabel("Tóm tắt (sapo)").fill("Bấm quay lại ngay sau khi gõ.");
  await page.goBack();
  await expect(page).toHaveURL(/\/quan-tri$/);
  await expect.poll(async () => (await articleById(db, id))?.summary).toBe("Bấm quay lại ngay sau khi gõ.");
});

test("“Xem trước” right after typing saves first, so the preview shows what was just typed", async ({ page, loginAs, db }) => {
  await loginAs("contributor");
  const { id } = await savedDraft(page, db, "Tin xem trước ngay khi gõ");
  const saves = recordSaves(page);

  await page.getByLabel("Tóm tắt (sapo)").fill("Gõ xong là bấm xem trước.");
  const [preview] = await Promise.all([page.waitForEvent("popup"), page.getByRole("link", { name: "Xem trước", exact: true }).click()]);
  await expect(preview).toHaveURL(new RegExp(`/xem-truoc/${id}$`));
  await expect(preview.getByText("Gõ xong là bấm xem trước.")).toBeVisible();
  expect(saves).toHaveLength(1);
  // The editor stays where it was, saved.
  expect(page.url()).toMatch(new RegExp(`/quan-tri/bai-viet/${id}$`));
  await expect(page.getByText("Có thay đổi chưa lưu")).toHaveCount(0);
});

test("a preview whose save fails is not opened on the old text: its tab closes and the editor says why", async ({ page, loginAs, db }) => {
  await loginAs("contributor");
  await savedDraft(page, db, "Tin xem trước lúc mất mạng");

  await page.route("**/quan-tri/bai-viet/**", (route) => (isEditorSave(route.request()) ? route.abort("internetdisconnected") : route.continue()));
  await page.getByLabel("Tóm tắt (sapo)").fill("Viết xong thì mất sóng.");
  const [shown] = await Promise.all([page.waitForEvent("popup"), page.getByRole("link", { name: "Xem trước", exact: true }).click()]);
  await expect.poll(() => shown.isClosed()).toBe(true);
  await expect(page.getByRole("alert").filter({ hasText: "Chưa lưu được" })).toBeVisible();
  await expect(page.getByLabel("Tóm tắt (sapo)")).toHaveValue("Viết xong thì mất sóng.");
});
