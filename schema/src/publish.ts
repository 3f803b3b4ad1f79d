import { and, desc, eq, sql } from 'drizzle-orm';
import { z } from 'zod';
import { audit } from './audit.js';
import type { CheckReport, PublishResult } from './check/report.js';
import { type CheckOutcome, inputHash, runCheck } from './check/run-check.js';
import type { Principal, RegistryContext, RegistryTransaction } from './context.js';
import { checks, subgraphs, subgraphVersions } from './db/schema.js';
import { badInput } from './errors.js';
import { latestSupergraph } from './state.js';
import { createSupergraphVersion, lockSupergraphWrites } from './supergraph.js';

export const subgraphName = z
  .string()
  .regex(/^[a-z][a-z0-9-]{1,62}$/, 'a subgraph name is lower-case letters, digits and dashes');

export const publishRequest = z.object({
  sdl: z.string().min(1, 'the schema is empty').max(2_000_000),
  url: z.url({ protocol: /^https?$/, error: 'the URL must be http(s)://…' }).max(500),
});

export const checkRequest = z.object({
  sdl: z.string().min(1, 'the schema is empty').max(2_000_000),
  url: publishRequest.shape.url.optional(),
});

const lockSubgraph = (tx: RegistryTransaction, name: string) =>
  tx.execute(sql`select pg_advisory_xact_lock(hashtext(${`registry:subgraph:${name}`}))`);

/** A check without publishing: nothing changes but the stored report. */
export async function check(
  context: RegistryContext,
  principal: Principal,
  name: string,
  request: z.output<typeof checkRequest>,
): Promise<CheckReport> {
  const outcome = await runCheck(context, context.db, principal, {
    subgraph: name,
    action: 'publish',
    sdl: request.sdl,
    ...(request.url ? { url: request.url } : {}),
    drift: request.url ? 'report' : 'skip',
  });
  await audit(context.db, principal, 'subgraph.check', `subgraph:${name}`, 'checked', {
    check: outcome.report.id,
    passed: outcome.report.passed,
  });
  return outcome.report;
}

/** The result a publish gave earlier for the same input, if nothing was published since. */
async function earlierResult(
  tx: RegistryTransaction,
  name: string,
  hash: string,
): Promise<PublishResult | undefined> {
  const latest = await latestSupergraph(tx);
  if (!latest) return undefined;
  const [earlier] = await tx
    .select()
    .from(checks)
    .where(
      and(
        eq(checks.subgraph, name),
        eq(checks.inputHash, hash),
        eq(checks.publishedSupergraphId, latest.id),
      ),
    )
    .orderBy(desc(checks.createdAt))
    .limit(1);
  if (!earlier) return undefined;
  const member = latest.members.find((candidate) => candidate.subgraph === name);
  return {
    check: earlier.report as CheckReport,
    published: true,
    unchanged: true,
    supergraphVersion: latest.id,
    subgraphVersion: member?.versionId ?? null,
  };
}

/**
 * Check, then (if nothing blocks) a new immutable subgraph version and supergraph version.
 * Serialised per subgraph; idempotent for the same input over the same live supergraph. The
 * supergraph is re-composed if another subgraph's publish landed while this one was checked.
 */
async function change(
  context: RegistryContext,
  principal: Principal,
  name: string,
  action: 'publish' | 'delete',
  request: { readonly sdl?: string; readonly url?: string },
): Promise<PublishResult> {
  const verb = action === 'publish' ? 'subgraph.publish' : 'subgraph.delete';
  return context.db.transaction(async (tx) => {
    await lockSubgraph(tx, name);
    const hash = inputHash({ action, ...request });
    const earlier = await earlierResult(tx, name, hash);
    if (earlier) {
      await audit(tx, principal, verb, `subgraph:${name}`, 'unchanged', {
        supergraph: earlier.supergraphVersion,
      });
      return earlier;
    }

    const checkRequest = { subgraph: name, action, ...request } as const;
    let outcome: CheckOutcome = await runCheck(context, tx, principal, {
      ...checkRequest,
      drift: action === 'publish' ? 'require' : 'skip',
    });
    if (outcome.report.passed) {
      await lockSupergraphWrites(tx);
      const latest = await latestSupergraph(tx);
      if ((latest?.id ?? null) !== (outcome.state.supergraph?.id ?? null)) {
        // The service was asked already; compose again over what landed meanwhile.
        outcome = await runCheck(context, tx, principal, { ...checkRequest, drift: 'skip' });
      }
    }
    const { report, analysis } = outcome;
    if (!report.passed || !analysis.composed) {
      if (action === 'publish' && report.membership === 'new' && principal.owner) {
        await tx
          .insert(subgraphs)
          .values({
            name,
            owner: principal.owner,
            status: 'pending',
            proposedBy: principal.tokenId,
          })
          .onConflictDoNothing();
      }
      await audit(tx, principal, verb, `subgraph:${name}`, 'refused', {
        check: report.id,
        blockers: report.blockers.map((blocker) => blocker.code),
      });
      return {
        check: report,
        published: false,
        unchanged: false,
        supergraphVersion: null,
        subgraphVersion: null,
      };
    }

    const others = outcome.state.members
      .filter((member) => member.subgraph !== name)
      .map((member) => ({ subgraph: member.subgraph, versionId: member.versionId }));
    let subgraphVersion: number | null = null;
    if (action === 'publish') {
      const [row] = await tx
        .insert(subgraphVersions)
        .values({
          subgraph: name,
          sdl: request.sdl as string,
          sdlHash: hash,
          url: request.url as string,
          tokenId: principal.tokenId,
        })
        .returning({ id: subgraphVersions.id });
      subgraphVersion = (row as { id: number }).id;
    }
    const supergraphVersion = await createSupergraphVersion(context, tx, {
      supergraphSdl: analysis.supergraphSdl,
      apiSdl: analysis.apiSdl,
      members:
        subgraphVersion === null
          ? others
          : [...others, { subgraph: name, versionId: subgraphVersion }],
      cause: action,
      subject: name,
      tokenId: principal.tokenId,
    });
    await tx
      .update(subgraphs)
      .set({ status: action === 'publish' ? 'active' : 'deleted' })
      .where(eq(subgraphs.name, name));
    await tx
      .update(checks)
      .set({ publishedSupergraphId: supergraphVersion })
      .where(eq(checks.id, report.id));
    await audit(tx, principal, verb, `subgraph:${name}`, 'done', {
      check: report.id,
      supergraph: supergraphVersion,
      subgraphVersion,
    });
    return { check: report, published: true, unchanged: false, supergraphVersion, subgraphVersion };
  });
}

export function publish(
  context: RegistryContext,
  principal: Principal,
  name: string,
  request: z.output<typeof publishRequest>,
): Promise<PublishResult> {
  return change(context, principal, name, 'publish', request);
}

/** Removes a subgraph from the graph, checked like any change (its fields' users count). */
export async function deleteSubgraph(
  context: RegistryContext,
  principal: Principal,
  name: string,
): Promise<PublishResult> {
  const [row] = await context.db.select().from(subgraphs).where(eq(subgraphs.name, name));
  if (!row || row.status === 'deleted') throw badInput(`${name} is not in the graph`);
  return change(context, principal, name, 'delete', {});
}
