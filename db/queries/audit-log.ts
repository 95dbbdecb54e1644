import { and, count, desc, eq, gte, lt, type SQL } from "drizzle-orm";
import type { Database, DatabaseOrTransaction } from "../client";
import type { AuditAction } from "@/core/audit";
import { auditLog, type AuditEntry } from "../schema";

export type NewAuditEntry = { actorId: number | null; actorName: string; action: AuditAction; target?: string; detail?: string; ip?: string; at?: Date };

export function recordAudit(db: DatabaseOrTransaction, entry: NewAuditEntry): void {
  db.insert(auditLog)
    .values({ ...entry, at: entry.at ?? new Date(), target: entry.target ?? "", detail: entry.detail ?? "", ip: entry.ip ?? "" })
    .run();
}

export type AuditFilter = { action?: AuditAction; actorId?: number; from?: Date; to?: Date };

export function auditEntriesPage(db: Database, filter: AuditFilter, page: { offset: number; limit: number }): { items: AuditEntry[]; total: number } {
  const parts: SQL[] = [];
  if (filter.action) parts.push(eq(auditLog.action, filter.action));
  if (filter.actorId) parts.push(eq(auditLog.actorId, filter.actorId));
  if (filter.from) parts.push(gte(auditLog.at, filter.from));
  if (filter.to) parts.push(lt(auditLog.at, filter.to));
  const where = parts.length ? and(...parts) : undefined;
  const total = db.select({ n: count() }).from(auditLog).where(where).get()?.n ?? 0;
  const items = db.select().from(auditLog).where(where).orderBy(desc(auditLog.at), desc(auditLog.id)).limit(page.limit).offset(page.offset).all();
  return { items, total };
}
