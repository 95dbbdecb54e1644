// `npm run admin:create`: the first administrator of a real deployment (no demo data needed).
// Prompts for what is missing; flags let scripts run it: --username --name --password.
import { describeLocation } from "@/db/dialect";
import { createInterface } from "node:readline/promises";
import { parseArgs } from "node:util";
import { eq } from "drizzle-orm";
import { passwordProblems } from "@/core/password-policy";
import { normaliseUsername } from "@/core/sign-in-throttle";
import { closeDatabase, openDatabase } from "@/db/client";
import { rootUnit } from "@/db/queries/taxonomy";
import { users } from "@/db/schema";
import { writeTransaction } from "@/db/transaction";
import { env } from "@/server/env";
import { hashPassword } from "@/server/password";

const { values } = parseArgs({ options: { username: { type: "string" }, name: { type: "string" }, password: { type: "string" } } });

async function ask(question: string, given: string | undefined): Promise<string> {
  if (given) return given;
  if (!process.stdin.isTTY) throw new Error(`Thiếu ${question} (dùng cờ --username, --name, --password khi chạy không tương tác).`);
  const prompt = createInterface({ input: process.stdin, output: process.stdout });
  const answer = await prompt.question(`${question}: `);
  prompt.close();
  return answer.trim();
}

async function main() {
  const username = normaliseUsername(await ask("Tên đăng nhập", values.username));
  if (!/^[a-z0-9._-]{3,50}$/.test(username)) throw new Error("Tên đăng nhập chỉ gồm chữ không dấu, số, dấu chấm, gạch; 3–50 ký tự.");
  const displayName = await ask("Họ và tên", values.name);
  const password = await ask("Mật khẩu (ít nhất 10 ký tự)", values.password);
  const problems = passwordProblems(password, username);
  if (problems.length) throw new Error(problems.join(" "));
  const passwordHash = await hashPassword(password);
  const db = openDatabase(env.DATABASE_LOCATION);
  try {
    // The check and the insert in one transaction, after the slow hash: two runs at once make one account.
    const created = await writeTransaction(db, async (tx) => {
      if ((await tx.select().from(users).where(eq(users.username, username)).limit(1)).length > 0) return false;
      const unitId = (await rootUnit(tx))?.id ?? null;
      await tx.insert(users).values({ username, displayName: displayName || username, role: "admin", unitId, passwordHash });
      return true;
    });
    if (!created) throw new Error(`Tài khoản “${username}” đã có.`);
    console.log(`Đã tạo quản trị viên “${username}” trong ${describeLocation(env.DATABASE_LOCATION)}.`);
  } finally {
    await closeDatabase(db);
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
