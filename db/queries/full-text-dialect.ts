// The full-text index of the database this process serves (db/dialect.ts).
import { activeDialect } from "../dialect";
import type { FullTextIndex } from "./full-text";
import { postgresFullText } from "./full-text-postgres";
import { sqliteFullText } from "./full-text-sqlite";

export function fullTextIndex(): FullTextIndex {
  return activeDialect() === "postgres" ? postgresFullText : sqliteFullText;
}
