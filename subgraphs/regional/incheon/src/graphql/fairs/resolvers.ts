import { type InputProblem, throwIfProblems } from '@jobgraph/subgraph-kit';
import { and, asc, gte, lte } from 'drizzle-orm';
import { jointFairs } from '../../db/schema.js';
import type { Resolvers } from '../../generated/graphql.js';
import { checkDateOrder } from '../input.js';
import { hostsOfFair, industriesOfFair } from './loaders.js';

export const fairResolvers: Resolvers = {
  Query: {
    incheonJointJobFairs: (_parent, { from, to }, context) => {
      const problems: InputProblem[] = [];
      checkDateOrder(from, to, problems);
      throwIfProblems(problems, 'cannot list joint job fairs');
      return context.db
        .select()
        .from(jointFairs)
        .where(
          and(
            from == null ? undefined : gte(jointFairs.heldOn, from),
            to == null ? undefined : lte(jointFairs.heldOn, to),
          ),
        )
        .orderBy(asc(jointFairs.heldOn), asc(jointFairs.id));
    },
  },
  IncheonJointJobFair: {
    title: (fair) => fair.titleKo,
    date: (fair) => fair.heldOn,
    region: (fair) => ({ code: fair.regionCode }),
    hosts: async (fair, _args, context) =>
      (await context.loaders.get(hostsOfFair).load(fair.id)).map((id) => ({ id })),
    industries: (fair, _args, context) => context.loaders.get(industriesOfFair).load(fair.id),
  },
};
