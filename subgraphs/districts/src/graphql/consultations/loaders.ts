import { alignByKey, defineLoader, groupByKey } from '@jobgraph/subgraph-kit';
import { and, asc, eq, gte, inArray, lt, type SQL, sql } from 'drizzle-orm';
import {
  type ConsultationRow,
  type ConsultationSlotRow,
  consultationSlots,
  consultations,
} from '../../db/schema.js';
import { defineScopedLoader, groupRows } from '../batching.js';
import type { DistrictsContext } from '../context.js';

export const slotById = defineLoader<string, ConsultationSlotRow | null, DistrictsContext>(
  'slotById',
  async (ids, { db }) => {
    const rows = await db
      .select()
      .from(consultationSlots)
      .where(inArray(consultationSlots.id, [...ids]));
    return alignByKey(ids, rows, (row) => row.id);
  },
);

/** Which of a center's slots to list: instants [from, until), optionally one service. */
export interface SlotArgs {
  readonly from: string;
  readonly until: string;
  readonly serviceCode: string | null;
  readonly onlyAvailable: boolean;
}

/** The slots of many centers for the same period in one query, in order of time. */
export const slotsOfCenter = defineScopedLoader<SlotArgs, ConsultationSlotRow[]>(
  'slotsOfCenter',
  async (centerIds, args, { db }) => {
    const conditions: SQL[] = [
      inArray(consultationSlots.centerId, [...centerIds]),
      gte(consultationSlots.startsAt, new Date(args.from)),
      lt(consultationSlots.startsAt, new Date(args.until)),
    ];
    if (args.serviceCode !== null) {
      conditions.push(eq(consultationSlots.serviceCode, args.serviceCode));
    }
    if (args.onlyAvailable) {
      conditions.push(sql`${consultationSlots.booked} < ${consultationSlots.capacity}`);
    }
    const rows = await db
      .select()
      .from(consultationSlots)
      .where(and(...conditions))
      .orderBy(asc(consultationSlots.startsAt), asc(consultationSlots.serviceCode));
    return groupRows(rows, (row) => row.centerId);
  },
  () => [],
);

export const consultationsOfMember = defineLoader<string, ConsultationRow[], DistrictsContext>(
  'consultationsOfMember',
  async (memberIds, { db }) => {
    const rows = await db
      .select()
      .from(consultations)
      .where(inArray(consultations.memberId, [...memberIds]))
      .orderBy(asc(consultations.bookedAt), asc(consultations.id));
    return groupByKey(memberIds, rows, (row) => row.memberId);
  },
);
