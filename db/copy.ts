// Moving a site from its SQLite file to PostgreSQL (npm run db:copy): every table copied in one
// transaction, ids kept, then counted and checksummed on both sides. The maintained counts are
// made again by the target's triggers as the articles go in, and the search index is rebuilt, so
// both are checked rather than copied. Runs in a process whose dialect is the target's (db/dialect.ts).
// The other way, snapshotPostgresDatabase writes a PostgreSQL site into a new SQLite file: the
// backup archive's database, the same file whichever dialect the site runs on.
import { createHash } from "node:crypto";
import BetterSqlite3 from "better-sqlite3";
import { asc, getTableColumns, getTableName, gt, is, sql, type Column, type SQL, type Table } from "drizzle-orm";
import { getTableConfig as pgTableConfig, type PgTable } from "drizzle-orm/pg-core";
import { getTableConfig as sqliteTableConfig, SQLiteTable } from "drizzle-orm/sqlite-core";
import { drizzle as drizzleSqlite } from "drizzle-orm/better-sqlite3";
import { migrate as migrateSqlite } from "drizzle-orm/better-sqlite3/migrator";
import { drizzle as drizzlePostgres } from "drizzle-orm/node-postgres";
import pg from "pg";
import { latestKnownMigration } from "./backup";
import { connections, migrationsFolder, type Database, type Transaction } from "./client";
import * as postgresSchema from "./schema-postgres";
import { rebuildSearchIndex } from "./queries/search-index";
import * as sqliteSchema from "./schema-sqlite";
import * as targetSchema from "./schema";
import { execute, rowsOf } from "./sql";
import { writeTransaction } from "./transaction";

type TableKey = Exclude<keyof typeof targetSchema, "articleCounts">;

// In the order their references allow; a table's reference to itself (a parent) is set afterwards.
// `seeded`: a migration writes the table's first rows (a list every site starts with), so they do
// not make a target "not empty", and the source's rows replace them.
const COPIED: { key: TableKey; parent?: string; seeded?: true }[] = [
  { key: "units", parent: "parentId" },
  { key: "categories" },
  { key: "users" },
  { key: "media" },
  { key: "series" },
  { key: "articles" },
  { key: "articleRevisions" },
  { key: "articleEvents" },
  { key: "articleSlugRedirects" },
  { key: "articleDailyViews" },
  { key: "signInAttempts" },
  { key: "auditLog" },
  { key: "siteSettings" },
  { key: "siteSettingsRevisions" },
  { key: "pages", parent: "parentId" },
  { key: "pageRevisions" },
  { key: "menuItems", parent: "parentId" },
  { key: "documentForms", seeded: true },
  { key: "documentIssuers" },
  { key: "documents" },
  { key: "documentFiles" },
  { key: "articleDocuments" },
  { key: "albums" },
  { key: "albumPhotos" },
  { key: "articleAlbums" },
  { key: "videos" },
  { key: "movedSlugs" },
  { key: "legacyRedirects" },
  { key: "legacyItems" },
  { key: "publicationExpiries" },
];

// Rows per statement and per read: under both dialects' limits on bound values for the widest table.
const BATCH = 500;

type AnyRow = Record<string, unknown>;
type Reader = { select: () => { from: (table: Table) => { where: (condition?: SQL) => { orderBy: (...columns: SQL[]) => { limit: (n: number) => { offset: (n: number) => Promise<AnyRow[]> } } } } } };

export type CopyReport = { tables: { name: string; rows: number; checksum: string }[]; publishedCounts: number; indexed: number; ms: number };

export class CopyRefused extends Error {}

function primaryKeyOf(table: Table): Column[] {
  const columns = Object.values(getTableColumns(table));
  const single = columns.filter((column) => column.primary);
  if (single.length > 0) return single;
  // A composite key (article_daily_views, article_counts) is declared on the table.
  const config = is(table, SQLiteTable) ? sqliteTableConfig(table) : pgTableConfig(table as PgTable);
  return config.primaryKeys[0]?.columns ?? [];
}

/** Every row of a table in primary-key order, a batch at a time: by key after the last one when the key is one column. */
async function* rowsInOrder(db: Reader, table: Table): AsyncGenerator<AnyRow[]> {
  const key = primaryKeyOf(table);
  const order = key.map((column) => asc(column));
  const single = key.length === 1 ? key[0] : undefined;
  let last: unknown = undefined;
  let offset = 0;
  for (;;) {
    const condition = single && last !== undefined ? gt(single, last) : undefined;
    const rows = await db
      .select()
      .from(table)
      .where(condition)
      .orderBy(...order)
      .limit(BATCH)
      .offset(single ? 0 : offset);
    if (rows.length === 0) return;
    yield rows;
    offset += rows.length;
    if (single) last = rows.at(-1)?.[propertyOf(table, single)];
    if (rows.length < BATCH) return;
  }
}

