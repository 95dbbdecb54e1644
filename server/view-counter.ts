import { createHash } from "node:crypto";
import pLimit from "p-limit";
import { isCrawler } from "@/core/crawler";
import { RECOUNT_AFTER_MS } from "@/core/recent-readers";
import { ViewTally } from "@/core/view-tally";
import type { Database } from "@/db/client";
import { managedShutdownHooks } from "./shutdown";
import { addArticleViews, addArticleViewsAtExit, publicArticleViewCount } from "@/db/queries/article-views";
import { getDatabase } from "./database";
import { localReaderMemory, readerMemory, type ReaderMemory } from "./reader-memory";
import { env } from "./env";

export type ReaderView = { articleId: number; ip: string; userAgent: string | null };
/** What the beacon answers: the stored count plus this process's pending views. */
export type ViewAnswer = { counted: boolean; viewCount: number };

export type ViewCounter = {
  /** Counts a reader's view in memory; null when the article is not public. No database write. */
  record(view: ReaderView): Promise<ViewAnswer | null>;
  /** The count to show without counting (stored + pending); null when the article is not public. */
  current(articleId: number): Promise<number | null>;
  /** Writes the views counted so far in one transaction; returns how many were written. */
  flush(): Promise<number>;
  /** Flushes every `flushEveryMs` until stopped. */
  start(): void;
  /** Stops the timer and writes what is left. */
  stop(): Promise<void>;
  /** Stops the timer and writes what is left synchronously, where the database can (SQLite): for "exit". */
  stopAtExit(): void;
};

type Options = {
  db: Database;
  enabled: boolean;
  flushEveryMs: number;
  /** Readers remembered for the reload window; beyond it the oldest are forgotten early. */
  maxReaders?: number;
  /** Where the recent readers are kept: this process's memory unless given (Redis for several instances). */
  readers?: ReaderMemory;
  /**
   * Several instances: a counted view is written before it is answered (with the views that came
   * meanwhile, in one transaction), so every instance shows the same "Đã xem". One instance alone
   * keeps them in memory and writes every `flushEveryMs`.
   */
  writeThrough?: boolean;
  clock?: () => Date;
  /** Where a failed write is reported; the views are kept for the next flush. */
  reportError?: (message: string, error: unknown) => void;
};

/**
 * A reader of one thing (an article's id, a document file's "tep-<id>"), kept as a hash, not as an
 * address: the recent readers are memory only, but an address is personal data and nothing needs it back.
 */
export function readerKey(ip: string, userAgent: string | null, subject: string | number): string {
  return createHash("sha256").update(`${ip}\n${userAgent ?? ""}\n${subject}`).digest("base64url").slice(0, 22);
}

