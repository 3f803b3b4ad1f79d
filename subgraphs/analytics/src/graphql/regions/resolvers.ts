import type { Resolvers } from '../../generated/graphql.js';
import { requireAnalyst } from '../access.js';
import { checkPeriod, checkRange } from '../quarters.js';
import { regionRates } from './loaders.js';

/** Every region (city's entity): its placement outcomes by cohort quarter. */
export const regionResolvers: Resolvers = {
  Region: {
    __resolveReference: (reference) => ({ code: reference.code }),
    placementRate: async (region, { period }, context) => {
      requireAnalyst(context);
      const rates = await context.loaders
        .get(regionRates)
        .load({ id: region.code, args: checkPeriod(period) });
      return rates[0] ?? null;
    },
    placementRates: (region, { from, to }, context) => {
      requireAnalyst(context);
      return context.loaders.get(regionRates).load({ id: region.code, args: checkRange(from, to) });
    },
  },
};
