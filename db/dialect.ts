// Which database this process serves. One process serves one database: the SQLite file by
// default, PostgreSQL when DATABASE_URL names one. Read from the environment (not from a handle)
// because the table objects are chosen when db/schema.ts is first imported.

export type Dialect = "sqlite" | "postgres";

export const isPostgresUrl = (value: string): boolean => /^postgres(ql)?:\/\//i.test(value);

export function activeDialect(): Dialect {
  return isPostgresUrl(process.env.DATABASE_URL ?? "") ? "postgres" : "sqlite";
}
