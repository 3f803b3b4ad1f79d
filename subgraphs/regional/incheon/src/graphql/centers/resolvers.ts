import { type InputProblem, throwIfProblems } from '@jobgraph/subgraph-kit';
import type { Resolvers } from '../../generated/graphql.js';
import { demandDaysOfCenter } from '../demand-days/loaders.js';
import { fairsOfCenter } from '../fairs/loaders.js';
import { groupsOfCenter } from '../groups/loaders.js';
import { checkDateOrder } from '../input.js';
import { trainingsOfCenter } from '../trainings/loaders.js';

/** Every employment center (ministry's interface): the Incheon network's, none for the others. */
export const centerResolvers: Resolvers = {
  EmploymentCenter: {
    __resolveReference: (reference) => ({ id: reference.id }),
    jobDemandDays: (center, { industry, from, to }, context) => {
      const problems: InputProblem[] = [];
      checkDateOrder(from, to, problems);
      throwIfProblems(problems, 'cannot list job demand days');
      return context.loaders.get(demandDaysOfCenter).load({
        id: center.id,
        args: { industry: industry ?? null, from: from ?? null, to: to ?? null },
      });
    },
    jobCreationWorkingGroups: (center, _args, context) =>
      context.loaders.get(groupsOfCenter).load(center.id),
    jointJobFairs: (center, _args, context) => context.loaders.get(fairsOfCenter).load(center.id),
    polytechnicTrainings: (center, _args, context) =>
      context.loaders.get(trainingsOfCenter).load(center.id),
  },
};
