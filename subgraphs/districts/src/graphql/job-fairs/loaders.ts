import { alignByKey, defineLoader, groupByKey } from '@jobgraph/subgraph-kit';
import { and, asc, eq, gte, inArray, lte, type SQL, sql } from 'drizzle-orm';
import {
  type JobFairRegistrationRow,
  type JobFairRow,
  jobFairEmployers,
  jobFairRegistrations,
  jobFairs,
} from '../../db/schema.js';
import { defineScopedLoader, groupRows } from '../batching.js';
import type { DistrictsContext } from '../context.js';
import type { EmployerParent } from '../references.js';

export const fairById = defineLoader<string, JobFairRow | null, DistrictsContext>(
  'fairById',
  async (ids, { db }) => {
    const rows = await db
      .select()
      .from(jobFairs)
      .where(inArray(jobFairs.id, [...ids]));
    return alignByKey(ids, rows, (row) => row.id);
  },
);

export interface FairArgs {
  readonly kind: JobFairRow['kind'] | null;
  readonly from: string | null;
  readonly to: string | null;
}

/** The conditions of a fair listing, shared by the query and the centers' field. */
export function fairConditions(args: FairArgs): SQL[] {
  const conditions: SQL[] = [];
  if (args.kind !== null) conditions.push(eq(jobFairs.kind, args.kind));
  if (args.from !== null) conditions.push(gte(jobFairs.heldOn, args.from));
  if (args.to !== null) conditions.push(lte(jobFairs.heldOn, args.to));
  return conditions;
}

export const fairsOfCenter = defineScopedLoader<FairArgs, JobFairRow[]>(
  'fairsOfCenter',
  async (centerIds, args, { db }) => {
    const rows = await db
      .select()
      .from(jobFairs)
      .where(and(inArray(jobFairs.centerId, [...centerIds]), ...fairConditions(args)))
      .orderBy(asc(jobFairs.heldOn), asc(jobFairs.id));
    return groupRows(rows, (row) => row.centerId);
  },
  () => [],
);

export interface FairCountArgs {
  readonly year: number;
  readonly kind: JobFairRow['kind'] | null;
}

/** Fairs of each center in a calendar year (optionally of one kind), counted. */
export const fairCountOfCenter = defineScopedLoader<FairCountArgs, number>(
  'fairCountOfCenter',
  async (centerIds, args, { db }) => {
    const rows = await db
      .select({ centerId: jobFairs.centerId, count: sql<number>`count(*)::int` })
      .from(jobFairs)
      .where(
        and(
          inArray(jobFairs.centerId, [...centerIds]),
          ...fairConditions({
            kind: args.kind,
            from: `${args.year}-01-01`,
            to: `${args.year}-12-31`,
          }),
        ),
      )
      .groupBy(jobFairs.centerId);
    return new Map(rows.map((row) => [row.centerId, row.count]));
  },
  () => 0,
);

export const registrationCount = defineLoader<string, number, DistrictsContext>(
  'fairRegistrationCount',
  async (fairIds, { db }) => {
    const rows = await db
      .select({ fairId: jobFairRegistrations.jobFairId, count: sql<number>`count(*)::int` })
      .from(jobFairRegistrations)
      .where(inArray(jobFairRegistrations.jobFairId, [...fairIds]))
      .groupBy(jobFairRegistrations.jobFairId);
    const counts = new Map(rows.map((row) => [row.fairId, row.count]));
    return fairIds.map((id) => counts.get(id) ?? 0);
  },
);

export const employersOfFair = defineLoader<string, EmployerParent[], DistrictsContext>(
  'employersOfFair',
  async (fairIds, { db }) => {
    const rows = await db
      .select()
      .from(jobFairEmployers)
      .where(inArray(jobFairEmployers.jobFairId, [...fairIds]))
      .orderBy(asc(jobFairEmployers.employerId));
    return groupByKey(fairIds, rows, (row) => row.jobFairId).map((group) =>
      group.map((row) => ({ id: row.employerId })),
    );
  },
);

export const registrationsOfMember = defineLoader<
  string,
  JobFairRegistrationRow[],
  DistrictsContext
>('fairRegistrationsOfMember', async (memberIds, { db }) => {
  const rows = await db
    .select()
    .from(jobFairRegistrations)
    .where(inArray(jobFairRegistrations.memberId, [...memberIds]))
    .orderBy(asc(jobFairRegistrations.registeredAt), asc(jobFairRegistrations.id));
  return groupByKey(memberIds, rows, (row) => row.memberId);
});
