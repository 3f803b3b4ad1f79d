import type { Resolvers } from '../../generated/graphql.js';
import { catalog } from '../catalog.js';
import { servesRegion } from './serves.js';

export const regionResolvers: Resolvers = {
  Region: {
    __resolveReference: (reference) => ({ code: reference.code }),
    fiftyPlusCampuses: async (region, _args, { db }) =>
      (await catalog(db)).campuses.filter((campus) => campus.regionCode.startsWith(region.code)),
    fiftyPlusPrograms: async (region, _args, { db }) =>
      (await catalog(db)).programs.filter((program) => servesRegion(program.areaCode, region.code)),
  },
};
