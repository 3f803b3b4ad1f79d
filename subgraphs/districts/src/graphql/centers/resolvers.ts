import { badUserInput, type InputProblem, throwIfProblems } from '@jobgraph/subgraph-kit';
import { asc } from 'drizzle-orm';
import { centers } from '../../db/schema.js';
import type { Resolvers } from '../../generated/graphql.js';
import { centerSlots } from '../consultations/slot-query.js';
import { checkDateOrder } from '../input.js';
import { fairCountOfCenter, fairsOfCenter } from '../job-fairs/loaders.js';
import { placementConnection } from '../placements/connection.js';
import { placementCountByService } from '../placements/loaders.js';
import { awardsOfCenter, centerById, firstYearPlacements, servicesOfCenter } from './loaders.js';

const YEARS = { min: 2000, max: 2100 } as const;

export const centerResolvers: Resolvers = {
  Query: {
    districtEmploymentCenters: (_parent, _args, { db }) =>
      db.select().from(centers).orderBy(asc(centers.openedOn), asc(centers.id)),
    districtEmploymentCenter: (_parent, { id }, context) =>
      context.loaders.get(centerById).load(id),
  },
  DistrictEmploymentCenter: {
    __resolveReference: (reference, context) => context.loaders.get(centerById).load(reference.id),
    name: (center) => center.nameKo,
    operator: () => 'AUTONOMOUS_DISTRICT',
    region: (center) => ({ code: center.regionCode }),
    services: (center, _args, context) => context.loaders.get(servicesOfCenter).load(center.id),
    awards: (center, _args, context) => context.loaders.get(awardsOfCenter).load(center.id),
    meetingSchedule: (center) =>
      center.meetingNameKo === null ||
      center.meetingNameEn === null ||
      center.meetingFrequency === null ||
      center.meetingWeekday === null
        ? null
        : {
            name: center.meetingNameKo,
            nameEn: center.meetingNameEn,
            frequency: center.meetingFrequency,
            weekday: center.meetingWeekday,
          },
    adoptedModelOf: (center, _args, context) =>
      center.adoptedModelOf === null
        ? null
        : context.loaders.get(centerById).load(center.adoptedModelOf),
    jobFairs: (center, { kind, from, to }, context) => {
      const problems: InputProblem[] = [];
      checkDateOrder(from, to, problems, { from: 'from', to: 'to' });
      throwIfProblems(problems, 'cannot list job fairs');
      return context.loaders
        .get(fairsOfCenter)
        .load({ id: center.id, args: { kind: kind ?? null, from: from ?? null, to: to ?? null } });
    },
    jobFairCount: (center, { year, kind }, context) => {
      if (!Number.isInteger(year) || year < YEARS.min || year > YEARS.max) {
        throw badUserInput(`year must be between ${YEARS.min} and ${YEARS.max}`, [
          { field: 'year', message: `between ${YEARS.min} and ${YEARS.max}` },
        ]);
      }
      return context.loaders
        .get(fairCountOfCenter)
        .load({ id: center.id, args: { year, kind: kind ?? null } });
    },
    consultationSlots: (center, args, context) => centerSlots(context, center.id, args, ''),
    placements: (center, args, context) => placementConnection(context, center.id, args),
    firstYearPlacements: (center, _args, context) =>
      context.loaders.get(firstYearPlacements).load(center.id),
    placementsByService: async (center, { from, to }, context) => {
      const problems: InputProblem[] = [];
      checkDateOrder(from, to, problems, { from: 'from', to: 'to' });
      throwIfProblems(problems, 'cannot count placements');
      const [services, counts] = await Promise.all([
        context.loaders.get(servicesOfCenter).load(center.id),
        context.loaders.get(placementCountByService).load({ id: center.id, args: { from, to } }),
      ]);
      return services.map((service) => ({ service, count: counts.get(service.code) ?? 0 }));
    },
  },
  CenterService: {
    name: (service) => service.nameKo,
  },
  Award: {
    name: (award) => award.nameKo,
    prize: (award) => award.prizeKo,
  },
};