export function createViewCounter(options: Options): ViewCounter {
  const { db, enabled, flushEveryMs, maxReaders = 200_000, writeThrough = false, clock = () => new Date(), reportError = console.error } = options;
  const readers = options.readers ?? localReaderMemory({ windowMs: RECOUNT_AFTER_MS, maxEntries: maxReaders });
  const tally = new ViewTally();
  let timer: NodeJS.Timeout | null = null;

  // Stored and pending are read apart (the one from the database, the other from memory), so they
  // agree only when no flush moved views from the one to the other in between. A flush commits
  // somewhere among many awaits (the writer's queue, each statement; on PostgreSQL each round
  // trip): `flushes` is odd while one is under way, and goes even again in the same step that
  // settles its batch (written, or put back after a failure).
  let flushes = 0;

  // One flush at a time: a timer's flush and a shutdown's must not take two batches at once.
  const oneAtATime = pLimit(1);
  const flush = (): Promise<number> => oneAtATime(writeBatch);
  const writeBatch = async (): Promise<number> => {
    if (tally.isEmpty) return 0;
    const batch = tally.take();
    flushes += 1;
    try {
      await addArticleViews(db, batch);
      flushes += 1;
      return batch.reduce((sum, entry) => sum + entry.views, 0);
    } catch (error) {
      // A busy or full disk must not lose the views: they wait for the next flush.
      tally.restore(batch);
      flushes += 1;
      reportError("Không ghi được lượt xem vào cơ sở dữ liệu; sẽ thử lại.", error);
      return 0;
    }
  };

  /** Stored + pending as of one instant; null when the article is not public. */
  const shownCount = async (articleId: number, now: Date): Promise<number | null> => {
    const withPending = (stored: number | null) => (stored === null ? null : stored + tally.pendingFor(articleId));
    const before = flushes;
    const stored = await publicArticleViewCount(db, articleId, now);
    if (before === flushes && before % 2 === 0) return withPending(stored);
    // A flush was under way: read again between two flushes, where the two cannot disagree. Rare
    // on one instance (a few milliseconds every VIEW_FLUSH_MS); with writeThrough it queues behind
    // the writes it would otherwise race.
    return oneAtATime(async () => withPending(await publicArticleViewCount(db, articleId, now)));
  };

  return {
    async record(view) {
      const now = clock();
      const shown = await shownCount(view.articleId, now);
      if (shown === null) return null;
      const counted = enabled && !isCrawler(view.userAgent) && (await readers.admit(readerKey(view.ip, view.userAgent, view.articleId), now.getTime()));
      if (!counted) return { counted, viewCount: shown };
      tally.add(view.articleId, now);
      if (writeThrough) {
        // A failed write keeps the views pending (flush reports it), and they are still shown.
        await flush();
        return { counted, viewCount: (await shownCount(view.articleId, now)) ?? shown + 1 };
      }
      // The count as it stood when the reader came, and their own view.
      return { counted, viewCount: shown + 1 };
    },
    current(articleId) {
      return shownCount(articleId, clock());
    },
    flush,
    start() {
      if (timer) return;
      timer = setInterval(() => {
        // flush() reports its own write errors and resolves; the catch is for anything else.
        flush().catch((error: unknown) => reportError("Không ghi được lượt xem vào cơ sở dữ liệu; sẽ thử lại.", error));
        readers.sweep(clock().getTime());
      }, flushEveryMs);
      // The timer alone must not keep a process alive that has nothing else to do.
      timer.unref();
    },
    async stop() {
      if (timer) clearInterval(timer);
      timer = null;
      await flush();
    },
    stopAtExit() {
      if (timer) clearInterval(timer);
      timer = null;
      if (tally.isEmpty) return;
      const batch = tally.take();
      try {
        if (!addArticleViewsAtExit(db, batch)) tally.restore(batch);
      } catch (error) {
        reportError("Không ghi được lượt xem khi dừng máy chủ.", error);
      }
    },
  };
}

/**
 * Writes the pending views when the process ends.
 *
 * Under our server (scripts/serve.mjs, `hooks` given), SIGTERM/SIGINT make it answer its last
 * requests, await the shutdown hooks (the flush, on either database) and exit 0.
 *
 * Under another one (next start), the signal starts a flush at once and ends the process
 * itself when nothing else listens; Next's own handler calls process.exit(), which runs only the
 * "exit" listeners. Those cannot wait for a Promise: what is left is written synchronously on
 * SQLite, and may be lost on PostgreSQL (docs/decisions/0015).
 */
export function flushAtShutdown(counter: ViewCounter, target: NodeJS.Process = process, hooks: Set<() => Promise<void>> | null = null): void {
  target.once("exit", () => counter.stopAtExit());
  if (hooks) {
    hooks.add(() => counter.stop());
    return;
  }
  const flushLogged = () => counter.flush().catch((error: unknown) => console.error("Không ghi được lượt xem khi dừng máy chủ.", error));
  target.once("beforeExit", () => void flushLogged());
  for (const signal of ["SIGINT", "SIGTERM"] as const) {
    target.once(signal, () => {
      // Alone, our listener would swallow the signal: end the process as Node would have, once
      // the views are written.
      const alone = target.listenerCount(signal) === 0;
      void flushLogged().finally(() => {
        if (alone) target.kill(target.pid, signal);
      });
    });
  }
}

// One counter per process, started on first use; kept on globalThis so every bundle of the
// server (and dev reloads) share the same pending views.
const holder = globalThis as typeof globalThis & { banTinViewCounter?: ViewCounter };

export function viewCounter(): ViewCounter {
  if (!holder.banTinViewCounter) {
    // Several instances (REDIS_URL) share who was counted: a reload on another instance is no new view;
    const readers = readerMemory(env, { windowMs: RECOUNT_AFTER_MS, maxEntries: 200_000 });
    // and a view counted by one is written before it is answered, so all of them show it.
    const counter = createViewCounter({ db: getDatabase(), enabled: env.VIEW_COUNTING, flushEveryMs: env.VIEW_FLUSH_MS, readers, writeThrough: Boolean(env.REDIS_URL) });
    counter.start();
    flushAtShutdown(counter, process, managedShutdownHooks());
    holder.banTinViewCounter = counter;
  }
  return holder.banTinViewCounter;
}
