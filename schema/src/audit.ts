import { desc } from 'drizzle-orm';
import type { Principal, Queryable } from './context.js';
import { auditLog } from './db/schema.js';

/** Appends who did what to the audit log, in the caller's transaction when given one. */
export async function audit(
  db: Queryable,
  principal: Principal,
  action: string,
  subject: string,
  outcome: 'done' | 'refused' | 'unchanged' | 'checked',
  detail?: Record<string, unknown>,
): Promise<void> {
  await db.insert(auditLog).values({
    tokenId: principal.tokenId,
    tokenLabel: principal.label,
    owner: principal.owner,
    action,
    subject,
    outcome,
    clientAddress: principal.clientAddress ?? null,
    detail: detail ?? null,
  });
}

export async function readAudit(db: Queryable, limit: number) {
  return db.select().from(auditLog).orderBy(desc(auditLog.id)).limit(limit);
}
