// Which database this process serves. One process serves one database: the SQLite file by
// default, PostgreSQL when DATABASE_URL names one. Read from the environment (not from a handle)
// because the table objects are chosen when db/schema.ts is first imported.

export type Dialect = "sqlite" | "postgres";

export const isPostgresUrl = (value: string): boolean => /^postgres(ql)?:\/\//i.test(value);

export function activeDialect(): Dialect {
  return isPostgresUrl(process.env.DATABASE_URL ?? "") ? "postgres" : "sqlite";
}

/** Where a database is, for people: "PostgreSQL 127.0.0.1:5432/ban_tin" (never the password), or the file. */
export function describeLocation(location: string): string {
  if (!isPostgresUrl(location)) return location;
  try {
    const url = new URL(location);
    return `PostgreSQL ${url.hostname}:${url.port || "5432"}${url.pathname}`;
  } catch {
    return "PostgreSQL (DATABASE_URL)";
  }
}
