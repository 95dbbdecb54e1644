"use client";

import { useEffect, useId, useState } from "react";
import { Input, Label } from "@/components/ui/field";

const SEARCH_PATH = "/api/bai-viet/lien-ket";
const TYPING_PAUSE_MS = 300;

type LinkSearchProps<T> = {
  /** "van-ban" or "album": what /api/bai-viet/lien-ket looks for. */
  kind: "van-ban" | "album";
  label: string;
  hint: string;
  /** One found item, with its own button to take it. */
  renderItem: (item: T) => React.ReactNode;
  itemKey: (item: T) => number;
};

type Found<T> = { state: "idle" } | { state: "searching" } | { state: "done"; items: T[] } | { state: "failed"; message: string };

/**
 * A search box for something to link below the article: it asks once the box is first used (the
 * newest are listed before anything is typed), then after each pause in typing; an older answer
 * arriving late never replaces a newer one.
 */
export function LinkSearch<T>({ kind, label, hint, renderItem, itemKey }: LinkSearchProps<T>) {
  const id = useId();
  const [query, setQuery] = useState("");
  const [active, setActive] = useState(false);
  const [found, setFound] = useState<Found<T>>({ state: "idle" });

  useEffect(() => {
    if (!active) return;
    const controller = new AbortController();
    const timer = window.setTimeout(async () => {
      setFound({ state: "searching" });
      try {
        const response = await fetch(`${SEARCH_PATH}?${new URLSearchParams({ loai: kind, q: query.trim() })}`, { signal: controller.signal });
        const body = (await response.json().catch(() => ({}))) as { items?: T[]; error?: string };
        setFound(response.ok && body.items ? { state: "done", items: body.items } : { state: "failed", message: body.error ?? "Chưa tìm được: hãy thử lại." });
      } catch {
        if (!controller.signal.aborted) setFound({ state: "failed", message: "Chưa tìm được vì mất kết nối: hãy thử lại." });
      }
    }, TYPING_PAUSE_MS);
    return () => {
      controller.abort();
      window.clearTimeout(timer);
    };
  }, [active, kind, query]);

  return (
    <div className="space-y-2">
      <div>
        <Label htmlFor={`${id}-q`}>{label}</Label>
        <p id={`${id}-hint`} className="text-xs leading-5 text-neutral-600">{hint}</p>
        <Input
          id={`${id}-q`}
          type="search"
          value={query}
          aria-describedby={`${id}-hint`}
          onFocus={() => setActive(true)}
          onChange={(event) => {
            setActive(true);
            setQuery(event.target.value);
          }}
        />
      </div>
      <p role="status" className="text-xs text-neutral-600">
        {found.state === "searching" && "Đang tìm…"}
        {found.state === "failed" && <span className="text-accent-700">{found.message}</span>}
        {found.state === "done" && (found.items.length === 0 ? "Không tìm thấy mục nào đã đăng." : `${found.items.length} kết quả${query.trim() ? "" : " mới nhất"}.`)}
      </p>
      {found.state === "done" && found.items.length > 0 && (
        <ul aria-label={`Kết quả: ${label}`} className="max-h-72 divide-y divide-neutral-200 overflow-y-auto rounded border border-neutral-200">
          {found.items.map((item) => (
            <li key={itemKey(item)} className="flex items-start justify-between gap-2 break-words p-2 text-sm [&>span]:min-w-0">
              {renderItem(item)}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
