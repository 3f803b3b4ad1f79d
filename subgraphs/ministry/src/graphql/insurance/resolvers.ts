import {
  badUserInput,
  type InputProblem,
  requireViewer,
  todayInKorea,
} from '@jobgraph/subgraph-kit';
import type { InsuranceRecordRow } from '../../db/schema.js';
import { daysBetween } from '../../domain/dates.js';
import type { Resolvers } from '../../generated/graphql.js';
import type { MinistryContext } from '../context.js';
import { READ_INSURANCE_RECORDS, seePersonalData } from '../people/personal-data.js';
import { referenceData } from '../reference-data.js';
import { industrySection } from './industry.js';
import { insuranceRecordById } from './loaders.js';
import { employmentStarts } from './starts.js';

const REGION_CODE = /^\d{2}(\d{3})?$/;

/** Every field of a record but its id is the insured person's data. */
const see = (context: MinistryContext, record: InsuranceRecordRow) =>
  seePersonalData(context, record.personId, READ_INSURANCE_RECORDS);

export const insuranceResolvers: Resolvers = {
  Query: {
    employmentInsuranceRecord: async (_parent, { id }, context) => {
      requireViewer(context);
      const record = await context.loaders.get(insuranceRecordById).load(id);
      if (record) see(context, record);
      return record;
    },
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
    person: (record, _args, context) => {
      see(context, record);
      return { id: record.personId };
    },
    employer: (record, _args, context) => {
      see(context, record);
      return { id: record.employerId };
    },
    industry: (record, _args, context) => {
      see(context, record);
      return industrySection(context, record.industryCode);
    },
    workplaceRegion: (record, _args, context) => {
      see(context, record);
      return { code: record.workplaceRegionCode };
    },
    residenceRegion: (record, _args, context) => {
      see(context, record);
      return { code: record.residenceRegionCode };
    },
    acquiredOn: (record, _args, context) => {
      see(context, record);
      return record.acquiredOn;
    },
    lostOn: (record, _args, context) => {
      see(context, record);
      return record.lostOn;
    },
    employedDays: (record, _args, context) => {
      see(context, record);
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
