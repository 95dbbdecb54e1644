import { CopyLinkButton, PrintButton } from "./share-actions";

// Zalo's link-based share (sp.zalo.me/share_to) rather than its plugin: a plain link works without
// JavaScript, loads no Zalo script into a cached public page (no third-party code, nothing to add to
// the CSP, no cost to the page's weight), and needs no Official Account id.
export function zaloShareHref(url: string): string {
  return `https://sp.zalo.me/share_to?url=${encodeURIComponent(url)}`;
}

export function facebookShareHref(url: string): string {
  return `https://www.facebook.com/sharer/sharer.php?u=${encodeURIComponent(url)}`;
}

// Each network's blue, the Facebook one darkened so white 14 px text keeps 4.5:1 (its #1877f2 gives 4.2:1).
const linkClasses = "inline-flex min-h-11 items-center rounded px-3 text-sm font-semibold text-white hover:opacity-90";

/**
 * "Chia sẻ": Zalo, Facebook, copy the address and, for an article, print; every one carries the
 * canonical address. `what` names what is shared ("bài viết", "album", "video", "văn bản").
 */
export function ShareBar({ url, what = "bài viết", print = true }: { url: string; what?: string; print?: boolean }) {
  return (
    <nav aria-label={`Chia sẻ ${what}`} className="mt-4 flex flex-wrap items-center gap-2 print:hidden">
      <a href={zaloShareHref(url)} target="_blank" rel="noopener noreferrer" className={`${linkClasses} bg-[#0068ff]`}>
        Chia sẻ Zalo
      </a>
      <a href={facebookShareHref(url)} target="_blank" rel="noopener noreferrer" className={`${linkClasses} bg-[#1565d8]`}>
        Chia sẻ Facebook
      </a>
      <CopyLinkButton url={url} />
      {print && <PrintButton />}
    </nav>
  );
}
