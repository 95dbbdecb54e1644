// The demo site's navigation, as an admin of the Hải Lâm union would arrange it on /quan-tri/menu.
import { count } from "drizzle-orm";
import type { MenuNode } from "@/core/menu-tree";
import { ALBUMS_PATH, DOCUMENTS_PATH } from "@/core/public-routes";
import type { Database } from "@/db/client";
import { replaceMenu } from "@/db/queries/menu";
import { categories, menuItems, pages, units } from "@/db/schema";
import { writeTransaction } from "@/db/transaction";

type Row = { id: number; slug: string; name: string; parentId?: number | null };

function bySlug(rows: Row[], slug: string): Row {
  const row = rows.find((r) => r.slug === slug);
  if (!row) throw new Error(`The demo menu refers to an unknown slug: ${slug}`);
  return row;
}

let sequence = 0;
const item = (label: string, target: Pick<MenuNode, "kind"> & Partial<Pick<MenuNode, "targetId" | "url">>, children: MenuNode[] = []): MenuNode => ({
  key: `demo${++sequence}`,
  label,
  targetId: null,
  url: "",
  ...target,
  children,
});

/**
 * Trang chủ; Giới thiệu and its three pages; Tin tức with the news categories; Văn bản (the register,
 * /van-ban; the category of that name stays reachable from its articles); Thư viện ảnh; Đơn vị with
 * the units under the provincial union; Liên hệ. Seeded once: a menu the admin changed is kept.
 */
export async function seedDemoMenu(db: Database): Promise<void> {
  const [existing] = await db.select({ n: count() }).from(menuItems);
  if ((existing?.n ?? 0) > 0) return;
  const pageRows = await db.select({ id: pages.id, slug: pages.slug, name: pages.title }).from(pages);
  const categoryRows = await db.select({ id: categories.id, slug: categories.slug, name: categories.name }).from(categories).orderBy(categories.sortOrder);
  const unitRows = await db.select({ id: units.id, slug: units.slug, name: units.name, parentId: units.parentId }).from(units).orderBy(units.sortOrder);
  const page = (slug: string) => {
    const row = bySlug(pageRows, slug);
    return item(row.name, { kind: "page", targetId: row.id });
  };
  const category = (row: Row) => item(row.name, { kind: "category", targetId: row.id });
  const province = bySlug(unitRows, "ldld-tinh-hai-lam");
  const tree = [
    item("Trang chủ", { kind: "home" }),
    { ...page("gioi-thieu"), children: ["lich-su-truyen-thong", "co-cau-to-chuc", "ban-thuong-vu"].map(page) },
    item("Tin tức", { kind: "path", url: "/tin-tuc" }, categoryRows.filter((row) => row.slug !== "van-ban").map(category)),
    item("Văn bản", { kind: "path", url: DOCUMENTS_PATH }),
    item("Thư viện ảnh", { kind: "path", url: ALBUMS_PATH }),
    item("Đơn vị", { kind: "unit", targetId: province.id }, unitRows.filter((row) => row.parentId === province.id).map((row) => item(row.name, { kind: "unit", targetId: row.id }))),
    page("lien-he"),
  ];
  await writeTransaction(db, (tx) => replaceMenu(tx, tree));
}
