import { type InputProblem, throwIfProblems } from '@jobgraph/subgraph-kit';
import { and, asc, eq, gte, lt, type SQL, sql } from 'drizzle-orm';
import { suitRentalBranches, suitRentalSlots } from '../../db/schema.js';
import type { Resolvers } from '../../generated/graphql.js';
import { regionByCode } from '../regions/loaders.js';
import { required } from '../required.js';
import { branchById, slotById } from './loaders.js';
import { cancelSuitRental, reserveSuitRental } from './reserve.js';

const MAX_SPAN_DAYS = 31;
const DAY_MS = 86_400_000;

/** Midnight at the start of a Korean calendar day, as an instant. */
const koreanMidnight = (day: string) => new Date(`${day}T00:00:00+09:00`);

export const suitRentalResolvers: Resolvers = {
  Query: {
    suitRentalBranches: (_parent, _args, { db }) =>
      db.select().from(suitRentalBranches).orderBy(asc(suitRentalBranches.id)),
    suitRentalSlots: async (_parent, { filter }, context) => {
      const problems: InputProblem[] = [];
      const from = koreanMidnight(filter.from);
      const until = new Date(koreanMidnight(filter.to).getTime() + DAY_MS);
      if (until <= from) problems.push({ field: 'filter.to', message: 'on or after filter.from' });
      else if ((until.getTime() - from.getTime()) / DAY_MS > MAX_SPAN_DAYS) {
        problems.push({
          field: 'filter.to',
          message: `at most ${MAX_SPAN_DAYS} days after filter.from`,
        });
      }
      if (
        filter.branchId != null &&
        !(await context.loaders.get(branchById).load(filter.branchId))
      ) {
        problems.push({ field: 'filter.branchId', message: 'an existing branch' });
      }
      throwIfProblems(problems, 'cannot list slots');
      const conditions: SQL[] = [
        gte(suitRentalSlots.startsAt, from),
        lt(suitRentalSlots.startsAt, until),
      ];
      if (filter.branchId != null) conditions.push(eq(suitRentalSlots.branchId, filter.branchId));
      if (filter.onlyAvailable)
        conditions.push(sql`${suitRentalSlots.reserved} < ${suitRentalSlots.capacity}`);
      return context.db
        .select()
        .from(suitRentalSlots)
        .where(and(...conditions))
        .orderBy(asc(suitRentalSlots.startsAt), asc(suitRentalSlots.branchId));
    },
  },
  Mutation: {
    reserveSuitRental: (_parent, { input }, context) => reserveSuitRental(context, input),
    cancelSuitRental: async (_parent, { input }, context) => ({
      ok: true,
      reservation: await cancelSuitRental(context, input),
    }),
  },
  SuitRentalBranch: {
    region: async (branch, _args, context) =>
      required(await context.loaders.get(regionByCode).load(branch.regionCode), 'region'),
  },
  SuitRentalSlot: {
    branch: async (slot, _args, context) =>
      required(await context.loaders.get(branchById).load(slot.branchId), 'branch'),
    available: (slot) => slot.capacity - slot.reserved,
  },
  SuitRentalReservation: {
    slot: async (reservation, _args, context) =>
      required(await context.loaders.get(slotById).load(reservation.slotId), 'slot'),
  },
};
