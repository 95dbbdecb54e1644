// What the demo seed published, computed from the demo source (Vietnam local times), so the
// journeys check the pages against the content rather than against numbers typed in here.
import { slugify } from "@/core/slug";
import { demoArticles } from "@/seeds/demo";
import { demoAlbums } from "@/seeds/demo-albums";
import { reportHistoryPlan } from "@/seeds/demo-report-history";
import { toVietnamLocalDateTimeInput } from "@/core/vi-date";

export type ExpectedArticle = {
  title: string;
  slug: string;
  localTime: string;
  category: string;
  unit: string;
  cover: boolean;
  bodyPhoto: boolean;
  /** One of the units' generated reports (seeds/demo-report-history.ts), not a written demo article. */
  fromHistory: boolean;
};

// The year of units' reports behind the year-end report (seeds/demo-report-history.ts), as the
// server seeded it today: the twelve months before this one.
const history = reportHistoryPlan(new Date())
  .filter((a) => a.status === "published" && a.publishedAt)
  .map((a) => ({ title: a.title, slug: slugify(a.title), localTime: toVietnamLocalDateTimeInput(a.publishedAt ?? new Date(0)), category: "tin-hoat-dong", unit: a.unit, cover: a.hasCover, bodyPhoto: a.bodyPhoto !== null, fromHistory: true }));

const published = [
  ...demoArticles
    .filter((a) => (a.status ?? "published") === "published")
    .map((a) => ({
      title: a.title,
      slug: slugify(a.title),
      localTime: a.publishedAt,
      category: a.category,
      unit: a.unit,
      cover: Boolean(a.cover),
      bodyPhoto: a.body.some((block) => typeof block === "object" && "photo" in block),
      fromHistory: false,
    })),
  ...history,
];

/** Newest first, as "CÁC TIN ĐÃ ĐĂNG" lists them. */
export const publishedDemoArticles: ExpectedArticle[] = [...published].sort((a, b) => b.localTime.localeCompare(a.localTime));

export const unpublishedDemoSlugs = demoArticles.filter((a) => (a.status ?? "published") !== "published").map((a) => slugify(a.title));

const WEEKDAYS = ["Chủ nhật", "Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy"];

/** "2022-12-21T16:42" → "Thứ Tư, ngày 21/12/2022 - 16:42", worked out independently of the app. */
export function expectedDateLine(localTime: string): string {
  const [date = "", time = ""] = localTime.split("T");
  const [y, m, d] = date.split("-").map(Number) as [number, number, number];
  const weekday = WEEKDAYS[new Date(Date.UTC(y, m - 1, d)).getUTCDay()];
  return `${weekday}, ngày ${String(d).padStart(2, "0")}/${String(m).padStart(2, "0")}/${y} - ${time}`;
}

/** The demo albums, newest day first as the grid shows them, with their photos in order. */
export const publishedDemoAlbums = demoAlbums
  .map((album) => ({ ...album, slug: slugify(album.title) }))
  .sort((a, b) => b.takenOn.localeCompare(a.takenOn));
