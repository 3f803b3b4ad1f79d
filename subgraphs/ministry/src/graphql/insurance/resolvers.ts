import { badUserInput, type InputProblem, todayInKorea } from '@jobgraph/subgraph-kit';
import { daysBetween } from '../../domain/dates.js';
import type { Resolvers } from '../../generated/graphql.js';
import { referenceData } from '../reference-data.js';
import { industrySection } from './industry.js';
import { insuranceRecordById } from './loaders.js';
import { employmentStarts } from './starts.js';

const REGION_CODE = /^\d{2}(\d{3})?$/;

export const insuranceResolvers: Resolvers = {
  Query: {
    employmentInsuranceRecord: (_parent, { id }, context) =>
      context.loaders.get(insuranceRecordById).load(id),
    employmentStarts: async (_parent, { region, from, to }, context) => {
      const problems: InputProblem[] = [];
      const { regions, placesWithin } = await referenceData(context.db);
      if (!REGION_CODE.test(region)) {
        problems.push({ field: 'region', message: 'a 2-digit sido or 5-digit sigungu code' });
      } else if (!regions.has(region)) {
        problems.push({ field: 'region', message: `an existing region code (not ${region})` });
      }
      if (to < from) problems.push({ field: 'to', message: 'on or after from' });
      if (problems.length > 0) {
        throw badUserInput(
          `cannot count employment starts: ${problems.map((p) => `${p.field} must be ${p.message}`).join('; ')}`,
          problems,
        );
      }
      return context.loaders.get(employmentStarts).load({ places: placesWithin(region), from, to });
    },
  },
  EmploymentInsuranceRecord: {
    __resolveReference: (reference, context) =>
      context.loaders.get(insuranceRecordById).load(reference.id),
    person: (record) => ({ id: record.personId }),
    employer: (record) => ({ id: record.employerId }),
    industry: (record, _args, context) => industrySection(context, record.industryCode),
    workplaceRegion: (record) => ({ code: record.workplaceRegionCode }),
    residenceRegion: (record) => ({ code: record.residenceRegionCode }),
    employedDays: (record) => {
      const days =
        record.lostOn === null
          ? daysBetween(record.acquiredOn, todayInKorea()) + 1
          : daysBetween(record.acquiredOn, record.lostOn);
      return Math.max(0, days);
    },
  },
  IndustrySection: {
    name: (section) => section.nameKo,
  },
};
