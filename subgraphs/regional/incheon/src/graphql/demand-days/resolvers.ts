import { type InputProblem, throwIfProblems, todayInKorea } from '@jobgraph/subgraph-kit';
import { and, eq } from 'drizzle-orm';
import { demandDays, INCHEON_CENTERS } from '../../db/schema.js';
import type { Resolvers } from '../../generated/graphql.js';
import { READ, readPersonal } from '../access.js';
import { checkDateOrder } from '../input.js';
import { required } from '../required.js';
import {
  DEMAND_DAY_ORDER,
  demandDayById,
  demandDayConditions,
  employersOfDemandDay,
} from './loaders.js';
import { registerForDemandDay } from './register.js';

const isIncheonCenter = (id: string): id is (typeof INCHEON_CENTERS)[number] =>
  (INCHEON_CENTERS as readonly string[]).includes(id);

export const demandDayResolvers: Resolvers = {
  Query: {
    incheonJobDemandDays: (_parent, { centerId, industry, from, to }, context) => {
      const problems: InputProblem[] = [];
      checkDateOrder(from, to, problems);
      if (centerId != null && !isIncheonCenter(centerId)) {
        problems.push({ field: 'centerId', message: `one of ${INCHEON_CENTERS.join(', ')}` });
      }
      throwIfProblems(problems, 'cannot list job demand days');
      return context.db
        .select()
        .from(demandDays)
        .where(
          and(
            centerId == null ? undefined : eq(demandDays.centerId, centerId),
            ...demandDayConditions({
              industry: industry ?? null,
              from: from ?? null,
              to: to ?? null,
            }),
          ),
        )
        .orderBy(...DEMAND_DAY_ORDER);
    },
    jobDemandDay: (_parent, { id }, context) => context.loaders.get(demandDayById).load(id),
  },
  Mutation: {
    registerForJobDemandDay: async (_parent, { input }, context) => {
      const result = await registerForDemandDay(context, input);
      return result.ok
        ? { ok: true, registration: result.value, error: null }
        : { ok: false, registration: null, error: result.error };
    },
  },
  JobDemandDay: {
    center: (day) => ({ id: day.centerId }),
    title: (day) => day.titleKo,
    date: (day) => day.heldOn,
    registrationCount: (day) => day.registered,
    available: (day) => day.capacity - day.registered,
    registrationOpen: (day) => day.heldOn >= todayInKorea(),
    employers: (day, _args, context) => context.loaders.get(employersOfDemandDay).load(day.id),
  },
  JobDemandDayEmployer: {
    employer: (row) => ({ id: row.employerId }),
  },
  JobDemandDayRegistration: {
    jobDemandDay: async (registration, _args, context) =>
      required(
        await context.loaders.get(demandDayById).load(registration.demandDayId),
        'job demand day',
      ),
    person: (registration, _args, context) => {
      readPersonal(context, registration.memberId, READ.demandDayRegistrations);
      return { id: registration.memberId };
    },
  },
};
