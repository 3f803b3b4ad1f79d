import { alignByKey, defineLoader, groupByKey } from '@jobgraph/subgraph-kit';
import { and, asc, gte, inArray, lt, type SQL } from 'drizzle-orm';
import {
  type CareerBookingRow,
  type CareerSessionRow,
  careerBookings,
  careerSessions,
} from '../../db/schema.js';
import { defineScopedLoader, groupRows } from '../batching.js';
import type { GumiContext } from '../context.js';
import { koreanSpan } from '../input.js';

export const sessionById = defineLoader<string, CareerSessionRow | null, GumiContext>(
  'sessionById',
  async (ids, { db }) => {
    const rows = await db
      .select()
      .from(careerSessions)
      .where(inArray(careerSessions.id, [...ids]));
    return alignByKey(ids, rows, (row) => row.id);
  },
);

export interface SessionArgs {
  readonly from: string | null;
  readonly to: string | null;
  readonly onlyAvailable: boolean;
}

/** The conditions of a listing of sessions, shared by the query and the centers' field. */
export function sessionConditions(args: SessionArgs): SQL[] {
  const span = koreanSpan(args.from, args.to);
  const conditions: SQL[] = [];
  if (span.from !== null) conditions.push(gte(careerSessions.startsAt, span.from));
  if (span.until !== null) conditions.push(lt(careerSessions.startsAt, span.until));
  if (args.onlyAvailable) conditions.push(lt(careerSessions.booked, careerSessions.capacity));
  return conditions;
}

export const SESSION_ORDER = [asc(careerSessions.startsAt), asc(careerSessions.id)] as const;

export const sessionsOfCenter = defineScopedLoader<SessionArgs, CareerSessionRow[]>(
  'sessionsOfCenter',
  async (centerIds, args, { db }) => {
    const rows = await db
      .select()
      .from(careerSessions)
      .where(and(inArray(careerSessions.centerId, [...centerIds]), ...sessionConditions(args)))
      .orderBy(...SESSION_ORDER);
    return groupRows(rows, (row) => row.centerId);
  },
  () => [],
);

export const bookingsOfMember = defineLoader<string, CareerBookingRow[], GumiContext>(
  'careerBookingsOfMember',
  async (memberIds, { db }) => {
    const rows = await db
      .select()
      .from(careerBookings)
      .where(inArray(careerBookings.memberId, [...memberIds]))
      .orderBy(asc(careerBookings.bookedAt), asc(careerBookings.id));
    return groupByKey(memberIds, rows, (row) => row.memberId);
  },
);
