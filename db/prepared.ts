// Statements that run many times in a row (an import writes each of them 100,000 times): built
// once per handle and run with placeholders, as drizzle's prepared queries. Each run of a query
// builder rebuilds its SQL from the schema objects; for an import, that building took about a fifth
// of its time (profile of 2026-12-02, `npm run bench:import -- --profile`).
import { sql, type Column, type Placeholder, type SQL } from "drizzle-orm";

type PreparedQuery = { execute(placeholders?: Record<string, unknown>): unknown };
type Preparable = { prepare(): PreparedQuery };
type Result<Q extends Preparable> = Awaited<ReturnType<ReturnType<Q["prepare"]>["execute"]>>;

// Per handle: on SQLite, the connection's (one object for its whole life); on PostgreSQL, one
// transaction's, whose connection the prepared query holds, so it is built again in the next one.
const built = new WeakMap<object, Map<string, PreparedQuery>>();

/**
 * A query built by `build` the first time it runs on a handle, with `sql.placeholder(name)` where
 * its values go, and run with `values` each time. `name` tells the queries apart on a handle.
 *
 * A placeholder's value goes through its column's encoder even when it is null (drizzle 0.45's
 * fillPlaceholders has no null check, unlike a built query), and a date column's encoder throws
 * on null: a query that may write no date has a variant without that column.
 *
 * On PostgreSQL the statement stays unnamed, parsed by the server each time: a named one would be
 * kept per pooled connection and outlive a change of the tables it reads (a migration, a test's
 * fresh schema). What is saved is drizzle's building, which is most of the cost here.
 */
export function preparedQuery<Handle extends object, Q extends Preparable>(name: string, build: (handle: Handle) => Q) {
  return async (handle: Handle, values: Record<string, unknown>): Promise<Result<Q>> => {
    let queries = built.get(handle);
    if (!queries) built.set(handle, (queries = new Map()));
    let query = queries.get(name);
    if (!query) {
      query = build(handle).prepare();
      queries.set(name, query);
    }
    return (await query.execute(values)) as Result<Q>;
  };
}

/** `{ key: sql.placeholder(key) }` for each key: a prepared insert's values, named as its columns. */
export function placeholders<Key extends string>(keys: readonly Key[]): Record<Key, Placeholder<Key>> {
  return Object.fromEntries(keys.map((key) => [key, sql.placeholder(key)])) as Record<Key, Placeholder<Key>>;
}

/** In an upsert's update, the value the refused row would have written to `column` (both dialects say `excluded`). */
export function excluded(column: Column): SQL {
  return sql`excluded.${sql.identifier(column.name)}`;
}
