import type { Resolvers } from '../../generated/graphql.js';
import { partnersInRegion } from '../partners/loaders.js';

export const regionResolvers: Resolvers = {
  Region: {
    __resolveReference: (reference) => ({ code: reference.code }),
    gwanakPartnerEmployers: (region, { sector }, context) =>
      context.loaders
        .get(partnersInRegion)
        .load({ id: region.code, args: { sector: sector ?? null } }),
  },
};
