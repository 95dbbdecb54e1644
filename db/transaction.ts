// How a command's reads and writes become one unit, and what a refused write means: the SQLite
// details live here, so the commands above read the same on another database.
import type { Database, Transaction } from "./client";

/**
 * Runs `work` in one write transaction and commits what it wrote, or nothing if it throws.
 * IMMEDIATE takes the write lock at the start: another process's write waits for ours (and ours
 * for theirs, up to the busy timeout) instead of slipping between the checks and the writes, and
 * no read snapshot goes stale before the first write. `work` is synchronous: nothing awaits
 * inside a transaction.
 */
export function writeTransaction<R>(db: Database, work: (tx: Transaction) => R): R {
  return db.transaction(work, { behavior: "immediate" });
}

export type ConstraintViolation =
  /** A unique index refused a value; columns as "table.column", e.g. "users.username". */
  | { kind: "unique"; columns: string[] }
  /** A reference to a row that does not exist (or no longer does). */
  | { kind: "foreign-key" };

/** The constraint a failed write broke, or null when the error is anything else. */
export function constraintViolationOf(error: unknown): ConstraintViolation | null {
  // drizzle sometimes wraps the driver's error in its own, with the original as `cause`.
  for (let current = error; current instanceof Error; current = current.cause) {
    const code = "code" in current ? current.code : undefined;
    if (code === "SQLITE_CONSTRAINT_FOREIGNKEY") return { kind: "foreign-key" };
    if (code === "SQLITE_CONSTRAINT_UNIQUE" || code === "SQLITE_CONSTRAINT_PRIMARYKEY") {
      // "UNIQUE constraint failed: units.slug" (several columns are separated by ", ").
      const columns = current.message.slice(current.message.indexOf(":") + 1).split(",").map((column) => column.trim());
      return { kind: "unique", columns };
    }
  }
  return null;
}
