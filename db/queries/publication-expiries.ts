// A scheduled article becomes public at its moment, and the public pages are expired then
// (server/publication-timer.ts). Several instances each wake at that moment; the first to claim it
// here expires the pages for all of them (the page cache is shared), the others do nothing.
import { and, eq, gt, lt, lte, max } from "drizzle-orm";
import type { Database } from "../client";
import { articles, publicationExpiries } from "../schema";
import { writeTransaction } from "../transaction";

// Timers are armed at most a day ahead (server/publication-timer.ts): an older publication is no
// longer waited for, and a claim older than two days is never asked for again.
const LOOK_BACK_MS = 24 * 60 * 60 * 1000;
const KEEP_CLAIMS_MS = 2 * LOOK_BACK_MS;

/** The latest publication time that has come, within the last day: the moment to expire the pages for. */
export async function latestDuePublication(db: Database, now: Date): Promise<Date | null> {
  const [row] = await db
    .select({ at: max(articles.publishedAt) })
    .from(articles)
    .where(and(eq(articles.status, "published"), lte(articles.publishedAt, now), gt(articles.publishedAt, new Date(now.getTime() - LOOK_BACK_MS))));
  return row?.at ?? null;
}

/**
 * Claims the pages' expiry for the publication due at `dueAt`: true for the first caller, on
 * whichever instance, and false for every later one (the row's key decides, on either database).
 */
export async function claimPublicationExpiry(db: Database, dueAt: Date, now: Date): Promise<boolean> {
  return writeTransaction(db, async (tx) => {
    await tx.delete(publicationExpiries).where(lt(publicationExpiries.dueAt, new Date(now.getTime() - KEEP_CLAIMS_MS)));
    const claimed = await tx.insert(publicationExpiries).values({ dueAt }).onConflictDoNothing().returning({ dueAt: publicationExpiries.dueAt });
    return claimed.length > 0;
  });
}
