"use client";

import { useEffect, useState } from "react";
import { formatArticleDateTime } from "@/core/vi-date";

// The two share actions that need the browser (copying the address, printing), and the line a
// printed article carries at its top. The page is cached for everyone, so the printing date is
// written in the reader's browser, when it prints.

// The same size as the Zalo and Facebook links beside them (44 px, a thumb's width).
const actionClasses = "inline-flex min-h-11 items-center rounded border border-neutral-400 bg-white px-3 text-sm font-semibold text-neutral-900 hover:bg-neutral-100";

/** "Chép liên kết": the article's canonical address to the clipboard, and "Đã chép" said aloud. */
export function CopyLinkButton({ url }: { url: string }) {
  const [notice, setNotice] = useState("");

  async function copy() {
    try {
      await navigator.clipboard.writeText(url);
      setNotice("Đã chép liên kết.");
    } catch {
      // No clipboard (an old browser, a page not served over HTTPS): show the address to copy by hand.
      setNotice(`Không chép được, hãy chép địa chỉ: ${url}`);
    }
  }

  return (
    <>
      <button type="button" className={actionClasses} onClick={copy}>
        Chép liên kết
      </button>
      {/* Under the whole row (order-last), not between this button and "In bài": empty, a line of its own
          would still push "In bài" to a third row on a phone. */}
      <span role="status" className="order-last basis-full text-sm text-green-800">
        {notice}
      </span>
    </>
  );
}

export function PrintButton() {
  return (
    <button type="button" className={actionClasses} onClick={() => window.print()}>
      In bài
    </button>
  );
}

/** Shown on paper only: the site's name, the article's address and when it was printed. */
export function PrintMasthead({ siteName, url }: { siteName: string; url: string }) {
  const [printedAt, setPrintedAt] = useState<Date | null>(null);

  useEffect(() => {
    const stamp = () => setPrintedAt(new Date());
    stamp();
    window.addEventListener("beforeprint", stamp);
    return () => window.removeEventListener("beforeprint", stamp);
  }, []);

  return (
    <div className="hidden border-b-2 border-black pb-2 print:mb-4 print:block" data-testid="dau-trang-in">
      <p className="text-lg font-bold uppercase">{siteName}</p>
      <p className="text-sm">{url}</p>
      {printedAt && <p className="text-sm">In ngày: {formatArticleDateTime(printedAt)}</p>}
    </div>
  );
}
