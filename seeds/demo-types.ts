// The shape of the demo content. The texts are written by the Bản tin team (never copied
// from real portals); the seed turns them into units, categories, accounts and articles.

export const demoUnitSlugs = [
  "ldld-tinh-hai-lam",
  "cong-doan-vien-chuc-tinh",
  "ldld-thanh-pho-hai-lam",
  "ldld-huyen-tan-phong",
  "cong-doan-nganh-giao-duc",
  "cong-doan-kcn-tan-phong",
] as const;
export type DemoUnitSlug = (typeof demoUnitSlugs)[number];

export const demoCategorySlugs = ["tin-hoat-dong", "tin-tuc-su-kien", "guong-dien-hinh", "van-ban"] as const;
export type DemoCategorySlug = (typeof demoCategorySlugs)[number];

/** What a generated demo photo depicts; each scene has its own drawing. */
export const demoScenes = ["conference", "award", "charity", "sports", "meeting", "worksite"] as const;
export type DemoScene = (typeof demoScenes)[number];

export type DemoPhoto = {
  scene: DemoScene;
  /** Shown under the photo, e.g. "Quang cảnh Hội nghị". */
  caption: string;
  /** Describes the picture for a reader who cannot see it. */
  alt: string;
};

/** A paragraph of body text, a sub-heading, or a photo placed between paragraphs. */
export type DemoBlock = string | { heading: string } | { photo: DemoPhoto };

export type DemoArticle = {
  title: string;
  /** The sapo: one or two sentences shown in listings and in bold above the body. */
  summary: string;
  body: DemoBlock[];
  unit: DemoUnitSlug;
  category: DemoCategorySlug;
  /** Vietnam local time, "YYYY-MM-DDTHH:mm". For a draft, the time it was last written. */
  publishedAt: string;
  /** Free text, e.g. "Tin & ảnh: Lê Thu Hà". */
  byline: string;
  status?: "published" | "draft" | "pending";
  featured?: boolean;
  /** Part number in the demo series (see demoSeries). */
  seriesPart?: number;
  cover?: DemoPhoto;
  author: "admin" | "editor" | "contributor";
  views: number;
};
