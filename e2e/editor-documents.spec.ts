import { eq } from "drizzle-orm";
import { documentFiles, documents } from "@/db/schema";
import { onePagePdf, pdfWithScript } from "@/tests/pdf-fixtures";
import { expect, test } from "./fixtures";

// The documents register in the workspace: an editor registers a plan with its files and publishes
// it; a contributor proposes one and cannot publish it, even by sending the request by hand.
// Each test registers documents of its own, numbered so that no other run's number is the same.

const program = Buffer.concat([Buffer.from("MZ"), Buffer.alloc(62), Buffer.from("PE\0\0")]);
const uniqueNumber = () => `${Date.now() % 100_000}/KH-LĐLĐ`;

test("an editor registers a plan with its PDF, is warned of a number used twice, publishes it, and a reader finds and downloads it", async ({ page, loginAs, db, browser }) => {
  const number = uniqueNumber();
  // A word no other document has, so the reader's search finds this one.
  const batch = `${Date.now() % 1_000_000}`;
  const abstract = `Kế hoạch tổ chức Tháng Công nhân năm 2026 đợt ${batch}`;
  await loginAs("editor");
  await page.getByRole("navigation", { name: "Quản trị" }).getByRole("link", { name: "Văn bản", exact: true }).click();
  await page.getByRole("link", { name: "Thêm văn bản" }).click();
  await expect(page).toHaveURL(/\/quan-tri\/van-ban\/moi$/);
  await expect(page.getByText("Lưu văn bản một lần để tải tệp đính kèm lên.")).toBeVisible();

  await page.getByLabel("Loại văn bản").selectOption({ label: "Kế hoạch" });
  await page.getByLabel("Cơ quan ban hành", { exact: true }).selectOption({ index: 1 });
  await page.getByLabel("Số/ký hiệu").fill(number);
  await page.getByLabel("Ngày ban hành").fill("21/12/2025");
  await page.getByLabel("Ngày có hiệu lực").fill("01/12/2025");
  await page.getByLabel("Người ký").fill("Nguyễn Văn An");
  await page.getByLabel("Trích yếu").fill(abstract);
  await page.getByRole("button", { name: "Lưu nháp" }).click();
  // The error stands by its field, and nothing typed is lost.
  await expect(page.getByText("Ngày có hiệu lực không thể trước ngày ban hành (21/12/2025).")).toBeVisible();
  await expect(page.getByLabel("Ngày có hiệu lực")).toHaveAttribute("aria-invalid", "true");
  await expect(page.getByLabel("Trích yếu")).toHaveValue(abstract);

  await page.getByLabel("Ngày có hiệu lực").fill("01/01/2026");
  await page.getByRole("button", { name: "Lưu nháp" }).click();
  await expect(page.getByText("Đã lưu văn bản.")).toBeVisible();
  await expect(page).toHaveURL(/\/quan-tri\/van-ban\/\d+$/);
  const documentId = Number(page.url().split("/").pop());

  // Three files chosen at once: the disguised program is refused with its reason; the PDF and a PDF
  // that carries JavaScript are kept (the second is only ever sent as an attachment).
  const fileName = `Kế hoạch ${number.replace("/", "-")}.pdf`;
  await page.getByLabel("Chọn tệp để tải lên").setInputFiles([
    { name: fileName, mimeType: "application/pdf", buffer: onePagePdf() },
    { name: "chuong-trinh.pdf", mimeType: "application/pdf", buffer: program },
    { name: "phu-luc-co-script.pdf", mimeType: "application/pdf", buffer: pdfWithScript() },
  ]);
  await expect(page.getByRole("alert").filter({ hasText: "Tệp “chuong-trinh.pdf” là một chương trình chạy được" })).toBeVisible();
  const files = page.getByRole("list", { name: "Các tệp của văn bản" });
  await expect(files.getByRole("listitem")).toHaveCount(2);
  await expect(files).toContainText(fileName);
  await expect(files).toContainText("phu-luc-co-script.pdf");
  await expect(files).toContainText("PDF");
  const stored = await db.select().from(documentFiles).where(eq(documentFiles.documentId, documentId));
  expect(stored.map((file) => file.kind).sort()).toEqual(["pdf", "pdf"]);
  expect(stored.find((file) => file.fileName === fileName)?.previewKey).not.toBeNull();

  // 25 MB is refused by the route before it is stored.
  const tooBig = await page.request.post(`/api/van-ban/${documentId}/tep`, { multipart: { file: { name: "quet.pdf", mimeType: "application/pdf", buffer: Buffer.concat([onePagePdf(), Buffer.alloc(25 * 1024 * 1024)]) } } });
  expect(tooBig.status()).toBe(413);
  expect((await tooBig.json()).error).toContain("quá giới hạn 20 MB");

  await page.getByRole("button", { name: "Xuất bản" }).click();
  await expect(page.getByText("Đã đăng văn bản.")).toBeVisible();
  await expect(page.getByText("Trạng thái: Đã xuất bản")).toBeVisible();
  expect((await db.select({ status: documents.status }).from(documents).where(eq(documents.id, documentId)))[0]?.status).toBe("published");

  // A reader on a phone types words of the abstract without tone marks, finds the plan, reads its
  // fields and downloads its files, each an attachment under its Vietnamese name.
  const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
  const reader = await context.newPage();
  await reader.goto("/van-ban");
  const box = reader.getByRole("search", { name: "Tra cứu văn bản" }).getByLabel("Số/ký hiệu hoặc từ trong trích yếu");
  await box.fill(`thang cong nhan dot ${batch}`);
  await box.press("Enter");
  await reader.getByRole("link", { name: abstract }).click();
  const fields = reader.getByRole("table");
  await expect(fields).toContainText(number);
  await expect(fields).toContainText("Kế hoạch");
  await expect(fields).toContainText("21/12/2025");
  await expect(fields).toContainText("Nguyễn Văn An");
  const downloads = reader.getByRole("link", { name: /^Tải về PDF/ });
  await expect(downloads).toHaveCount(2);
  const names: string[] = [];
  for (const link of await downloads.all()) {
    const answer = await reader.request.get((await link.getAttribute("href")) ?? "");
    expect(answer.status()).toBe(200);
    expect(answer.headers()["content-type"]).toBe("application/pdf");
    const disposition = answer.headers()["content-disposition"] ?? "";
    expect(disposition).toMatch(/^attachment;/);
    // A Vietnamese name travels in filename* (RFC 5987), beside an ASCII fallback; an ASCII name as it is.
    const utf8Name = /filename\*=UTF-8''([^;]+)/.exec(disposition)?.[1];
    names.push(utf8Name ? decodeURIComponent(utf8Name) : (/filename="?([^";]*)"?/.exec(disposition)?.[1] ?? ""));
    expect((await answer.body()).subarray(0, 5).toString()).toBe("%PDF-");
  }
  expect(names.sort()).toEqual([fileName, "phu-luc-co-script.pdf"].sort());

  // A new address for the published plan: the one readers shared leads to it by a permanent redirect.
  const sharedAddress = new URL(reader.url()).pathname;
  const movedSlug = `ke-hoach-thang-cong-nhan-${batch}`;
  await page.getByLabel("Đường dẫn").fill(movedSlug);
  await page.getByRole("button", { name: "Lưu thay đổi" }).click();
  await expect(page.getByText("Đã lưu văn bản.")).toBeVisible();
  await reader.goto(sharedAddress);
  await expect(reader).toHaveURL(new RegExp(`/van-ban/${movedSlug}$`));
  await expect(reader.getByRole("table")).toContainText(number);
  expect((await reader.request.get(sharedAddress, { maxRedirects: 0 })).status()).toBe(308);
  await context.close();

  // A second plan under the same number in the same year: saved, with a warning.
  await page.goto("/quan-tri/van-ban/moi");
  await page.getByLabel("Loại văn bản").selectOption({ label: "Kế hoạch" });
  await page.getByLabel("Cơ quan ban hành", { exact: true }).selectOption({ index: 1 });
  await page.getByLabel("Số/ký hiệu").fill(number);
  await page.getByLabel("Ngày ban hành").fill("05/03/2025");
  await page.getByLabel("Trích yếu").fill("Kế hoạch kiểm tra an toàn lao động");
  await page.getByRole("button", { name: "Lưu nháp" }).click();
  await expect(page.getByText("Đã lưu văn bản.")).toBeVisible();
  await expect(page.getByText(`Lưu ý: Số ${number} năm 2025 đã có văn bản cùng loại: “${abstract}”.`, { exact: false })).toBeVisible();

  await page.goto(`/quan-tri/van-ban?q=${encodeURIComponent(number)}`);
  await expect(page.getByRole("table").getByRole("link", { name: /Tháng Công nhân/ })).toBeVisible();
  await expect(page.getByRole("table").getByRole("link", { name: /an toàn lao động/ })).toBeVisible();
});

