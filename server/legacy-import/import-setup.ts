// What an import sets up before its articles (issue 17): the mapping of old categories (the file,
// or the proposal), the categories it names with the old categories' addresses, and with
// --with-accounts the old users as disabled accounts. Each is written in one transaction.
import crypto from "node:crypto";
import { legacyAddressKey, type LegacySource } from "@/core/legacy-addresses";
import type { LegacyCategory, LegacyReader } from "@/core/legacy-import";
import { checkMapping, proposeMapping, type ImportMapping } from "@/core/legacy-mapping";
import type { ImportReport } from "@/core/legacy-report";
import { slugify } from "@/core/slug";
import type { Database } from "@/db/client";
import { insertDisabledAccount, legacyItemsOf, recordLegacyItem } from "@/db/queries/legacy-import";
import { writeLegacyRedirects } from "@/db/queries/legacy-redirects";
import { insertCategoryRow } from "@/db/queries/taxonomy-admin";
import { categoryBySlug, listCategories } from "@/db/queries/taxonomy";
import { writeTransaction } from "@/db/transaction";
import { hashPassword } from "../password";

/** Why an import cannot start: exit status 2, nothing written. */
export class LegacyImportError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "LegacyImportError";
  }
}

/** Where an old category's articles go. */
export type Target = { categoryId: number; unitId: number };

type SiteUnit = { id: number; name: string; slug: string; parentId: number | null };

/** The mapping file checked against the old categories and the site, or the proposal when there is none. */
export async function mappingFor(db: Database, source: LegacySource, oldCategories: LegacyCategory[], units: SiteUnit[], text: string | null): Promise<ImportMapping> {
  if (units.length === 0) throw new LegacyImportError("Bản tin chưa có đơn vị nào: tạo cơ cấu tổ chức trước khi nhập.");
  if (text === null) return proposeMapping(source, oldCategories, { categories: await listCategories(db), units });
  const checked = checkMapping(text, source, oldCategories, new Set(units.map((unit) => unit.slug)));
  if (!checked.ok) throw new LegacyImportError(checked.problems.join("\n"));
  return checked.mapping;
}

/** Where each old category's articles would go, for a dry run: nothing is made (0 stands for a category to make). */
export async function plannedTargets(db: Database, mapping: ImportMapping, units: { id: number; slug: string }[]): Promise<Map<number, Target>> {
  const targets = new Map<number, Target>();
  for (const entry of mapping.categories) {
    const unit = units.find((candidate) => candidate.slug === entry.unit);
    const category = await categoryBySlug(db, entry.category);
    // A category the real run will make does not exist yet: 0 stands for it in a dry run.
    if (unit) targets.set(entry.oldId, { categoryId: category?.id ?? 0, unitId: unit.id });
  }
  return targets;
}

function categoryKeys(source: LegacySource, category: LegacyCategory): string[] {
  const pathKey = legacyAddressKey({ source, kind: "category-path", path: category.path.toLowerCase() });
  return source === "joomla" ? [legacyAddressKey({ source, kind: "category", oldId: category.oldId }), pathKey] : [pathKey];
}

/** The categories the mapping names, made when missing, and the old categories' addresses. */
export async function writeCategories(
  db: Database,
  source: LegacySource,
  oldCategories: LegacyCategory[],
  mapping: ImportMapping,
  units: { id: number; slug: string }[],
  report: ImportReport,
  at: Date,
): Promise<Map<number, Target>> {
  const targets = new Map<number, Target>();
  await writeTransaction(db, async (tx) => {
    const made = new Map<string, number>();
    for (const entry of mapping.categories) {
      if (entry.skip) continue;
      const unit = units.find((candidate) => candidate.slug === entry.unit);
      if (!unit) continue;
      let categoryId = made.get(entry.category) ?? (await categoryBySlug(tx, entry.category))?.id;
      if (categoryId === undefined) {
        categoryId = await insertCategoryRow(tx, { name: entry.categoryName, slug: entry.category });
        made.set(entry.category, categoryId);
        report.categories.created.push(entry.categoryName);
      }
      targets.set(entry.oldId, { categoryId, unitId: unit.id });
      const old = oldCategories.find((category) => category.oldId === entry.oldId);
      if (!old) continue;
      const keys = categoryKeys(source, old);
      await writeLegacyRedirects(tx, keys, entry.redirectTo === "unit" ? { unitId: unit.id } : { categoryId });
      await recordLegacyItem(tx, { source, kind: "category", oldKey: String(old.oldId), newId: categoryId, fingerprint: "", at });
      report.categories.redirects += keys.length;
    }
  });
  return targets;
}

/** `--with-accounts`: each old user as a disabled account, so their articles carry their name. */
export async function writeAccounts(db: Database, reader: LegacyReader, report: ImportReport, at: Date): Promise<Map<number, number>> {
  const known = await legacyItemsOf(db, reader.source, "user");
  const accounts = new Map([...known].map(([oldKey, item]) => [Number(oldKey), item.newId]));
  for (const user of await reader.users()) {
    if (accounts.has(user.oldId)) continue;
    // Nobody knows this password: the account cannot be used until an admin resets it.
    const passwordHash = await hashPassword(crypto.randomBytes(32).toString("base64url"));
    const id = await writeTransaction(db, async (tx) => {
      const newId = await insertDisabledAccount(tx, { username: slugify(user.username || user.name).slice(0, 40), displayName: (user.name || user.username).slice(0, 100), unitId: null, passwordHash });
      await recordLegacyItem(tx, { source: reader.source, kind: "user", oldKey: String(user.oldId), newId, fingerprint: "", at });
      return newId;
    });
    accounts.set(user.oldId, id);
    report.accounts.created += 1;
  }
  return accounts;
}
