// Where an image of the library is used, and why it cannot be deleted while it is.
import { MEDIA_ROUTE, parseMediaFileName } from "./media-files";

/**
 * What uses an image now: articles (as cover or in the body, any status: a draft's photo is
 * someone's work), about pages (in the body), photo albums (any status) and the site settings. Old revisions do not count:
 * see docs/decisions/0013-deleting-images.md.
 */
export type MediaUsage = {
  articles: { id: number; title: string; asCover: boolean; inBody: boolean; published: boolean }[];
  pages: { id: number; title: string }[];
  albums: { id: number; title: string; published: boolean }[];
  settings: ("emblem" | "shareImage")[];
};

export const NO_USAGE: MediaUsage = { articles: [], pages: [], albums: [], settings: [] };

// Any address of one of our files, in a src, a srcset or a link, relative or absolute.
const mediaAddress = new RegExp(`${MEDIA_ROUTE}/([A-Za-z0-9._-]+)`, "g");

/**
 * The storage keys of the images a stored body refers to:
 * `<img src="/api/media/ab12-960.jpg" srcset="/api/media/ab12-480.webp 480w">` → {"ab12"}.
 */
export function mediaKeysInHtml(html: string): Set<string> {
  const keys = new Set<string>();
  for (const match of html.matchAll(mediaAddress)) {
    const key = parseMediaFileName(match[1] ?? "")?.storageKey;
    if (key) keys.add(key);
  }
  return keys;
}

/**
 * What a body must contain to possibly refer to the image: a cheap first test for SQL (instr),
 * confirmed by mediaKeysInHtml, since key "ab" is a prefix of "ab-2"'s files too.
 */
export function mediaAddressPrefix(storageKey: string): string {
  return `${MEDIA_ROUTE}/${storageKey}-`;
}

export function isMediaInUse(usage: MediaUsage): boolean {
  return usage.articles.length > 0 || usage.pages.length > 0 || usage.albums.length > 0 || usage.settings.length > 0;
}

const settingNames = { emblem: "biểu trưng (logo)", shareImage: "ảnh chia sẻ mặc định" } as const;
const quoted = (titles: string[]) => titles.map((title) => `“${title}”`).join(", ");
// A long list is cut: the admin needs the first few to start with, and the count.
const NAMED_AT_MOST = 5;

function someOf(titles: string[], noun: string): string {
  const more = titles.length - NAMED_AT_MOST;
  return `${quoted(titles.slice(0, NAMED_AT_MOST))}${more > 0 ? ` và ${more} ${noun} khác` : ""}`;
}

/**
 * Why an image cannot be deleted, naming what uses it:
 * "Không thể xóa ảnh “hoi-nghi.jpg” vì đang được dùng: làm ảnh đại diện của bài “Hội nghị…”; trong
 * nội dung bài “Đại hội…”; trong trang giới thiệu “Liên hệ”; trong album “Đại hội…”; làm biểu trưng (logo) trong Cài đặt trang. …"
 */
export function mediaUsageRefusal(name: string, usage: MediaUsage): string {
  const parts: string[] = [];
  const covers = usage.articles.filter((article) => article.asCover).map((article) => article.title);
  const bodies = usage.articles.filter((article) => article.inBody).map((article) => article.title);
  if (covers.length > 0) parts.push(`làm ảnh đại diện của bài ${someOf(covers, "bài")}`);
  if (bodies.length > 0) parts.push(`trong nội dung bài ${someOf(bodies, "bài")}`);
  if (usage.pages.length > 0) parts.push(`trong trang giới thiệu ${someOf(usage.pages.map((page) => page.title), "trang")}`);
  if (usage.albums.length > 0) parts.push(`trong album ${someOf(usage.albums.map((album) => album.title), "album")}`);
  if (usage.settings.length > 0) parts.push(`làm ${usage.settings.map((setting) => settingNames[setting]).join(" và ")} trong Cài đặt trang`);
  return `Không thể xóa ảnh “${name}” vì đang được dùng: ${parts.join("; ")}. Hãy gỡ ảnh khỏi những chỗ này trước.`;
}
