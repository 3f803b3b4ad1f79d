import { and, desc, eq, sql } from 'drizzle-orm';
import { z } from 'zod';
import { audit } from './audit.js';
import type { CheckReport, PublishResult } from './check/report.js';
import {
  type CandidateChange,
  type CheckOutcome,
  changeSubject,
  inputHash,
  runCheck,
} from './check/run-check.js';
import type { Principal, RegistryContext, RegistryTransaction } from './context.js';
import { checks, subgraphs, subgraphVersions } from './db/schema.js';
import { badInput, forbidden } from './errors.js';
import { latestSupergraph, memberVersions } from './state.js';
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
    candidates: [
      {
        subgraph: name,
        action: 'publish',
        sdl: request.sdl,
        ...(request.url ? { url: request.url } : {}),
      },
    ],
    drift: request.url ? 'report' : 'skip',
  });
  await audit(context.db, principal, 'subgraph.check', `subgraph:${name}`, 'checked', {
    check: outcome.report.id,
    passed: outcome.report.passed,
  });
  return outcome.report;
}

/**
 * The result a publish gave earlier for the same input, if nothing was published since; or,
 * when every subgraph already has exactly this schema and URL live, the live version.
 */
async function earlierResult(
  tx: RegistryTransaction,
  candidates: readonly CandidateChange[],
): Promise<PublishResult | undefined> {
  const latest = await latestSupergraph(tx);
  if (!latest) return undefined;
  const subject = changeSubject(candidates);
  const single = candidates.length === 1 ? candidates[0] : undefined;
  const [earlier] = await tx
    .select()
    .from(checks)
    .where(
      and(
        eq(checks.subgraph, subject),
        eq(checks.inputHash, inputHash(candidates)),
        eq(checks.publishedSupergraphId, latest.id),
      ),
    )
    .orderBy(desc(checks.createdAt))
    .limit(1);
  const versionOf = (name: string) =>
    latest.members.find((member) => member.subgraph === name)?.versionId ?? null;
  if (earlier) {
    return {
      check: earlier.report as CheckReport,
      published: true,
      unchanged: true,
      supergraphVersion: latest.id,
      subgraphVersion: single ? versionOf(single.subgraph) : null,
    };
  }
  if (candidates.some((candidate) => candidate.action !== 'publish')) return undefined;
  const live = await memberVersions(tx, latest.members);
  const alreadyLive = candidates.every((candidate) =>
    live.some(
      (member) =>
        member.subgraph === candidate.subgraph &&
        member.sdl === candidate.sdl &&
        member.url === candidate.url,
    ),
  );
  if (!alreadyLive) return undefined;
  const [check] = await tx
    .select()
    .from(checks)
    .where(eq(checks.publishedSupergraphId, latest.id))
    .orderBy(desc(checks.createdAt))
    .limit(1);
  if (!check) return undefined;
  return {
    check: check.report as CheckReport,
    published: true,
    unchanged: true,
    supergraphVersion: latest.id,
    subgraphVersion: single ? versionOf(single.subgraph) : null,
  };
}

/**
 * Check, then (if nothing blocks) new immutable subgraph versions and a supergraph version.
 * Serialised per subgraph; idempotent for the same input over the same live supergraph. The
 * supergraph is re-composed if another publish landed while this one was checked.
 */
