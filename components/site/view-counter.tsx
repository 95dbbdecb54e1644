"use client";

import { useEffect, useState } from "react";

// A reader who reloads within 30 minutes is not counted again. Remembered in the browser,
// not in a cookie, so the page itself stays the same for everyone (and cacheable).
const RECOUNT_AFTER_MS = 30 * 60 * 1000;

function lastCountedAt(key: string): number {
  try {
    return Number(window.localStorage.getItem(key)) || 0;
  } catch {
    return 0; // storage can be blocked (private mode): count the view
  }
}

function rememberCounted(key: string) {
  try {
    window.localStorage.setItem(key, String(Date.now()));
  } catch {
    // nothing to do: the next visit will simply count again
  }
}

/**
 * "Đã xem: N", raised by this reader's view once the page is open, and fetched fresh on a reload.
 * Nothing while no one else has read the article: "Đã xem: 0" says nothing, and neither does the
 * "1" that the reader's own first view makes of it (which would also appear under their eyes).
 */
export function ViewCounter({ articleId, initialCount }: { articleId: number; initialCount: number }) {
  const [count, setCount] = useState(initialCount);
  const [othersCount, setOthersCount] = useState(initialCount);

  useEffect(() => {
    const key = `ban-tin:da-xem:${articleId}`;
    // Counted recently: only ask for the count, since the page itself may come from a cache.
    const countedRecently = Date.now() - lastCountedAt(key) < RECOUNT_AFTER_MS;
    const controller = new AbortController();
    fetch(`/api/luot-xem/${articleId}`, { method: countedRecently ? "GET" : "POST", signal: controller.signal, keepalive: true })
      .then((response) => (response.ok ? (response.json() as Promise<{ counted?: boolean; viewCount?: number }>) : null))
      .then((body) => {
        if (!countedRecently) rememberCounted(key);
        if (typeof body?.viewCount !== "number") return;
        setCount(body.viewCount);
        setOthersCount(body.viewCount - (countedRecently || body.counted === true ? 1 : 0));
      })
      .catch(() => {
        // a lost count is not worth bothering the reader about
      });
    return () => controller.abort();
  }, [articleId]);

  if (othersCount <= 0) return null;
  return (
    <span data-testid="luot-xem">
      Đã xem: <span className="font-semibold">{count.toLocaleString("vi-VN")}</span>
    </span>
  );
}
