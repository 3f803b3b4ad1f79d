import type { Resolvers } from '../../generated/graphql.js';
import type { MinistryContext } from '../context.js';
import { counselorsOfCenter } from '../counselors/loaders.js';
import { required } from '../required.js';
import { strategyById } from '../strategies/loaders.js';
import { centerTypeOf, type DistrictCenterParent } from './district-center.js';
import { firstYearEmploymentStarts, firstYearShareOfLocalEmployment } from './first-year.js';
import { allCenters, allServiceAreas, centerById, consortiumOfCenter } from './loaders.js';

/** Any center by id: a national one from this subgraph, a district one as a reference. */
async function findCenter(context: MinistryContext, id: string) {
  switch (centerTypeOf(id)) {
    case 'NationalEmploymentCenter':
      return context.loaders.get(centerById).load(id);
    case 'DistrictEmploymentCenter':
      return { __typename: 'DistrictEmploymentCenter', id } satisfies DistrictCenterParent;
    default:
      return null;
  }
}

export const centerResolvers: Resolvers = {
  Query: {
    employmentCenter: (_parent, { id }, context) => findCenter(context, id),
    nationalEmploymentCenters: (_parent, _args, context) =>
      context.loaders.get(allCenters).load('all'),
  },
  EmploymentCenter: {
    __resolveReference: (reference, context) => findCenter(context, reference.id),
    __resolveType: (center) => required(centerTypeOf(center.id), `type of center ${center.id}`),
  },
  NationalEmploymentCenter: {
    __resolveReference: (reference, context) => context.loaders.get(centerById).load(reference.id),
    name: (center) => center.nameKo,
    operator: () => 'MINISTRY_OF_EMPLOYMENT_AND_LABOR',
    region: (center) => ({ code: center.regionCode }),
    serviceArea: async (center, _args, context) =>
      (await context.loaders.get(allServiceAreas).load('all'))
        .filter((area) => area.centerId === center.id)
        .map((area) => ({ code: area.regionCode })),
    strategy: async (center, _args, context) =>
      required(await context.loaders.get(strategyById).load(center.strategyId), 'strategy'),
    consortium: (center, _args, context) => context.loaders.get(consortiumOfCenter).load(center.id),
    counselors: (center, _args, context) => context.loaders.get(counselorsOfCenter).load(center.id),
  },
  ConsortiumMember: {
    name: (member) => member.nameKo,
    region: (member) => ({ code: member.regionCode }),
  },
  DistrictEmploymentCenter: {
    // The representation carries whatever the gateway fetched for `@requires`; keep all of it.
    __resolveReference: (reference) => reference,
    firstYearEmploymentStarts: (center, _args, context) =>
      firstYearEmploymentStarts(context, center),
    firstYearShareOfLocalEmployment: (center, _args, context) =>
      firstYearShareOfLocalEmployment(context, center),
  },
};
