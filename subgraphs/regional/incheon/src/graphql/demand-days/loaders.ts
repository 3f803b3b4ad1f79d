import { alignByKey, defineLoader, groupByKey } from '@jobgraph/subgraph-kit';
import { and, asc, eq, gte, inArray, lte, type SQL } from 'drizzle-orm';
import {
  type DemandDayEmployerRow,
  type DemandDayRegistrationRow,
  type DemandDayRow,
  demandDayEmployers,
  demandDayRegistrations,
  demandDays,
} from '../../db/schema.js';
import { defineScopedLoader, groupRows } from '../batching.js';
import type { IncheonContext } from '../context.js';

export const demandDayById = defineLoader<string, DemandDayRow | null, IncheonContext>(
  'demandDayById',
  async (ids, { db }) => {
    const rows = await db
      .select()
      .from(demandDays)
      .where(inArray(demandDays.id, [...ids]));
    return alignByKey(ids, rows, (row) => row.id);
  },
);

export interface DemandDayArgs {
  readonly industry: DemandDayRow['industry'] | null;
  readonly from: string | null;
  readonly to: string | null;
}

/** The conditions of a listing of days, shared by the query and the centers' field. */
export function demandDayConditions(args: DemandDayArgs): SQL[] {
  const conditions: SQL[] = [];
  if (args.industry !== null) conditions.push(eq(demandDays.industry, args.industry));
  if (args.from !== null) conditions.push(gte(demandDays.heldOn, args.from));
  if (args.to !== null) conditions.push(lte(demandDays.heldOn, args.to));
  return conditions;
}

export const DEMAND_DAY_ORDER = [asc(demandDays.heldOn), asc(demandDays.id)] as const;

export const demandDaysOfCenter = defineScopedLoader<DemandDayArgs, DemandDayRow[]>(
  'demandDaysOfCenter',
  async (centerIds, args, { db }) => {
    const rows = await db
      .select()
      .from(demandDays)
      .where(and(inArray(demandDays.centerId, [...centerIds]), ...demandDayConditions(args)))
      .orderBy(...DEMAND_DAY_ORDER);
    return groupRows(rows, (row) => row.centerId);
  },
  () => [],
);

export const employersOfDemandDay = defineLoader<string, DemandDayEmployerRow[], IncheonContext>(
  'employersOfDemandDay',
  async (ids, { db }) => {
    const rows = await db
      .select()
      .from(demandDayEmployers)
      .where(inArray(demandDayEmployers.demandDayId, [...ids]))
      .orderBy(asc(demandDayEmployers.employerId));
    return groupByKey(ids, rows, (row) => row.demandDayId);
  },
);

export const registrationsOfMember = defineLoader<
  string,
  DemandDayRegistrationRow[],
  IncheonContext
>('registrationsOfMember', async (memberIds, { db }) => {
  const rows = await db
    .select()
    .from(demandDayRegistrations)
    .where(inArray(demandDayRegistrations.memberId, [...memberIds]))
    .orderBy(asc(demandDayRegistrations.registeredAt), asc(demandDayRegistrations.id));
  return groupByKey(memberIds, rows, (row) => row.memberId);
});
