// PostgreSQL restarted while an editor saves (issue 15): the save answers "thử lại", the text
// stays on the page, nothing acknowledged before is lost, and the same button saves once the
// database is back. The journey has a PostgreSQL server of its own, since stopping the run's
// server would stop every other journey; it runs on the PostgreSQL run only (playwright.config.ts),
// where this process reads and writes with PostgreSQL's tables.
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import { eq } from "drizzle-orm";
import { closeDatabase, openDatabase, type Database } from "@/db/client";
import { articles } from "@/db/schema";
import { freshPostgresDatabase } from "./fresh-postgres";
import { createAccount, expect, expectSaveFinished, signIn, test, type Account } from "./fixtures";
import { ownPort, startOwnServer, type OwnServer } from "./own-server";

const port = ownPort("database-restart");
// Beside the run's PostgreSQL ports (25432–25435), apart for each E2E_PORT like the app's port.
const databasePort = port + 22_300;
const serverName = `restart-${port}`;
const postgresServer = (command: "start" | "stop" | "stop-fast") =>
  execFileSync("bash", ["scripts/postgres-server.sh", command, serverName, String(databasePort)], { encoding: "utf8" }).trim();

let server: OwnServer;
let db: Database;
let editor: Account;

test.describe.configure({ mode: "serial" });

test.beforeAll(async ({}, testInfo) => {
  test.setTimeout(180_000);
  const url = new URL(postgresServer("start").split("\n").at(-1) ?? "");
  url.pathname = "/ban_tin_restart";
  const location = await freshPostgresDatabase(url.toString());
  const dataDir = testInfo.outputPath("server");
  fs.rmSync(dataDir, { recursive: true, force: true });
  server = await startOwnServer({ port, dataDir, database: { location, env: { DATABASE_URL: location } } });
  db = openDatabase(location);
  editor = await createAccount("editor", db);
});

test.afterAll(async () => {
  if (db) await closeDatabase(db);
  await server?.stop();
  postgresServer("stop");
});

const titled = async (title: string) => db.select({ id: articles.id, title: articles.title, summary: articles.summary }).from(articles).where(eq(articles.title, title));

test("a save while PostgreSQL restarts says to try again, keeps the text, loses nothing saved, and saves once it is back", async ({ browser }) => {
  const context = await browser.newContext({ baseURL: server.baseURL });
  const page = await context.newPage();
  await signIn(page, editor, "/quan-tri/bai-viet/moi");
  const stamp = Date.now();
  const saved = `Hội nghị người lao động đã lưu ${stamp}`;
  await page.getByLabel("Tiêu đề", { exact: true }).fill(saved);
  await page.getByLabel("Tóm tắt (sapo)").fill("Bản đã lưu trước khi máy chủ dữ liệu khởi động lại.");
  await page.getByRole("button", { name: "Lưu nháp" }).click();
  await expect(page).toHaveURL(/\/quan-tri\/bai-viet\/\d+$/);
  await expect(page.getByText("Có thay đổi chưa lưu")).toHaveCount(0);
  const [acknowledged] = await titled(saved);
  expect(acknowledged).toBeDefined();

  // The database goes away as a restart takes it: every session is cut, and it does not answer.
  postgresServer("stop-fast");
  const edited = `Hội nghị người lao động sửa lúc máy chủ dữ liệu khởi động lại ${stamp}`;
  await page.getByLabel("Tiêu đề", { exact: true }).fill(edited);
  await page.getByLabel("Tóm tắt (sapo)").fill("Sửa trong lúc máy chủ dữ liệu không trả lời.");
  await page.getByRole("button", { name: "Lưu nháp" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "Chưa lưu được" })).toHaveText(
    "Chưa lưu được vì máy chủ dữ liệu đang khởi động lại hoặc tạm thời không trả lời. Nội dung bạn nhập vẫn còn trên trang: hãy thử lại sau ít giây.",
  );
  await expect(page.getByLabel("Tiêu đề", { exact: true })).toHaveValue(edited);
  await expect(page.getByLabel("Tóm tắt (sapo)")).toHaveValue("Sửa trong lúc máy chủ dữ liệu không trả lời.");
  await expect(page.getByText("Có thay đổi chưa lưu")).toBeVisible();

  // Back: what was acknowledged is there as it was, and the same button saves the edit.
  postgresServer("start");
  expect(await titled(saved)).toEqual([acknowledged]);
  await page.getByRole("button", { name: "Lưu nháp" }).click();
  await expectSaveFinished(page);
  await expect(page.getByRole("alert").filter({ hasText: "Chưa lưu được" })).toHaveCount(0);
  expect(await titled(edited)).toEqual([{ id: acknowledged?.id, title: edited, summary: "Sửa trong lúc máy chủ dữ liệu không trả lời." }]);
  await page.reload();
  await expect(page.getByLabel("Tiêu đề", { exact: true })).toHaveValue(edited);
  await context.close();
});
