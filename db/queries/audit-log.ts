import { and, count, desc, eq, gte, lt, type SQL } from "drizzle-orm";
import type { Database, Transaction } from "../client";
import type { AuditAction } from "@/core/audit";
import { auditLog, type AuditEntry } from "../schema";

export type NewAuditEntry = { actorId: number | null; actorName: string; action: AuditAction; target?: string; detail?: string; ip?: string; at?: Date };

export async function recordAudit(tx: Transaction, entry: NewAuditEntry): Promise<void> {
  await tx.insert(auditLog).values({ ...entry, at: entry.at ?? new Date(), target: entry.target ?? "", detail: entry.detail ?? "", ip: entry.ip ?? "" });
}

export type AuditFilter = { action?: AuditAction; actorId?: number; from?: Date; to?: Date };

export async function auditEntriesPage(db: Database, filter: AuditFilter, page: { offset: number; limit: number }): Promise<{ items: AuditEntry[]; total: number }> {
  const parts: SQL[] = [];
  if (filter.action) parts.push(eq(auditLog.action, filter.action));
  if (filter.actorId) parts.push(eq(auditLog.actorId, filter.actorId));
  if (filter.from) parts.push(gte(auditLog.at, filter.from));
  if (filter.to) parts.push(lt(auditLog.at, filter.to));
  const where = parts.length ? and(...parts) : undefined;
  const [counted] = await db.select({ n: count() }).from(auditLog).where(where);
  const items = await db.select().from(auditLog).where(where).orderBy(desc(auditLog.at), desc(auditLog.id)).limit(page.limit).offset(page.offset);
  return { items, total: counted?.n ?? 0 };
}
