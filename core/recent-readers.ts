// A reader who reloads an article within 30 minutes is not a new view. The browser remembers
// this too, but a browser can forget (private mode, cleared storage, a script replaying the
// beacon), so the server keeps its own short memory, keyed by an opaque reader+article key.
export const RECOUNT_AFTER_MS = 30 * 60 * 1000;

/**
 * The readers counted recently, oldest first (a Map keeps insertion order and a key is only
 * re-inserted when counted anew), so expired entries are swept from the front and, past
 * `maxEntries`, the oldest make room: memory stays bounded during a burst of readers.
 */
export class RecentReaders {
  private readonly countedAt = new Map<string, number>();

  constructor(private readonly options: { windowMs: number; maxEntries: number }) {}

  /** True, and remembered, when this key was not counted within the window; false for a repeat. */
  admit(key: string, now: number): boolean {
    this.sweep(now);
    const last = this.countedAt.get(key);
    // A clock set back makes `now - last` negative: still a repeat, not a new view.
    if (last !== undefined && now - last < this.options.windowMs) return false;
    this.countedAt.delete(key);
    this.countedAt.set(key, now);
    for (const oldest of this.countedAt.keys()) {
      if (this.countedAt.size <= this.options.maxEntries) break;
      this.countedAt.delete(oldest);
    }
    return true;
  }

  /** Forgets the readers whose window has passed. */
  sweep(now: number): void {
    for (const [key, at] of this.countedAt) {
      if (now - at < this.options.windowMs) break;
      this.countedAt.delete(key);
    }
  }

  get size(): number {
    return this.countedAt.size;
  }
}
