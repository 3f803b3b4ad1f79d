import type { Resolvers } from '../../generated/graphql.js';
import { requireAnalyst } from '../access.js';
import { checkPeriod, checkRange } from '../quarters.js';
import { programRates } from './loaders.js';

/** Every agency's programme (city's entity interface): its placement outcomes by cohort. */
export const programResolvers: Resolvers = {
  Program: {
    __resolveReference: (reference) => ({ id: reference.id }),
    placementRate: async (program, { period }, context) => {
      requireAnalyst(context);
      const rates = await context.loaders
        .get(programRates)
        .load({ id: program.id, args: checkPeriod(period) });
      return rates[0] ?? null;
    },
    placementRates: (program, { from, to }, context) => {
      requireAnalyst(context);
      return context.loaders.get(programRates).load({ id: program.id, args: checkRange(from, to) });
    },
  },
};
