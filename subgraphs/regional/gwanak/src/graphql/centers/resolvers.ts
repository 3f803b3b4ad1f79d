import { todayInKorea } from '@jobgraph/subgraph-kit';
import type { Resolvers } from '../../generated/graphql.js';
import { openingsOfCenter } from '../openings/loaders.js';
import { partnersOfCenter } from '../partners/loaders.js';

/** Every employment center (ministry's interface): Seoul Gwanak's partners, none for the others. */
export const centerResolvers: Resolvers = {
  EmploymentCenter: {
    __resolveReference: (reference) => ({ id: reference.id }),
    partnerEmployers: (center, { sector }, context) =>
      context.loaders
        .get(partnersOfCenter)
        .load({ id: center.id, args: { sector: sector ?? null } }),
    partnerOpenings: (center, { includeClosed }, context) =>
      context.loaders.get(openingsOfCenter).load({
        id: center.id,
        args: { includeClosed: includeClosed ?? false, today: todayInKorea() },
      }),
  },
};
