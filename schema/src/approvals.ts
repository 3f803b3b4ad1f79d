import { and, eq } from 'drizzle-orm';
import { z } from 'zod';
import { audit } from './audit.js';
import type { CheckReport } from './check/report.js';
import { breakingKey, ownershipKey } from './check/run-check.js';
import type { Principal, RegistryContext } from './context.js';
import { approvals, checks, subgraphs } from './db/schema.js';
import { badInput, forbidden, notFound } from './errors.js';
import { requireRole } from './tokens.js';

export interface ApprovedItem {
  readonly kind: 'breaking' | 'ownership';
  readonly coordinate: string;
  readonly changeKey: string;
}

/**
 * Approves what a stored check found that the caller may approve: an admin the breaking
 * changes; an owner the takeovers of their own fields. Each approval is recorded against the
 * change it covers and the token that gave it, and holds for every later run of that change.
 */
export async function approveCheck(
  context: RegistryContext,
  principal: Principal,
  checkId: string,
): Promise<{ readonly approved: readonly ApprovedItem[] }> {
  requireRole(principal, 'admin', 'publisher');
  if (!z.uuid().safeParse(checkId).success) throw badInput('a check id is a UUID');
  const [row] = await context.db.select().from(checks).where(eq(checks.id, checkId));
  if (!row) throw notFound(`no check ${checkId}`);
  const report = row.report as CheckReport;

  const items: ApprovedItem[] = [];
  if (principal.role === 'admin') {
    for (const change of report.changes) {
      if (change.criticality === 'BREAKING' && !change.safeBecauseUnused && !change.approved) {
        items.push({
          kind: 'breaking',
          coordinate: change.coordinate ?? '',
          changeKey: breakingKey(change),
        });
      }
    }
  }
  for (const finding of report.ownership) {
    if (!finding.approved && finding.otherOwner === principal.owner) {
      items.push({
        kind: 'ownership',
        coordinate: finding.coordinate,
        changeKey: ownershipKey(finding),
      });
    }
  }
  if (items.length === 0) {
    throw forbidden('nothing this check found waits for an approval this token may give');
  }
  await context.db.transaction(async (tx) => {
    await tx
      .insert(approvals)
      .values(
        items.map((item) => ({
          subgraph: report.subgraph,
          kind: item.kind,
          changeKey: item.changeKey,
          coordinate: item.coordinate,
          checkId,
          tokenId: principal.tokenId,
        })),
      )
      .onConflictDoNothing();
    await audit(tx, principal, 'check.approve', `subgraph:${report.subgraph}`, 'done', {
      check: checkId,
      items: items.map((item) => `${item.kind}|${item.changeKey}`),
    });
  });
  return { approved: items };
}

/** Lets a proposed subgraph join the graph (its next publish goes through). Admins only. */
export async function approveMembership(
  context: RegistryContext,
  principal: Principal,
  name: string,
) {
  requireRole(principal, 'admin');
  return context.db.transaction(async (tx) => {
    const [row] = await tx
      .update(subgraphs)
      .set({ status: 'active', approvedAt: new Date(), approvedBy: principal.tokenId })
      .where(and(eq(subgraphs.name, name), eq(subgraphs.status, 'pending')))
      .returning();
    if (!row) throw notFound(`no subgraph ${name} waits for approval`);
    await audit(tx, principal, 'subgraph.approve-membership', `subgraph:${name}`, 'done', {
      owner: row.owner,
    });
    return { subgraph: row.name, owner: row.owner, status: row.status };
  });
}
