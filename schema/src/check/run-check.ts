import { createHash, randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import type { Principal, Queryable, RegistryContext } from '../context.js';
import { approvals, checks } from '../db/schema.js';
import { checkServedSdl } from '../drift.js';
import { forbidden } from '../errors.js';
import { type GraphState, graphState } from '../state.js';
import { usageOf } from '../usage.js';
import type { Analysis, SubgraphSource } from './analyse.js';
import { ownershipFindings } from './ownership.js';
import type { Blocker, CheckedChange, CheckReport, OwnershipFinding } from './report.js';

/** One subgraph's part of a change: a new schema (and URL) for it, or its removal. */
export interface CandidateChange {
  readonly subgraph: string;
  readonly action: 'publish' | 'delete';
  readonly sdl?: string;
  readonly url?: string;
  /** For a new name proposed in a coordinated publish: who owns it. */
  readonly owner?: string;
}

export interface CheckRequest {
  /** Usually one subgraph; several when an operator publishes them together. */
  readonly candidates: readonly CandidateChange[];
  /** Ask each service at its URL whether it serves its SDL; a publish must, a check may. */
  readonly drift: 'skip' | 'report' | 'require';
  /** New names are admitted by this change itself (an admin's coordinated publish). */
  readonly admitsNewMembers?: boolean;
}

export interface CheckOutcome {
  readonly report: CheckReport;
  readonly analysis: Analysis;
  readonly state: GraphState;
  readonly subgraphs: readonly SubgraphSource[];
  readonly inputHash: string;
}

export const inputHash = (candidates: readonly CandidateChange[]) => {
  const hash = createHash('sha256');
  for (const candidate of [...candidates].sort((a, b) => a.subgraph.localeCompare(b.subgraph))) {
    hash.update(
      `${candidate.subgraph}\n${candidate.action}\n${candidate.url ?? ''}\n${candidate.sdl ?? ''}\n`,
    );
  }
  return hash.digest('hex');
};

/** The name a change is recorded under: the subgraph, or several joined with `+`. */
export const changeSubject = (candidates: readonly CandidateChange[]) =>
  candidates
    .map((candidate) => candidate.subgraph)
    .sort()
    .join('+');

export const breakingKey = (change: { type: string; coordinate: string | null }) =>
  `${change.type}:${change.coordinate ?? ''}`;
export const ownershipKey = (finding: Omit<OwnershipFinding, 'approved'>) =>
  `${finding.kind}:${finding.coordinate}:${finding.otherSubgraph}`;

/** The coordinate whose use decides whether a change hurts anyone. */
function usageCoordinate(change: { type: string; coordinate: string | null }): string | null {
  if (!change.coordinate) return null;
  // An enum value may be in any answer of the enum's type: its use is the type's use.
  if (change.type.startsWith('ENUM_VALUE')) return change.coordinate.split('.')[0] ?? null;
  return change.coordinate;
}

/** Who may check or publish a name: its owner's tokens, and admins for existing names. */
export function assertMayChange(
  principal: Principal,
  state: GraphState,
  subgraph: string,
  admitsNewMembers = false,
): void {
  if (principal.role === 'gateway') throw forbidden('a gateway token cannot change the graph');
  const row = state.subgraphRows.get(subgraph);
  if (principal.role === 'admin') {
    if (!row && !admitsNewMembers) {
      throw forbidden(`a new subgraph is proposed with its owner’s token, not an admin’s`);
    }
    return;
  }
  if (row && row.owner !== principal.owner) {
    throw forbidden(
      `subgraph ${subgraph} belongs to ${row.owner}; this token is ${principal.owner}’s`,
    );
  }
}

/**
 * Composes the candidate supergraph (in a worker), compares its API with the live one, weighs
 * breaking changes against recorded usage and approvals, looks for takeovers of other owners'
 * fields, lints, and says what would stop a publish. The report is stored for approvals.
 */
export async function runCheck(
  context: RegistryContext,
  db: Queryable,
  principal: Principal,
  request: CheckRequest,
): Promise<CheckOutcome> {
  const started = performance.now();
  const state = await graphState(db);
  const names = new Set(request.candidates.map((candidate) => candidate.subgraph));
  for (const candidate of request.candidates) {
    assertMayChange(principal, state, candidate.subgraph, request.admitsNewMembers);
  }
  const subject = changeSubject(request.candidates);
  const ownerOf = (candidate: CandidateChange) =>
    state.subgraphRows.get(candidate.subgraph)?.owner ??
    candidate.owner ??
    (principal.owner as string);

  const others = state.members.filter((member) => !names.has(member.subgraph));
  const publishing = request.candidates.filter((candidate) => candidate.action === 'publish');
  const subgraphs: SubgraphSource[] = [
    ...others.map((member) => ({ name: member.subgraph, url: member.url, sdl: member.sdl })),
    ...publishing.map((candidate) => ({
      name: candidate.subgraph,
      url: candidate.url ?? 'http://unknown.invalid/graphql',
      sdl: candidate.sdl ?? '',
    })),
  ];

  const [analysis, drifts] = await Promise.all([
    context.pool.analyse({
      subgraphs,
      currentApiSdl: state.supergraph?.apiSdl ?? null,
      candidates: [...names],
    }),
    Promise.all(
      publishing.map((candidate) =>
        request.drift !== 'skip' && candidate.url && candidate.sdl
          ? checkServedSdl(
              candidate.subgraph,
              candidate.url,
              candidate.sdl,
              context.settings.driftTimeoutMs,
            )
          : Promise.resolve(null),
      ),
    ),
  ]);

  const approved = await db
    .select({ kind: approvals.kind, changeKey: approvals.changeKey })
    .from(approvals)
    .where(eq(approvals.subgraph, subject));
  const approvedKeys = new Set(
    approved.map((approval) => `${approval.kind}|${approval.changeKey}`),
  );

  let changes: CheckedChange[] = [];
  if (analysis.composed) {
    const breaking = analysis.changes.filter((change) => change.criticality === 'BREAKING');
    const usage = await usageOf(
      db,
      [...new Set(breaking.map(usageCoordinate).filter((key): key is string => key !== null))],
      context.settings.usageWindowDays,
    );
    changes = analysis.changes.map((change) => {
      if (change.criticality !== 'BREAKING') {
        return { ...change, usage: null, safeBecauseUnused: false, approved: false };
      }
      const key = usageCoordinate(change);
      const used = key ? usage.get(key) : undefined;
      return {
        ...change,
        usage: used
          ? { operations: used.operations, clients: used.clients }
          : { operations: 0, clients: [] },
        // Without a coordinate we cannot know who uses it: never call it safe.
        safeBecauseUnused: key !== null && !used,
        approved: approvedKeys.has(`breaking|${breakingKey(change)}`),
      };
    });
  }

  const ownership: OwnershipFinding[] = [];
  const owned = [
    ...others.map((member) => ({ name: member.subgraph, owner: member.owner, sdl: member.sdl })),
    ...publishing.map((candidate) => ({
      name: candidate.subgraph,
      owner: ownerOf(candidate),
      sdl: candidate.sdl ?? '',
    })),
  ];
  for (const candidate of publishing) {
    try {
      ownership.push(
        ...ownershipFindings(
          { name: candidate.subgraph, owner: ownerOf(candidate), sdl: candidate.sdl ?? '' },
          owned.filter((other) => other.name !== candidate.subgraph),
        ).map((finding) => ({
          ...finding,
          approved: approvedKeys.has(`ownership|${ownershipKey(finding)}`),
        })),
      );
    } catch {
      // An SDL that does not parse is already a composition problem.
    }
  }

  const newNames = publishing
    .map((candidate) => candidate.subgraph)
    .filter((name) => {
      const row = state.subgraphRows.get(name);
      return !row || row.status === 'pending';
    });
  const membership: CheckReport['membership'] =
    newNames.length > 0
      ? 'new'
      : [...names].every((name) => state.members.some((member) => member.subgraph === name))
        ? 'member'
        : 'approved';

  const blockers: Blocker[] = [];
  if (!analysis.composed) {
    blockers.push({
      code: 'COMPOSITION_FAILED',
      message: `the supergraph does not compose (${analysis.problems.length} problem${analysis.problems.length === 1 ? '' : 's'})`,
    });
  }
  for (const change of changes) {
    if (change.criticality === 'BREAKING' && !change.safeBecauseUnused && !change.approved) {
      blockers.push({
        code: 'BREAKING_CHANGE',
        message: `${change.message} (used by ${change.usage?.operations ?? 0} operations in the last ${context.settings.usageWindowDays} days); an admin can approve it`,
      });
    }
  }
  for (const finding of ownership) {
    if (!finding.approved) {
      blockers.push({
        code: 'OWNERSHIP',
        message: `${finding.kind === 'override' ? 'takes over' : 'also resolves'} ${finding.coordinate}, owned by ${finding.otherOwner} (subgraph ${finding.otherSubgraph}); ${finding.otherOwner} must approve`,
      });
    }
  }
  if (!request.admitsNewMembers) {
    for (const name of newNames) {
      blockers.push({
        code: 'NEW_SUBGRAPH',
        message: `${name} is not yet a member of the graph: an admin must approve it`,
      });
    }
  }
  for (const drift of drifts) {
    if (request.drift === 'require' && drift && !drift.serves) {
      blockers.push({ code: 'SCHEMA_DRIFT', message: `${drift.url}: ${drift.detail}` });
    }
  }

  const hash = inputHash(request.candidates);
  const report: CheckReport = {
    id: randomUUID(),
    subgraph: subject,
    action: request.candidates.every((candidate) => candidate.action === 'delete')
      ? 'delete'
      : 'publish',
    baseSupergraphVersion: state.supergraph?.id ?? null,
    composition: { ok: analysis.composed, problems: analysis.composed ? [] : analysis.problems },
    changes,
    ownership,
    lint: analysis.lint,
    membership,
    drift:
      drifts.find((drift) => drift !== null && !drift.serves) ??
      drifts.find((drift) => drift !== null) ??
      null,
    blockers,
    passed: blockers.length === 0,
    durationMs: Math.round(performance.now() - started),
  };
  await db.insert(checks).values({
    id: report.id,
    subgraph: subject,
    inputHash: hash,
    baseSupergraphId: report.baseSupergraphVersion,
    report,
    passed: report.passed ? 'yes' : 'no',
    tokenId: principal.tokenId,
  });
  return { report, analysis, state, subgraphs, inputHash: hash };
}
