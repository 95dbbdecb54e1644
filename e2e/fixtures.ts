import { test as base, expect, type Page } from "@playwright/test";
import { eq } from "drizzle-orm";
import { openDatabase, type Database, closeDatabase } from "@/db/client";
import { categories, units, users } from "@/db/schema";
import { hashPassword } from "@/server/password";
import { e2eDatabaseLocation } from "../playwright.config";
import { writeTransaction } from "@/db/transaction";
import { onlyRow } from "@/db/sql";

export type Role = "admin" | "editor" | "contributor";
export type Account = { id: number; username: string; password: string; displayName: string; role: Role };

const roleNames: Record<Role, string> = { admin: "Quản trị", editor: "Biên tập", contributor: "Cộng tác" };
let counter = 0;

/** The test's own connection to the server's database, to make its data and check what was stored. */
export function e2eDatabase(): Database {
  return openDatabase(e2eDatabaseLocation);
}

/** A fresh account of this role, so tests never depend on each other's sign-ins or lock-outs. */
export async function createAccount(role: Role, db: Database = e2eDatabase()): Promise<Account> {
  const suffix = `${process.pid}${Date.now().toString(36)}${++counter}`;
  const unit = (await db.select().from(units).where(eq(units.slug, "cong-doan-vien-chuc-tinh")).limit(1))[0];
  const account = { username: `e2e${role}${suffix}`, password: `Mat-khau-${suffix}`, displayName: `${roleNames[role]} Thử ${suffix}`, role };
  const passwordHash = await hashPassword(account.password);
  const row = onlyRow(
    await writeTransaction(db, (tx) =>
      tx
        .insert(users)
        .values({ username: account.username, displayName: account.displayName, role, unitId: unit?.id ?? null, passwordHash })
        .returning({ id: users.id }),
    ),
  );
  return { ...account, id: row.id };
}

export async function signIn(page: Page, account: Account, returnTo = "/quan-tri") {
  await page.goto(`/dang-nhap?callbackUrl=${encodeURIComponent(returnTo)}`);
  await page.getByLabel("Tên đăng nhập").fill(account.username);
  await page.getByLabel("Mật khẩu").fill(account.password);
  await page.getByRole("button", { name: "Đăng nhập" }).click();
  await expect(page).toHaveURL(new RegExp(`${returnTo.replace(/[?]/g, "\\?")}$`));
}

export const test = base.extend<{ loginAs: (role: Role) => Promise<Account>; db: Database }>({
  db: async ({}, provide) => {
    const db = e2eDatabase();
    await provide(db);
    await closeDatabase(db);
  },
  loginAs: async ({ page, db }, provide) => {
    await provide(async (role) => {
      const account = await createAccount(role, db);
      await signIn(page, account);
      return account;
    });
  },
});

export { expect };

export async function firstCategoryId(db: Database): Promise<number> {
  return (await db.select().from(categories).limit(1))[0]?.id ?? 0;
}

/** Types an instant into the editor's publish time as an editor in Vietnam would: dd/mm/yyyy and HH:mm:ss. */
export async function typePublishTime(page: Page, at: Date) {
  const wallClock = new Date(at.getTime() + 7 * 3_600_000).toISOString();
  const [year, month, day] = wallClock.slice(0, 10).split("-");
  const group = page.getByRole("group", { name: "Thời gian đăng (giờ Việt Nam)" });
  await group.getByLabel("Ngày").fill(`${day}/${month}/${year}`);
  await group.getByLabel("Giờ").fill(wallClock.slice(11, 19));
}

/** Says yes in the workspace's styled question (components/ui/confirm-dialog.tsx), which replaced the browser's confirm box. */
export async function answerYes(page: Page, confirmLabel: string) {
  const button = page.getByRole("dialog").getByRole("button", { name: confirmLabel, exact: true });
  await button.click();
  await expect(button).toBeHidden();
}

/**
 * Waits until the editor's save has reached the server and come back. "Có thay đổi chưa lưu" is gone as soon
 * as a save starts ("Đang lưu…" takes its place), so waiting for that alone lets the next step race the save.
 */
export async function expectSaveFinished(page: Page) {
  await expect(page.getByText("Đang lưu…")).toHaveCount(0);
  await expect(page.getByText("Có thay đổi chưa lưu")).toHaveCount(0);
  await expect(page.getByText(/^Đã lưu lúc/)).toBeVisible();
}
