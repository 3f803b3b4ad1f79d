import { type InputProblem, throwIfProblems, todayInKorea } from '@jobgraph/subgraph-kit';
import { and, asc, eq } from 'drizzle-orm';
import { jobFairs } from '../../db/schema.js';
import type { Resolvers } from '../../generated/graphql.js';
import { READ, readPersonal } from '../access.js';
import { centerById } from '../centers/loaders.js';
import { checkDateOrder } from '../input.js';
import { required } from '../required.js';
import { employersOfFair, fairById, fairConditions, registrationCount } from './loaders.js';
import { registerForJobFair } from './register.js';

export const jobFairResolvers: Resolvers = {
  Query: {
    jobFairs: async (_parent, { centerId, kind, from, to }, context) => {
      const problems: InputProblem[] = [];
      checkDateOrder(from, to, problems, { from: 'from', to: 'to' });
      if (centerId != null && !(await context.loaders.get(centerById).load(centerId))) {
        problems.push({
          field: 'centerId',
          message: `an existing center (no center "${centerId}")`,
        });
      }
      throwIfProblems(problems, 'cannot list job fairs');
      return context.db
        .select()
        .from(jobFairs)
        .where(
          and(
            centerId == null ? undefined : eq(jobFairs.centerId, centerId),
            ...fairConditions({ kind: kind ?? null, from: from ?? null, to: to ?? null }),
          ),
        )
        .orderBy(asc(jobFairs.heldOn), asc(jobFairs.id));
    },
    jobFair: (_parent, { id }, context) => context.loaders.get(fairById).load(id),
  },
  Mutation: {
    registerForJobFair: async (_parent, { input }, context) => {
      const result = await registerForJobFair(context, input);
      return result.ok
        ? { ok: true, registration: result.value, error: null }
        : { ok: false, registration: null, error: result.error };
    },
  },
  JobFair: {
    center: async (fair, _args, context) =>
      required(await context.loaders.get(centerById).load(fair.centerId), 'center'),
    title: (fair) => fair.titleKo,
    date: (fair) => fair.heldOn,
    registrationCount: (fair, _args, context) =>
      context.loaders.get(registrationCount).load(fair.id),
    registrationOpen: (fair) => fair.heldOn >= todayInKorea(),
    participatingEmployers: (fair, _args, context) =>
      context.loaders.get(employersOfFair).load(fair.id),
  },
  JobFairRegistration: {
    jobFair: async (registration, _args, context) =>
      required(await context.loaders.get(fairById).load(registration.jobFairId), 'job fair'),
    person: (registration, _args, context) => {
      readPersonal(context, registration.memberId, READ.jobFairRegistrations);
      return { id: registration.memberId };
    },
  },
};
