import { dayKey, vietnamCalendarDay } from "./vi-date";

/** Views of one article on one Vietnam calendar day ("2026-11-22"), as the flush writes them. */
export type DailyViews = { articleId: number; day: string; views: number };

/**
 * Views counted in memory since the last flush. A view costs a map update on the request path;
 * the flush takes the whole batch at once and writes it in one transaction.
 */
export class ViewTally {
  private readonly byArticleDay = new Map<string, DailyViews>();
  private readonly byArticle = new Map<number, number>();

  /** One view (or several) at this instant, filed under its Vietnam day: 2026-11-21T17:30Z is the 22nd. */
  add(articleId: number, at: Date, views = 1): void {
    const day = dayKey(vietnamCalendarDay(at));
    this.addToDay({ articleId, day, views });
  }

  /** Counted but not yet written: the reader is shown stored + pending. */
  pendingFor(articleId: number): number {
    return this.byArticle.get(articleId) ?? 0;
  }

  /** Everything counted so far, handed over for writing; the tally starts again from zero. */
  take(): DailyViews[] {
    const batch = [...this.byArticleDay.values()];
    this.byArticleDay.clear();
    this.byArticle.clear();
    return batch;
  }

  /** Puts back a batch whose write failed, so the next flush writes it with the newer views. */
  restore(batch: readonly DailyViews[]): void {
    for (const entry of batch) this.addToDay(entry);
  }

  get isEmpty(): boolean {
    return this.byArticleDay.size === 0;
  }

  private addToDay({ articleId, day, views }: DailyViews): void {
    const key = `${articleId}|${day}`;
    const entry = this.byArticleDay.get(key);
    if (entry) entry.views += views;
    else this.byArticleDay.set(key, { articleId, day, views });
    this.byArticle.set(articleId, (this.byArticle.get(articleId) ?? 0) + views);
  }
}
