// Who was counted recently (an article's reader, a document file's downloader): a reload within
// RECOUNT_AFTER_MS is not a new view. One process keeps it in memory (core/recent-readers.ts);
// several instances behind one address share it through Redis when REDIS_URL is set, so a reader
// whose reload lands on another instance is not counted twice (issue 19).
// No "server-only": the view counter's tests build counters with it.
import { createClient } from "redis";
import { RecentReaders } from "@/core/recent-readers";

export type ReaderMemory = {
  /** True, and remembered, when this reader was not counted within the window; false for a repeat. */
  admit(key: string, now: number): Promise<boolean>;
  /** Forgets what has expired (the in-memory one; Redis expires keys itself). */
  sweep(now: number): void;
  close(): Promise<void>;
};

/** This process's own memory, bounded: past `maxEntries` the oldest readers are forgotten early. */
export function localReaderMemory(options: { windowMs: number; maxEntries: number }): ReaderMemory {
  const readers = new RecentReaders(options);
  return {
    admit: async (key, now) => readers.admit(key, now),
    sweep: (now) => readers.sweep(now),
    close: async () => undefined,
  };
}

/** A command that takes longer is given up: the view is decided by this process alone. */
const COMMAND_TIMEOUT_MS = 500;

/**
 * The readers in Redis, one key per reader with the window as its lifetime (SET NX PX: the first
 * instance to see a reader counts it, the others see the key). While Redis cannot answer, this
 * process's own memory decides, and the log says so once when Redis goes and once when it is back.
 */
export function redisReaderMemory(options: { url: string; windowMs: number; maxEntries: number; keyPrefix?: string; log?: (line: string) => void }): ReaderMemory {
  const { url, windowMs, keyPrefix = "ban-tin:doc-gia:", log = console.error } = options;
  const local = localReaderMemory(options);
  const where = url.replace(/\/\/[^@/]*@/, "//"); // no password in the log
  const client = createClient({ url, disableOfflineQueue: true, socket: { connectTimeout: COMMAND_TIMEOUT_MS * 2, reconnectStrategy: 1000 } });
  let down = false;
  const wentDown = (error: unknown) => {
    if (down) return;
    down = true;
    log(`Bộ nhớ người đọc chung (Redis ${where}) không dùng được: ${error instanceof Error ? error.message || error.name : String(error)}. Lượt xem được lọc trùng tại máy chủ này cho tới khi Redis trở lại.`);
  };
  client.on("error", wentDown);
  client.on("ready", () => {
    if (!down) return;
    down = false;
    log(`Bộ nhớ người đọc chung (Redis ${where}) dùng lại được.`);
  });
  const connected = client.connect().catch(() => undefined);

  return {
    async admit(key, now) {
      try {
        await Promise.race([connected, new Promise((resolve) => setTimeout(resolve, COMMAND_TIMEOUT_MS))]);
        const answer = await Promise.race([
          client.set(`${keyPrefix}${key}`, "1", { condition: "NX", expiration: { type: "PX", value: windowMs } }),
          new Promise<never>((_, reject) => setTimeout(() => reject(new Error(`no answer within ${COMMAND_TIMEOUT_MS} ms`)), COMMAND_TIMEOUT_MS)),
        ]);
        // Remembered here too: if Redis goes, this process still knows its own recent readers.
        await local.admit(key, now);
        return answer === "OK";
      } catch (error) {
        wentDown(error);
        return local.admit(key, now);
      }
    },
    sweep: (now) => local.sweep(now),
    async close() {
      client.removeAllListeners();
      await client.close().catch(() => undefined);
    },
  };
}

/** The memory this process's settings ask for: Redis when REDIS_URL is set, else its own. */
export function readerMemory(settings: { REDIS_URL?: string | undefined }, options: { windowMs: number; maxEntries: number; keyPrefix?: string }): ReaderMemory {
  return settings.REDIS_URL ? redisReaderMemory({ url: settings.REDIS_URL, ...options }) : localReaderMemory(options);
}
