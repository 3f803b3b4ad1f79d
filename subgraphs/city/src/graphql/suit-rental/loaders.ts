import { alignByKey, defineLoader, groupByKey } from '@jobgraph/subgraph-kit';
import { asc, inArray } from 'drizzle-orm';
import {
  type SuitRentalBranchRow,
  type SuitRentalReservationRow,
  type SuitRentalSlotRow,
  suitRentalBranches,
  suitRentalReservations,
  suitRentalSlots,
} from '../../db/schema.js';
import type { CityContext } from '../context.js';

export const branchById = defineLoader<string, SuitRentalBranchRow | null, CityContext>(
  'suitRentalBranchById',
  async (ids, { db }) => {
    const rows = await db
      .select()
      .from(suitRentalBranches)
      .where(inArray(suitRentalBranches.id, [...ids]));
    return alignByKey(ids, rows, (row) => row.id);
  },
);

export const slotById = defineLoader<string, SuitRentalSlotRow | null, CityContext>(
  'suitRentalSlotById',
  async (ids, { db }) => {
    const rows = await db
      .select()
      .from(suitRentalSlots)
      .where(inArray(suitRentalSlots.id, [...ids]));
    return alignByKey(ids, rows, (row) => row.id);
  },
);

export const reservationsOfMember = defineLoader<string, SuitRentalReservationRow[], CityContext>(
  'suitRentalReservationsOfMember',
  async (memberIds, { db }) => {
    const rows = await db
      .select()
      .from(suitRentalReservations)
      .where(inArray(suitRentalReservations.memberId, [...memberIds]))
      .orderBy(asc(suitRentalReservations.reservedAt));
    return groupByKey(memberIds, rows, (row) => row.memberId);
  },
);