const propertyOf = (table: Table, column: Column) => Object.entries(getTableColumns(table)).find(([, each]) => each === column)?.[0] ?? column.name;

/** A value as it reads from either dialect: dates as ISO instants, JSON objects with their keys sorted (jsonb reorders them). */
function canonicalValue(value: unknown): unknown {
  if (value instanceof Date) return value.toISOString();
  if (Array.isArray(value)) return value.map(canonicalValue);
  if (value !== null && typeof value === "object") {
    return Object.fromEntries(Object.entries(value).sort(([a], [b]) => (a < b ? -1 : 1)).map(([key, inner]) => [key, canonicalValue(inner)]));
  }
  return value;
}

const canonical = (row: AnyRow, properties: string[]) => JSON.stringify(properties.map((property) => canonicalValue(row[property])));

async function checksumOf(db: Reader, table: Table): Promise<{ rows: number; checksum: string }> {
  const hash = createHash("sha256");
  const properties = Object.keys(getTableColumns(table));
  let rows = 0;
  for await (const batch of rowsInOrder(db, table)) {
    for (const row of batch) hash.update(canonical(row, properties) + "\n");
    rows += batch.length;
  }
  return { rows, checksum: hash.digest("hex") };
}

function openSource(file: string) {
  const sqlite = new BetterSqlite3(file, { readonly: true, fileMustExist: true });
  const applied = sqlite.prepare("select max(created_at) as at from __drizzle_migrations").get() as { at: number | null } | undefined;
  if (Number(applied?.at ?? 0) !== latestKnownMigration().createdAt) {
    sqlite.close();
    throw new CopyRefused(`Tệp nguồn ${file} chưa ở phiên bản cấu trúc của bản này: khởi động trang trên tệp đó một lần (npm start) hoặc chạy npm run db:migrate với DATABASE_PATH trỏ tới nó, rồi chép lại.`);
  }
  return { sqlite, db: drizzleSqlite(sqlite, { schema: sqliteSchema }) as unknown as Reader };
}

async function targetRowCount(db: Database): Promise<number> {
  let total = 0;
  for (const { key } of COPIED.filter((table) => !table.seeded)) total += (await rowsOf<{ n: number }>(db, sql`select count(*) as n from ${targetSchema[key]}`))[0]?.n ?? 0;
  return total;
}

async function emptyTarget(tx: Transaction, dialect: "sqlite" | "postgres"): Promise<void> {
  if (dialect === "postgres") {
    const names = sql.join([...COPIED.map(({ key }) => sql`${targetSchema[key]}`), sql`${targetSchema.articleCounts}`], sql`, `);
    await execute(tx, sql`truncate ${names} restart identity cascade`);
    return;
  }
  for (const { key } of [...COPIED].reverse()) await execute(tx, sql`delete from ${targetSchema[key]}`);
  await execute(tx, sql`delete from ${targetSchema.articleCounts}`);
}

async function copyTable(source: Reader, tx: Transaction, key: TableKey, parent: string | undefined, dialect: "sqlite" | "postgres"): Promise<void> {
  const from = sqliteSchema[key] as unknown as Table;
  const to = targetSchema[key] as unknown as Table;
  const writer = tx as unknown as { insert: (table: Table) => { values: (rows: AnyRow[]) => Promise<unknown> } };
  const parents: { id: unknown; parent: unknown }[] = [];
  for await (const batch of rowsInOrder(source, from)) {
    if (parent) for (const row of batch) if (row[parent] !== null) parents.push({ id: row.id, parent: row[parent] });
    await writer.insert(to).values(parent ? batch.map((row) => ({ ...row, [parent]: null })) : batch);
  }
  const columns = getTableColumns(to);
  const parentColumn = parent ? columns[parent] : undefined;
  if (parentColumn && columns.id) {
    for (const { id, parent: parentId } of parents) await execute(tx, sql`update ${to} set ${sql.identifier(parentColumn.name)} = ${parentId} where ${columns.id} = ${id}`);
  }
  // Ids were written as they were: the next one PostgreSQL hands out follows the largest.
  if (dialect === "postgres" && columns.id?.primary) {
    await execute(tx, sql`select setval(pg_get_serial_sequence(${getTableName(to)}, 'id'), (select coalesce(max(id), 0) + 1 from ${to}), false)`);
  }
}

/**
 * Copies the SQLite file `sourceFile` into `target` (opened by openDatabase, migrated). Refuses a
 * target with rows unless `force`, which empties it first. Throws CopyRefused, with a message for
 * the operator, when the copy does not match the source.
 */
