import "server-only";
import { revalidateTag } from "next/cache";
import type { Database } from "@/db/client";
import { claimPublicationExpiry, latestDuePublication } from "@/db/queries/publication-expiries";
import { cacheTags } from "./cache-tags";
import { env } from "./env";

// A scheduled article becomes public by itself (core/cache-life.ts bounds the pages' lifetime by
// it). A page cached in the last 5 minutes before that moment can only turn stale then, which
// would show its old copy to one more reader; so the server also expires the pages at that very
// moment. Expiring needs a request (Next keeps its tags per request), hence a timer that asks the
// server itself, at POST /api/lich-dang.
//
// Several instances (issue 19) each arm their own timer and wake at that moment, since Next can only
// expire from within a request; the expiry itself runs once, on the instance that claims the moment
// first in the database (db/queries/publication-expiries.ts), and reaches the others through the
// shared page cache (docs/decisions/0022-several-instances.md).

type ArmedTimer = { at: number; timer: ReturnType<typeof setTimeout> };
const holder = globalThis as typeof globalThis & { banTinPublicationTimer?: ArmedTimer };

// Further ahead, the pages' own lifetime ends before then and their next render arms the timer.
const LONGEST_WAIT_MS = 24 * 60 * 60 * 1000;

/** Arms one timer for the earliest scheduled publication any cached page depends on. */
export function armPublicationTimer(due: Date | null, now: Date) {
  if (!due) return;
  const at = due.getTime();
  const wait = at - now.getTime();
  const armed = holder.banTinPublicationTimer;
  if (wait > LONGEST_WAIT_MS || (armed && armed.at <= at)) return;
  if (armed) clearTimeout(armed.timer);
  const timer = setTimeout(() => {
    holder.banTinPublicationTimer = undefined;
    fetch(`http://127.0.0.1:${env.PORT}/api/lich-dang`, { method: "POST" }).catch(() => {
      // the pages turn stale at that moment all the same
    });
  }, Math.max(0, wait));
  timer.unref();
  holder.banTinPublicationTimer = { at, timer };
}

/**
 * Expires the public pages once for the latest publication that has come, on whichever instance
 * asks first. Anyone may call it: it does nothing unless a publication came that nobody expired
 * the pages for yet, so it cannot be used to make the server render every page again and again.
 */
export async function expireDuePublications(db: Database, now: Date = new Date()): Promise<boolean> {
  const due = await latestDuePublication(db, now);
  if (!due || !(await claimPublicationExpiry(db, due, now))) return false;
  revalidateTag(cacheTags.articles, { expire: 0 });
  return true;
}
