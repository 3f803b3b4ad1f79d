import type { Resolvers } from '../../generated/graphql.js';
import { centersInRegion } from '../centers/loaders.js';
import { programsInRegion } from '../programs/loaders.js';

export const regionResolvers: Resolvers = {
  Region: {
    __resolveReference: (reference) => ({ code: reference.code }),
    districtEmploymentCenters: (region, _args, context) =>
      context.loaders.get(centersInRegion).load(region.code),
    districtPrograms: (region, _args, context) =>
      context.loaders.get(programsInRegion).load(region.code),
  },
};