export async function copyDatabase(sourceFile: string, target: Database, options: { force: boolean }): Promise<CopyReport> {
  const started = performance.now();
  const dialect = connections(target).dialect;
  const source = openSource(sourceFile);
  try {
    const existing = await targetRowCount(target);
    if (existing > 0 && !options.force) {
      throw new CopyRefused(`Cơ sở dữ liệu đích đã có ${existing} dòng dữ liệu. Chép vào một cơ sở dữ liệu trống, hoặc thêm --force để xóa hết dữ liệu ở đích rồi chép.`);
    }
    // One transaction for the copy and its checks: a copy that does not match leaves the target as it was.
    const { tables, indexed } = await writeTransaction(target, async (tx) => {
      if (existing > 0) await emptyTarget(tx, dialect);
      else for (const { key } of COPIED.filter((table) => table.seeded)) await execute(tx, sql`delete from ${targetSchema[key]}`);
      for (const { key, parent } of COPIED) await copyTable(source.db, tx, key, parent, dialect);
      const indexed = await rebuildSearchIndex(tx as unknown as Database);
      const tables: CopyReport["tables"] = [];
      const differences: string[] = [];
      for (const { key } of [...COPIED, { key: "articleCounts" as const }]) {
        const before = await checksumOf(source.db, sqliteSchema[key] as unknown as Table);
        const after = await checksumOf(tx as unknown as Reader, targetSchema[key] as unknown as Table);
        const name = getTableName(targetSchema[key] as unknown as Table);
        if (before.rows !== after.rows) differences.push(`${name}: nguồn ${before.rows} dòng, đích ${after.rows} dòng`);
        else if (before.checksum !== after.checksum) differences.push(`${name}: cùng ${before.rows} dòng nhưng nội dung khác nhau`);
        tables.push({ name, ...after });
      }
      if (differences.length > 0) throw new CopyRefused(`Bản chép không khớp với nguồn, nên không giữ lại gì ở đích:\n  ${differences.join("\n  ")}`);
      return { tables, indexed };
    });
    const publishedCounts = tables.find((table) => table.name === "article_counts")?.rows ?? 0;
    return { tables, publishedCounts, indexed, ms: performance.now() - started };
  } finally {
    source.sqlite.close();
  }
}

/**
 * Writes the PostgreSQL database at `url` into a new SQLite file `file` (which must not exist),
 * migrated to this version: every table of one consistent moment (a REPEATABLE READ, READ ONLY
 * transaction), ids kept. The file's own triggers count the articles as they go in; its search
 * index is left for the start that serves it (ensureSearchIndex), as a restored file's is.
 */
export async function snapshotPostgresDatabase(url: string, file: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  const sqlite = new BetterSqlite3(file);
  try {
    const target = drizzleSqlite(sqlite, { schema: sqliteSchema });
    migrateSqlite(target, { migrationsFolder });
    // Rows are written in the order of their references, but a parent may come after its child
    // (a unit moved under a newer one): the source's keys hold, and are checked once all are in.
    sqlite.pragma("foreign_keys = OFF");
    await client.query("begin isolation level repeatable read read only");
    const source = drizzlePostgres(client, { schema: postgresSchema }) as unknown as Reader;
    const writer = target as unknown as { insert: (table: Table) => { values: (rows: AnyRow[]) => { run: () => unknown } } };
    sqlite.exec("begin");
    for (const { key, seeded } of COPIED) {
      const to = sqliteSchema[key] as unknown as Table;
      if (seeded) sqlite.prepare(`delete from "${getTableName(to)}"`).run();
      // A private file written synchronously, as db/backup.ts reads its snapshots.
      // eslint-disable-next-line no-restricted-syntax
      for await (const batch of rowsInOrder(source, postgresSchema[key] as unknown as Table)) writer.insert(to).values(batch).run();
    }
    const broken = sqlite.pragma("foreign_key_check") as unknown[];
    if (broken.length > 0) throw new Error(`Bản chụp có ${broken.length} tham chiếu không khớp.`);
    sqlite.exec("commit");
    const differences: string[] = [];
    for (const { key } of COPIED) {
      const name = getTableName(postgresSchema[key] as unknown as Table);
      const [before] = (await client.query<{ n: number }>(`select count(*)::int as n from "${name}"`)).rows;
      const after = sqlite.prepare(`select count(*) as n from "${name}"`).get() as { n: number };
      if (before?.n !== after.n) differences.push(`${name}: ${before?.n ?? 0} dòng, bản chụp ${after.n}`);
    }
    if (differences.length > 0) throw new Error(`Bản chụp không khớp với cơ sở dữ liệu: ${differences.join("; ")}`);
  } finally {
    await client.query("rollback").catch(() => undefined);
    await client.end();
    sqlite.close();
  }
}
