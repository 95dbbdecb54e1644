import { getTableName, is, Table } from "drizzle-orm";
import { type AnyPgColumn, getTableConfig as pgTableConfig, PgTable } from "drizzle-orm/pg-core";
import { type AnySQLiteColumn, getTableConfig as sqliteTableConfig, SQLiteTable } from "drizzle-orm/sqlite-core";
import { describe, expect, expectTypeOf, it } from "vitest";
import * as pg from "./schema-postgres";
import * as sqlite from "./schema-sqlite";

// db/schema.ts and db/schema-postgres.ts declare the same tables twice (drizzle has no
// dialect-neutral builder): this keeps them in step, so one query layer returns the same values.

// The search index differs by design: FTS5 virtual tables on SQLite (migration 0007, declared in
// db/queries/search-index.ts), a table with generated tsvector columns on PostgreSQL.
const onlyOnPostgres = new Set(["article_search"]);

type Column = AnySQLiteColumn | AnyPgColumn;

// What a SQLite column's type must be on PostgreSQL; the JS type (dataType) must match as well.
const typeMapping: Record<string, (column: AnyPgColumn) => boolean> = {
  SQLiteInteger: (c) => c.columnType === "PgInteger",
  SQLiteText: (c) => c.columnType === "PgText",
  SQLiteBoolean: (c) => c.columnType === "PgBoolean",
  SQLiteTextJson: (c) => c.columnType === "PgJsonb",
  // Epoch milliseconds ↔ an instant kept to the millisecond, read as a Date.
  SQLiteTimestamp: (c) => c.columnType === "PgTimestamp" && c.getSQLType() === "timestamp (3) with time zone",
};

function tablesOf(schema: Record<string, unknown>, isTable: (value: unknown) => boolean): Map<string, Table> {
  const tables = Object.values(schema).filter(isTable) as Table[];
  return new Map(tables.map((table) => [getTableName(table), table]));
}

const sqliteTables = tablesOf(sqlite, (value) => is(value, SQLiteTable));
const pgTables = tablesOf(pg, (value) => is(value, PgTable));

type Shape = {
  columns: { name: string; notNull: boolean; hasDefault: boolean; jsType: string; enumValues: string[] | undefined; unique: string | undefined }[];
  primaryKey: string[];
  indexes: { name: string | undefined; columns: string[]; unique: boolean }[];
  foreignKeys: { columns: string[]; foreignTable: string; foreignColumns: string[]; onDelete: string | undefined }[];
};

const names = (columns: { name: string }[]) => columns.map((column) => column.name);
const byName = <T extends { name?: string }>(items: T[]) => [...items].sort((a, b) => (a.name ?? "").localeCompare(b.name ?? ""));

function shapeOf(config: ReturnType<typeof sqliteTableConfig> | ReturnType<typeof pgTableConfig>): Shape {
  const columns = config.columns as Column[];
  return {
    columns: columns.map((c) => ({
      name: c.name,
      notNull: c.notNull,
      hasDefault: c.hasDefault,
      jsType: c.dataType,
      enumValues: c.enumValues,
      unique: c.isUnique ? c.uniqueName : undefined,
    })),
    primaryKey: [...names(columns.filter((c) => c.primary)), ...config.primaryKeys.flatMap((key) => names(key.columns))],
    indexes: byName(
      config.indexes.map((index) => ({
        name: index.config.name,
        columns: index.config.columns.map((column) => ("name" in column ? String(column.name) : "(expression)")),
        unique: index.config.unique,
      })),
    ),
    foreignKeys: config.foreignKeys
      .map((key) => {
        const reference = key.reference();
        return {
          columns: names(reference.columns),
          foreignTable: getTableName(reference.foreignTable),
          foreignColumns: names(reference.foreignColumns),
          onDelete: key.onDelete,
        };
      })
      .sort((a, b) => a.columns.join().localeCompare(b.columns.join())),
  };
}

describe("the PostgreSQL schema mirrors the SQLite schema", () => {
  it("has the same tables, apart from the search index", () => {
    const pgNames = [...pgTables.keys()].filter((name) => !onlyOnPostgres.has(name));
    expect(pgNames.sort()).toEqual([...sqliteTables.keys()].sort());
  });

  describe.each([...sqliteTables.keys()])("%s", (tableName) => {
    const sqliteConfig = sqliteTableConfig(sqliteTables.get(tableName) as SQLiteTable);
    const pgConfig = pgTableConfig(pgTables.get(tableName) as PgTable);

    it("has the same columns, keys, indexes and foreign keys", () => {
      expect(shapeOf(pgConfig)).toEqual(shapeOf(sqliteConfig));
    });

    it("gives each column the matching PostgreSQL type", () => {
      const mismatches = sqliteConfig.columns.flatMap((column, i) => {
        const pgColumn = pgConfig.columns[i];
        const matches = pgColumn !== undefined && (typeMapping[column.columnType]?.(pgColumn) ?? false);
        return matches ? [] : [`${column.name}: ${column.columnType} vs ${pgColumn?.columnType} ${pgColumn?.getSQLType()}`];
      });
      expect(mismatches).toEqual([]);
    });

    it("generates the ids SQLite would number", () => {
      const generated = (columns: Column[]) => names(columns.filter((c) => c.primary && c.columnType === "SQLiteInteger"));
      const identities = names((pgConfig.columns as AnyPgColumn[]).filter((c) => c.generatedIdentity?.type === "byDefault"));
      expect(identities).toEqual(generated(sqliteConfig.columns));
    });
  });

  it("infers the same row types, so one query layer serves both", () => {
    expectTypeOf<pg.Unit>().toEqualTypeOf<sqlite.Unit>();
    expectTypeOf<pg.Category>().toEqualTypeOf<sqlite.Category>();
    expectTypeOf<pg.User>().toEqualTypeOf<sqlite.User>();
    expectTypeOf<pg.Media>().toEqualTypeOf<sqlite.Media>();
    expectTypeOf<pg.Series>().toEqualTypeOf<sqlite.Series>();
    expectTypeOf<pg.Article>().toEqualTypeOf<sqlite.Article>();
    expectTypeOf<pg.NewArticle>().toEqualTypeOf<sqlite.NewArticle>();
    expectTypeOf<pg.ArticleRevision>().toEqualTypeOf<sqlite.ArticleRevision>();
    expectTypeOf<pg.AuditEntry>().toEqualTypeOf<sqlite.AuditEntry>();
    expectTypeOf<pg.SiteSettingsRow>().toEqualTypeOf<sqlite.SiteSettingsRow>();
    expectTypeOf<pg.Page>().toEqualTypeOf<sqlite.Page>();
    expectTypeOf<pg.PageRevision>().toEqualTypeOf<sqlite.PageRevision>();
    expectTypeOf<pg.MenuItem>().toEqualTypeOf<sqlite.MenuItem>();
    expect(Object.keys(pg).filter((name) => !(name in sqlite))).toEqual(["articleSearch"]);
  });
});
