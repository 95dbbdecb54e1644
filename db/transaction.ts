// How a command's reads and writes become one unit, and what a refused write means: the dialects'
// details live here, so the commands above read the same on SQLite and PostgreSQL.
import { AsyncLocalStorage } from "node:async_hooks";
import { sql } from "drizzle-orm";
import { connections, isTransaction, markTransaction, type Connections, type Database, type Transaction } from "./client";

// Every write transaction on PostgreSQL takes this transaction-level advisory lock first (any
// fixed number; db/postgres.ts's migration lock is another).
const WRITE_LOCK = 15_0002;

// Which transaction the running code is inside, process-wide: Next's chunks each have their own
// copy of this module, and one command's work may call into another chunk's.
const holder = globalThis as typeof globalThis & { banTinTransactionContext?: AsyncLocalStorage<{ owner: Connections; tx: Transaction }> };
const inside = (holder.banTinTransactionContext ??= new AsyncLocalStorage());

/**
 * Runs `work` in one write transaction and commits what it wrote, or nothing if it throws.
 *
 * Write transactions run one at a time, as the synchronous API did by construction, so the checks
 * a command makes inside its transaction still hold when it writes, whatever awaits between them.
 * On SQLite, a per-process queue hands the one writer connection to one transaction at a time, and
 * BEGIN IMMEDIATE takes the file's write lock at the start, so another process's write waits for
 * ours (up to the busy timeout) instead of slipping between the checks and the writes. On
 * PostgreSQL, each transaction first takes one advisory lock that every instance's writers share
 * (released at commit or rollback): its reads then see every write committed before it, and no
 * other write commits until it ends. Readers never wait for it on either.
 *
 * Called with a transaction's handle, or from inside a transaction's work, it joins that
 * transaction rather than wait for itself.
 */
export async function writeTransaction<R>(db: Database | Transaction, work: (tx: Transaction) => Promise<R> | R): Promise<R> {
  if (isTransaction(db)) return work(db as Transaction);
  const owner = connections(db);
  const current = inside.getStore();
  if (current?.owner === owner) return work(current.tx);

  if (owner.dialect === "postgres") {
    return owner.database.transaction(async (pgTx) => {
      await pgTx.execute(sql`select pg_advisory_xact_lock(${WRITE_LOCK})`);
      const tx = markTransaction(pgTx as unknown as Transaction);
      return inside.run({ owner, tx }, () => work(tx));
    });
  }
  return owner.queue(async () => {
    // The writer's handle is only ever used inside a transaction: it was marked when opened.
    const tx: Transaction = owner.writerDatabase;
    owner.writer.exec("BEGIN IMMEDIATE");
    try {
      const result = await inside.run({ owner, tx }, () => work(tx));
      owner.writer.exec("COMMIT");
      return result;
    } catch (error) {
      // SQLite ends the transaction itself after some errors (a full disk); a second ROLLBACK would throw.
      if (owner.writer.inTransaction) owner.writer.exec("ROLLBACK");
      throw error;
    }
  });
}

export type ConstraintViolation =
  /** A unique index refused a value; columns as "table.column", e.g. "users.username". */
  | { kind: "unique"; columns: string[] }
  /** A reference to a row that does not exist (or no longer does). */
  | { kind: "foreign-key" };

/** The constraint a failed write broke, or null when the error is anything else. */
export function constraintViolationOf(error: unknown): ConstraintViolation | null {
  // drizzle wraps the driver's error in its own, with the original as `cause`.
  for (let current = error; current instanceof Error; current = current.cause) {
    const code = "code" in current ? current.code : undefined;
    // SQLite: "UNIQUE constraint failed: units.slug" (several columns are separated by ", ").
    if (code === "SQLITE_CONSTRAINT_FOREIGNKEY") return { kind: "foreign-key" };
    if (code === "SQLITE_CONSTRAINT_UNIQUE" || code === "SQLITE_CONSTRAINT_PRIMARYKEY") {
      const columns = current.message.slice(current.message.indexOf(":") + 1).split(",").map((column) => column.trim());
      return { kind: "unique", columns };
    }
    // PostgreSQL: 23505 with the table and "Key (slug)=(giao-duc) already exists.", 23503 a missing reference.
    if (code === "23503") return { kind: "foreign-key" };
    if (code === "23505") {
      const table = "table" in current && typeof current.table === "string" ? current.table : "";
      const detail = "detail" in current && typeof current.detail === "string" ? current.detail : "";
      const key = /^Key \((.+?)\)=/.exec(detail)?.[1] ?? "";
      return { kind: "unique", columns: key.split(",").map((column) => `${table}.${column.trim().replace(/^"|"$/g, "")}`) };
    }
  }
  return null;
}

// PostgreSQL's codes for a server that went away or is starting or stopping (class 08, 57P01-03),
// and the driver's words when a connection dies mid-query; SQLite's for a file locked too long.
const UNAVAILABLE_CODES = new Set(["57P01", "57P02", "57P03", "08000", "08001", "08003", "08006", "ECONNREFUSED", "ECONNRESET", "EPIPE", "ETIMEDOUT", "SQLITE_BUSY"]);

/** Whether a write failed because the database could not be reached for a moment: worth trying again. */
export function isDatabaseUnavailable(error: unknown): boolean {
  for (let current = error; current instanceof Error; current = current.cause) {
    const code = "code" in current ? current.code : undefined;
    if (typeof code === "string" && UNAVAILABLE_CODES.has(code)) return true;
    if (/Connection terminated|connection timeout|not queryable|Không kết nối được PostgreSQL/i.test(current.message)) return true;
    if (current instanceof AggregateError && current.errors.some(isDatabaseUnavailable)) return true;
  }
  return false;
}