test("a contributor proposes a document and has no way to publish it; the server refuses the request", async ({ page, loginAs, db }) => {
  await loginAs("contributor");
  await page.goto("/quan-tri/van-ban/moi");
  await page.getByLabel("Loại văn bản").selectOption({ label: "Thông báo" });
  await page.getByLabel("Cơ quan ban hành", { exact: true }).selectOption({ label: "Cơ quan khác…" });
  await page.getByLabel("Tên cơ quan ban hành").fill("Ban Chỉ đạo phong trào thi đua");
  await page.getByLabel("Ngày ban hành").fill("10/02/2026");
  await page.getByLabel("Trích yếu").fill(`Thông báo kết quả thi đua quý I ${Date.now()}`);
  await expect(page.getByRole("button", { name: "Xuất bản" })).toHaveCount(0);
  await page.getByRole("button", { name: "Gửi duyệt" }).click();
  await expect(page.getByText("Đã gửi văn bản để biên tập viên duyệt.")).toBeVisible();
  await expect(page.getByText("Trạng thái: Chờ duyệt")).toBeVisible();
  await expect(page.getByRole("button", { name: "Xuất bản" })).toHaveCount(0);
  const documentId = Number(page.url().split("/").pop());

  // The same form, sent to the real action with the publish intent a button would carry.
  await page.getByRole("button", { name: "Lưu nháp" }).evaluate((button) => {
    const forged = button.cloneNode() as HTMLButtonElement;
    forged.value = "publish";
    forged.textContent = "Đăng (giả)";
    button.after(forged);
  });
  await page.getByRole("button", { name: "Đăng (giả)" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "Chỉ biên tập viên và quản trị viên được đăng văn bản." })).toBeVisible();
  expect((await db.select({ status: documents.status }).from(documents).where(eq(documents.id, documentId)))[0]?.status).toBe("pending");
});
