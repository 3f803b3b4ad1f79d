import type { Resolvers } from '../../generated/graphql.js';
import type { DistrictCenterParent } from '../centers/district-center.js';
import { allCenters, allServiceAreas } from '../centers/loaders.js';
import { allPrograms } from '../programs/loaders.js';
import { referenceData } from '../reference-data.js';

export const regionResolvers: Resolvers = {
  Region: {
    // Keeps the district centers the gateway sends along for `employmentCenters`.
    __resolveReference: (reference) => reference,
    employmentCenters: async (region, _args, context) => {
      const [{ placesWithin }, national] = await Promise.all([
        referenceData(context.db),
        context.loaders.get(allCenters).load('all'),
      ]);
      const places = new Set(placesWithin(region.code));
      const district = (region.districtEmploymentCenters ?? []).map(
        ({ id }): DistrictCenterParent => ({ __typename: 'DistrictEmploymentCenter', id }),
      );
      return [...national.filter((center) => places.has(center.regionCode)), ...district];
    },
    ministryPrograms: async (region, _args, context) => {
      const [{ placesWithin }, programs, areas] = await Promise.all([
        referenceData(context.db),
        context.loaders.get(allPrograms).load('all'),
        context.loaders.get(allServiceAreas).load('all'),
      ]);
      const places = new Set(placesWithin(region.code));
      const networkServes = areas.some((area) => places.has(area.regionCode));
      return programs.filter((program) => program.area === 'NATIONAL' || networkServes);
    },
  },
};
