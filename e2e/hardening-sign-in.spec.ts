import fs from "node:fs";
import { eq, inArray } from "drizzle-orm";
import { openDatabase, type Database, closeDatabase } from "@/db/client";
import { auditLog, signInAttempts } from "@/db/schema";
import { SIGN_IN_LOCKED } from "@/core/sign-in-throttle";
import { createAccount, expect, test, type Account } from "./fixtures";
import { send, signInOverHttp } from "./http-client";
import { ownPort, startOwnServer, type OwnServer } from "./own-server";

// Sign-in limits tried as an attacker would, against a server that trusts no proxy (the default):
// each client connects from an address of its own in 127.0.0.0/8, so the server tells them apart by
// the socket, whatever they write in X-Forwarded-For. The site is "served over https" behind a
// proxy, so the answers carry HSTS.
const SITE = "https://bantin.example";
const WRONG = "sai-mat-khau";

let server: OwnServer;
let db: Database;

test.describe.configure({ mode: "serial" });

test.beforeAll(async ({}, testInfo) => {
  test.setTimeout(180_000);
  const dataDir = testInfo.outputPath("server");
  fs.rmSync(dataDir, { recursive: true, force: true });
  server = await startOwnServer({ port: ownPort("sign-in"), dataDir, env: { DEMO_SEED: "0", SITE_URL: SITE, TRUSTED_PROXIES: "" } });
  db = openDatabase(server.databaseLocation);
});

test.afterAll(async () => {
  if (db) await closeDatabase(db);
  await server?.stop();
});

const signIn = (account: Pick<Account, "username" | "password">, localAddress: string, forwardedFor?: string) =>
  signInOverHttp(server.baseURL, account, { origin: SITE, localAddress, forwardedFor });

test("30 parallel wrong passwords for one username: at most 5 are checked, and the right one is then refused", async () => {
  const account = await createAccount("editor", db);
  // Each guess from its own address, so only the username's limit can stop them.
  const guesses = Array.from({ length: 30 }, (_, i) => signIn({ username: account.username, password: `${WRONG}-${i}` }, `127.0.1.${i + 1}`));
  const answers = await Promise.all(guesses);
  expect(answers.filter((answer) => answer.signedIn)).toEqual([]);
  const checked = await db.select().from(signInAttempts).where(eq(signInAttempts.username, account.username));
  expect(checked.length).toBeLessThanOrEqual(5);
  expect(answers.filter((answer) => answer.error === SIGN_IN_LOCKED).length).toBe(30 - checked.length);

  const right = await signIn(account, "127.0.1.100");
  expect(right).toMatchObject({ signedIn: false, error: SIGN_IN_LOCKED });
});

test("a spoofed X-Forwarded-For does not escape the address limit when no proxy is trusted", async () => {
  const account = await createAccount("editor", db);
  const attacker = "127.0.2.1";
  const usernames = Array.from({ length: 25 }, (_, i) => `khong-co-${Date.now()}-${i}`);
  const answers = await Promise.all(usernames.map((username, i) => signIn({ username, password: WRONG }, attacker, `203.0.113.${i + 1}`)));
  expect(answers.filter((answer) => answer.error === SIGN_IN_LOCKED).length).toBe(5);
  // The audit log names the socket's address, never what the client wrote.
  const logged = await db.select({ ip: auditLog.ip }).from(auditLog).where(inArray(auditLog.actorName, usernames));
  expect(new Set(logged.map((entry) => entry.ip))).toEqual(new Set([attacker]));
  // The attacker's address is locked, for the right password too; the colleague next door is not.
  expect(await signIn(account, attacker, "198.51.100.7")).toMatchObject({ signedIn: false, error: SIGN_IN_LOCKED });
  expect((await signIn(account, "127.0.2.2")).signedIn).toBe(true);
});

test("clients that send no forwarding header do not share one bucket: 20 failures lock only their own address", async () => {
  const account = await createAccount("contributor", db);
  const stranger = "127.0.3.1";
  await Promise.all(Array.from({ length: 20 }, (_, i) => signIn({ username: `ai-do-${Date.now()}-${i}`, password: WRONG }, stranger)));
  expect((await signIn(account, stranger)).error).toBe(SIGN_IN_LOCKED);
  expect((await signIn(account, "127.0.3.2")).signedIn).toBe(true);
});

test("every answer of a site served over https tells browsers to keep to https", async () => {
  for (const address of ["/", "/dang-nhap", "/api/auth/csrf", "/robots.txt"]) {
    const answer = await send(`${server.baseURL}${address}`);
    expect(answer.headers["strict-transport-security"], address).toBe("max-age=31536000; includeSubDomains");
  }
});
