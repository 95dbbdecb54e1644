// Where each old category's articles go (issue 17): a Bản tin category (found by its address, made
// with `categoryName` when it does not exist yet) and a unit. The dry run proposes it, guessing
// units from names such as "LĐLĐ huyện Chi Lăng"; the admin edits the file; the real run follows
// it (`--map mapping.json`). Plain rules: the lists of categories and units come from the caller.
import type { LegacyCategory } from "./legacy-import";
import type { LegacySource } from "./legacy-addresses";
import { guessUnit } from "./legacy-text";
import { z } from "./schemas/zod";
import { withoutMarks } from "./search-text";
import { isWellFormedSlug, slugify } from "./slug";

export const MAPPING_GUIDE =
  "Mỗi chuyên mục cũ: 'category' là đường dẫn chuyên mục trên Bản tin (chưa có thì được tạo với tên 'categoryName'), " +
  "'unit' là đường dẫn đơn vị đứng tên các bài, 'skip': true để không nhập các bài của chuyên mục này. " +
  "Địa chỉ cũ của chuyên mục chuyển tới trang của đơn vị khi 'redirectTo' là \"unit\", tới chuyên mục khi là \"category\".";

const entrySchema = z.object({
  oldId: z.number().int().positive(),
  oldTitle: z.string().default(""),
  oldPath: z.string().default(""),
  articles: z.number().int().nonnegative().optional(),
  category: z.string().trim().refine(isWellFormedSlug, { error: "Đường dẫn chuyên mục chỉ gồm chữ thường không dấu, số và dấu gạch ngang." }),
  categoryName: z.string().trim().min(1).max(100),
  unit: z.string().trim().min(1),
  redirectTo: z.enum(["category", "unit"]).default("category"),
  skip: z.boolean().default(false),
});

const mappingSchema = z.object({
  guide: z.string().optional(),
  source: z.enum(["joomla", "nukeviet"]),
  categories: z.array(entrySchema).max(10_000),
});

export type MappingEntry = z.infer<typeof entrySchema>;
export type ImportMapping = z.infer<typeof mappingSchema>;

type Named = { id: number; name: string; slug: string };
type Unit = Named & { parentId: number | null };

const folded = (text: string) => withoutMarks(text).replace(/[^\p{L}\p{N}]+/gu, " ").trim();

// Parents before children, so a child can follow its parent's guess.
function treeOrder(categories: readonly LegacyCategory[]): LegacyCategory[] {
  const byParent = new Map<number | null, LegacyCategory[]>();
  const ids = new Set(categories.map((category) => category.oldId));
  for (const category of categories) {
    const parent = category.parentOldId !== null && ids.has(category.parentOldId) ? category.parentOldId : null;
    byParent.set(parent, [...(byParent.get(parent) ?? []), category]);
  }
  const ordered: LegacyCategory[] = [];
  const visit = (parent: number | null) => {
    for (const child of byParent.get(parent) ?? []) {
      ordered.push(child);
      visit(child.oldId);
    }
  };
  visit(null);
  return ordered;
}

/**
 * The proposal a dry run writes. A category named after a unit ("LĐLĐ huyện Chi Lăng" under "Tin
 * cơ sở") is that unit's news: its articles go to the parent's category under that unit, and its
 * old address to the unit's page. Any other category keeps its own, matched by name to an existing
 * one or made anew from its alias; its unit is the parent's guess, else the provincial union.
 */
export function proposeMapping(
  source: LegacySource,
  oldCategories: readonly LegacyCategory[],
  site: { categories: readonly Named[]; units: readonly Unit[] },
  articleCounts: ReadonlyMap<number, number> = new Map(),
): ImportMapping {
  const root = site.units.find((unit) => unit.parentId === null) ?? site.units[0];
  const entries = new Map<number, MappingEntry>();
  for (const old of treeOrder(oldCategories)) {
    const parent = old.parentOldId === null ? undefined : entries.get(old.parentOldId);
    const unit = guessUnit(old.title, site.units);
    const existing = site.categories.find((category) => folded(category.name) === folded(old.title));
    const ownSlug = existing?.slug ?? slugify(old.alias || old.title);
    const asUnitNews = unit !== null && parent !== undefined;
    entries.set(old.oldId, {
      oldId: old.oldId,
      oldTitle: old.title,
      oldPath: old.path,
      articles: articleCounts.get(old.oldId) ?? 0,
      category: asUnitNews ? parent.category : ownSlug,
      categoryName: asUnitNews ? parent.categoryName : (existing?.name ?? old.title.trim().slice(0, 100)),
      unit: unit?.slug ?? parent?.unit ?? root?.slug ?? "",
      redirectTo: asUnitNews ? "unit" : "category",
      skip: false,
    });
  }
  return { guide: MAPPING_GUIDE, source, categories: [...entries.values()] };
}

export type MappingCheck = { ok: true; mapping: ImportMapping } | { ok: false; problems: string[] };

/** A mapping file's text checked against the old categories and the site's units. */
export function checkMapping(text: string, source: LegacySource, oldCategories: readonly LegacyCategory[], unitSlugs: ReadonlySet<string>): MappingCheck {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    return { ok: false, problems: [`Tệp ánh xạ không phải JSON hợp lệ: ${error instanceof Error ? error.message : String(error)}.`] };
  }
  const parsed = mappingSchema.safeParse(json);
  if (!parsed.success) {
    return { ok: false, problems: parsed.error.issues.slice(0, 20).map((issue) => `Tệp ánh xạ, ở ${issue.path.join(".") || "gốc"}: ${issue.message}`) };
  }
  const mapping = parsed.data;
  const problems: string[] = [];
  if (mapping.source !== source) problems.push(`Tệp ánh xạ được lập cho cổng ${mapping.source}, không phải ${source}.`);
  const known = new Set(oldCategories.map((category) => category.oldId));
  const seen = new Set<number>();
  for (const entry of mapping.categories) {
    if (!known.has(entry.oldId)) problems.push(`Chuyên mục cũ số ${entry.oldId}${entry.oldTitle ? ` ("${entry.oldTitle}")` : ""} không có trong cơ sở dữ liệu cũ.`);
    if (seen.has(entry.oldId)) problems.push(`Chuyên mục cũ số ${entry.oldId} có hai lần trong tệp ánh xạ.`);
    seen.add(entry.oldId);
    if (!entry.skip && !unitSlugs.has(entry.unit)) problems.push(`Đơn vị "${entry.unit}" (cho chuyên mục cũ số ${entry.oldId}) không có trên Bản tin.`);
  }
  return problems.length > 0 ? { ok: false, problems } : { ok: true, mapping };
}
