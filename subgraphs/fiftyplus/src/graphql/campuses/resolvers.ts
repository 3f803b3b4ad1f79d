import type { Resolvers } from '../../generated/graphql.js';
import { catalog } from '../catalog.js';
import { coursesOfCampus } from '../courses/loaders.js';

export const campusResolvers: Resolvers = {
  Query: {
    campuses: async (_parent, _args, { db }) => (await catalog(db)).campuses,
    campus: async (_parent, { id }, { db }) => (await catalog(db)).campusById.get(id) ?? null,
  },
  Campus: {
    name: (campus) => campus.nameKo,
    region: (campus) => ({ code: campus.regionCode }),
    courses: (campus, { track, startsFrom }, context) =>
      context.loaders
        .get(coursesOfCampus)
        .load({ campusId: campus.id, track: track ?? null, startsFrom: startsFrom ?? null }),
  },
};
