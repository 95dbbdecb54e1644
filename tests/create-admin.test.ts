import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { eq } from "drizzle-orm";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { openDatabase, closeDatabase } from "@/db/client";
import { users } from "@/db/schema";
import { verifyPassword } from "@/server/password";

let dir: string;
beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "ban-tin-admin-"));
});
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

function run(...args: string[]) {
  const file = path.join(dir, "db.sqlite");
  try {
    const output = execFileSync("npx", ["tsx", "scripts/create-admin.ts", ...args], { env: { ...process.env, DATABASE_PATH: file, DEMO_SEED: "0" }, encoding: "utf8", stdio: "pipe" });
    return { ok: true, output, file };
  } catch (error) {
    return { ok: false, output: String((error as { stderr?: string }).stderr), file };
  }
}

describe("npm run admin:create", () => {
  it("creates the first administrator of an empty database from flags", async () => {
    const result = run("--username", "QuanTri.Tinh", "--name", "Nguyễn Thị Lan", "--password", "Hoa-Sen-No-2026");
    expect(result.ok).toBe(true);
    const db = openDatabase(result.file);
    const admin = (await db.select().from(users).where(eq(users.username, "quantri.tinh")).limit(1))[0];
    await closeDatabase(db);
    expect(admin).toMatchObject({ role: "admin", displayName: "Nguyễn Thị Lan", isActive: true });
    expect(await verifyPassword(admin?.passwordHash ?? "", "Hoa-Sen-No-2026")).toBe(true);
  }, 30_000);

  it("refuses a weak password with the reason", () => {
    const result = run("--username", "quantri2", "--name", "A", "--password", "1234567890");
    expect(result.ok).toBe(false);
    expect(result.output).toContain("Mật khẩu này quá phổ biến");
  }, 30_000);
});
