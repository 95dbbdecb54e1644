import { albumPath, documentPath, pagePath, videoPath } from "./public-routes";

/**
 * The public things, besides articles, whose old addresses lead to them once their slug changed
 * (db/queries/moved-slugs.ts). Articles keep theirs in a table of their own, which their numbering
 * of slugs reads as well.
 */
export const movedSlugSections = ["page", "album", "document", "video"] as const;
export type MovedSlugSection = (typeof movedSlugSections)[number];

/** The public address of a thing of this section at this slug. */
export function sectionPath(section: MovedSlugSection, slug: string): string {
  switch (section) {
    case "page":
      return pagePath(slug);
    case "album":
      return albumPath(slug);
    case "document":
      return documentPath(slug);
    case "video":
      return videoPath(slug);
  }
}