async function change(
  context: RegistryContext,
  principal: Principal,
  candidates: readonly CandidateChange[],
  admitsNewMembers = false,
): Promise<PublishResult> {
  const subject = changeSubject(candidates);
  const verb = candidates.every((candidate) => candidate.action === 'delete')
    ? 'subgraph.delete'
    : 'subgraph.publish';
  return context.db.transaction(async (tx) => {
    // Sorted, so that two coordinated publishes cannot wait on each other.
    for (const name of [...new Set(candidates.map((candidate) => candidate.subgraph))].sort()) {
      await lockSubgraph(tx, name);
    }
    const earlier = await earlierResult(tx, candidates);
    if (earlier) {
      await audit(tx, principal, verb, `subgraph:${subject}`, 'unchanged', {
        supergraph: earlier.supergraphVersion,
      });
      return earlier;
    }

    let outcome: CheckOutcome = await runCheck(context, tx, principal, {
      candidates,
      drift: candidates.some((candidate) => candidate.action === 'publish') ? 'require' : 'skip',
      admitsNewMembers,
    });
    if (outcome.report.passed) {
      await lockSupergraphWrites(tx);
      const latest = await latestSupergraph(tx);
      if ((latest?.id ?? null) !== (outcome.state.supergraph?.id ?? null)) {
        // The services were asked already; compose again over what landed meanwhile.
        outcome = await runCheck(context, tx, principal, {
          candidates,
          drift: 'skip',
          admitsNewMembers,
        });
      }
    }
    const { report, analysis } = outcome;
    if (!report.passed || !analysis.composed) {
      if (principal.owner) {
        for (const candidate of candidates) {
          if (candidate.action !== 'publish') continue;
          await tx
            .insert(subgraphs)
            .values({
              name: candidate.subgraph,
              owner: principal.owner,
              status: 'pending',
              proposedBy: principal.tokenId,
            })
            .onConflictDoNothing();
        }
      }
      await audit(tx, principal, verb, `subgraph:${subject}`, 'refused', {
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

    const names = new Set(candidates.map((candidate) => candidate.subgraph));
    const members = outcome.state.members
      .filter((member) => !names.has(member.subgraph))
      .map((member) => ({ subgraph: member.subgraph, versionId: member.versionId }));
    let subgraphVersion: number | null = null;
    for (const candidate of candidates) {
      if (admitsNewMembers && !outcome.state.subgraphRows.has(candidate.subgraph)) {
        await tx.insert(subgraphs).values({
          name: candidate.subgraph,
          owner: candidate.owner as string,
          status: 'active',
          proposedBy: principal.tokenId,
          approvedAt: new Date(),
          approvedBy: principal.tokenId,
        });
      }
      if (candidate.action === 'publish') {
        const [row] = await tx
          .insert(subgraphVersions)
          .values({
            subgraph: candidate.subgraph,
            sdl: candidate.sdl as string,
            sdlHash: inputHash([candidate]),
            url: candidate.url as string,
            tokenId: principal.tokenId,
          })
          .returning({ id: subgraphVersions.id });
        subgraphVersion = (row as { id: number }).id;
        members.push({ subgraph: candidate.subgraph, versionId: subgraphVersion });
      }
      await tx
        .update(subgraphs)
        .set({ status: candidate.action === 'publish' ? 'active' : 'deleted' })
        .where(eq(subgraphs.name, candidate.subgraph));
    }
    const supergraphVersion = await createSupergraphVersion(context, tx, {
      supergraphSdl: analysis.supergraphSdl,
      apiSdl: analysis.apiSdl,
      members,
      cause: verb === 'subgraph.delete' ? 'delete' : 'publish',
      subject,
      tokenId: principal.tokenId,
    });
    await tx
      .update(checks)
      .set({ publishedSupergraphId: supergraphVersion })
      .where(eq(checks.id, report.id));
    await audit(tx, principal, verb, `subgraph:${subject}`, 'done', {
      check: report.id,
      supergraph: supergraphVersion,
    });
    return {
      check: report,
      published: true,
      unchanged: false,
      supergraphVersion,
      subgraphVersion: candidates.length === 1 ? subgraphVersion : null,
    };
  });
}

export function publish(
  context: RegistryContext,
  principal: Principal,
  name: string,
  request: z.output<typeof publishRequest>,
): Promise<PublishResult> {
  return change(context, principal, [{ subgraph: name, action: 'publish', ...request }]);
}

/** Removes a subgraph from the graph, checked like any change (its fields' users count). */
export async function deleteSubgraph(
  context: RegistryContext,
  principal: Principal,
  name: string,
): Promise<PublishResult> {
  const [row] = await context.db.select().from(subgraphs).where(eq(subgraphs.name, name));
  if (!row || row.status === 'deleted') throw badInput(`${name} is not in the graph`);
  return change(context, principal, [{ subgraph: name, action: 'delete' }]);
}

export const coordinatedPublishRequest = z.object({
  subgraphs: z
    .array(
      z.object({
        name: subgraphName,
        owner: z.string().regex(/^[a-z][a-z0-9-]{1,62}$/, 'an owner is a lower-case name'),
        sdl: publishRequest.shape.sdl,
        url: publishRequest.shape.url,
      }),
    )
    .min(1)
    .max(100),
});

/**
 * Several subgraphs published as one change, checked together and live in one supergraph
 * version: for an operator founding the graph, or moving a field between subgraphs. Admins
 * only; new names join with the owners given (the admin's publish is their approval).
 */
export async function publishTogether(
  context: RegistryContext,
  principal: Principal,
  request: z.output<typeof coordinatedPublishRequest>,
): Promise<PublishResult> {
  if (principal.role !== 'admin') throw forbidden('a coordinated publish needs an admin token');
  const names = request.subgraphs.map((subgraph) => subgraph.name);
  if (new Set(names).size !== names.length) throw badInput('each subgraph once');
  const existing = await context.db.select().from(subgraphs);
  for (const subgraph of request.subgraphs) {
    const row = existing.find((candidate) => candidate.name === subgraph.name);
    if (row && row.owner !== subgraph.owner) {
      throw badInput(`${subgraph.name} belongs to ${row.owner}, not ${subgraph.owner}`);
    }
  }
  return change(
    context,
    principal,
    request.subgraphs.map((subgraph) => ({
      subgraph: subgraph.name,
      action: 'publish',
      sdl: subgraph.sdl,
      url: subgraph.url,
      owner: subgraph.owner,
    })),
    true,
  );
}
