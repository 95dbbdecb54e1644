// Several instances share who was counted through a real Redis (scripts/redis-server.sh): a reader
// whose reload lands on another instance is not counted again, and with Redis stopped each instance
// still counts, by its own memory, and says so once.
import { execFileSync } from "node:child_process";
import { eq } from "drizzle-orm";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { RECOUNT_AFTER_MS } from "@/core/recent-readers";
import type { Database } from "@/db/client";
import { articles } from "@/db/schema";
import { createTestDatabase, insertArticle, insertCategory, insertUnit, type TestDatabase } from "@/db/test-database";
import { redisReaderMemory, type ReaderMemory } from "./reader-memory";
import { createViewCounter, type ReaderView } from "./view-counter";

const REDIS_NAME = "vitest-readers";
const REDIS_PORT = Number(process.env.TEST_REDIS_PORT ?? 26393);
const redis = (command: "start" | "stop") => execFileSync("bash", ["scripts/redis-server.sh", command, REDIS_NAME, String(REDIS_PORT)], { encoding: "utf8" }).trim();
const CHROME = "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/156.0.0.0 Safari/537.36";

let handle: TestDatabase;
let db: Database;
let articleId: number;
let memories: ReaderMemory[] = [];
let logged: string[] = [];
let run = 0;

beforeAll(() => {
  redis("start");
});
afterAll(() => {
  redis("stop");
});
beforeEach(async () => {
  handle = await createTestDatabase();
  db = handle.db;
  articleId = (await insertArticle(db, { unitId: (await insertUnit(db)).id, categoryId: (await insertCategory(db)).id, viewCount: 10 })).id;
  logged = [];
  run += 1;
});
afterEach(async () => {
  await Promise.all(memories.map((memory) => memory.close()));
  memories = [];
  await handle.close();
});

/** One instance's memory: its own connection to the shared Redis, keys of this test apart from the others'. */
function instanceMemory(): ReaderMemory {
  const memory = redisReaderMemory({ url: `redis://127.0.0.1:${REDIS_PORT}`, windowMs: RECOUNT_AFTER_MS, maxEntries: 1000, keyPrefix: `ban-tin-test:${process.pid}:${run}:`, log: (line) => logged.push(line) });
  memories.push(memory);
  return memory;
}
const instance = (readers: ReaderMemory) => createViewCounter({ db, enabled: true, flushEveryMs: 60_000, readers });
const reader = (n: number): ReaderView => ({ articleId, ip: `203.0.113.${n}`, userAgent: CHROME });
const stored = async () => (await db.select({ n: articles.viewCount }).from(articles).where(eq(articles.id, articleId)))[0]?.n;

describe("the readers counted recently, shared by several instances", () => {
  it("counts a reader once when the reload lands on another instance", async () => {
    const a = instance(instanceMemory());
    const b = instance(instanceMemory());
    expect((await a.record(reader(1)))?.counted).toBe(true);
    expect((await b.record(reader(1)))?.counted).toBe(false);
    expect((await a.record(reader(1)))?.counted).toBe(false);
    expect((await b.record(reader(2)))?.counted).toBe(true);
    await a.flush();
    await b.flush();
    expect(await stored()).toBe(12);
  });

  it("still counts with Redis stopped, each instance by its own memory, and says so once; then shares again", async () => {
    const memory = instanceMemory();
    const a = instance(memory);
    expect((await a.record(reader(1)))?.counted).toBe(true);
    redis("stop");
    try {
      expect((await a.record(reader(3)))?.counted).toBe(true);
      expect((await a.record(reader(3)))?.counted).toBe(false);
      expect((await a.record(reader(4)))?.counted).toBe(true);
      expect(logged.filter((line) => line.includes("không dùng được"))).toHaveLength(1);
    } finally {
      redis("start");
    }
    // The client tries again every second: once back, another instance sees what this one counts.
    await expect.poll(() => logged.some((line) => line.includes("dùng lại được")), { timeout: 10_000 }).toBe(true);
    const b = instance(instanceMemory());
    expect((await a.record(reader(5)))?.counted).toBe(true);
    expect((await b.record(reader(5)))?.counted).toBe(false);
  });
});
