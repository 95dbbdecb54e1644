// What a download of a document's file answers and when it counts (issue 16): pure rules, read by
// server/document-download.ts.
import { isCrawler } from "./crawler";
import { isForeignOrigin, type OriginHeaders } from "./request-origin";

/**
 * The plain ASCII name old clients read from Content-Disposition's `filename`, beside the
 * Vietnamese one in `filename*` (RFC 5987): "Kế hoạch 47/KH-LĐLĐ.pdf" → "Ke hoach 47_KH-LDLD.pdf".
 */
export function asciiDownloadName(fileName: string): string {
  const ascii = fileName
    .replace(/đ/g, "d")
    .replace(/Đ/g, "D")
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .replace(/[^\x20-\x7e]|["\\/%;]/g, "_")
    .trim();
  return ascii.replace(/^[_.\s]+$/, "") || "van-ban";
}

export type DownloadRequestFacts = {
  /** Readers may download only a published document's files; staff who may view it, any. */
  published: boolean;
  userAgent: string | null;
  origin: OriginHeaders & { secFetchMode: string | null };
};

/**
 * Whether a download raises "Lượt tải", before the reader's repeat is checked. A crawler is not a
 * reader; staff opening an unpublished document's file are at work, not reading. A page of another
 * site may link the file (a reader following it counts), but a script or an image tag there must
 * not raise the count from its visitors' browsers: a cross-site request counts only as a navigation.
 */
export function downloadMayCount(facts: DownloadRequestFacts, siteOrigin: string): boolean {
  if (!facts.published || isCrawler(facts.userAgent)) return false;
  return !isForeignOrigin(facts.origin, siteOrigin) || (facts.origin.origin === null && facts.origin.secFetchMode === "navigate");
}
