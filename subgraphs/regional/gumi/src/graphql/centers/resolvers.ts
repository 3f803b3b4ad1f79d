import type { Resolvers } from '../../generated/graphql.js';
import { allMeasures, isGumi, targetEmployersOfCenter } from '../employers/loaders.js';
import { sessionsOfCenter } from '../sessions/loaders.js';
import { checkPeriod } from '../sessions/resolvers.js';

/** Every employment center (ministry's interface): Gumi's records, none for the others. */
export const centerResolvers: Resolvers = {
  EmploymentCenter: {
    __resolveReference: (reference) => ({ id: reference.id }),
    targetEmployers: (center, { industry }, context) =>
      context.loaders
        .get(targetEmployersOfCenter)
        .load({ id: center.id, args: { industry: industry ?? null } }),
    hrImprovementMeasures: async (center, _args, context) =>
      isGumi(center.id) ? context.loaders.get(allMeasures).load('all') : [],
    careerDesignSessions: (center, { from, to, onlyAvailable }, context) => {
      checkPeriod(from, to, 'cannot list sessions');
      return context.loaders.get(sessionsOfCenter).load({
        id: center.id,
        args: { from: from ?? null, to: to ?? null, onlyAvailable: onlyAvailable ?? false },
      });
    },
  },
};
