import { badUserInput, todayInKorea } from '@jobgraph/subgraph-kit';
import type { Resolvers } from '../../generated/graphql.js';
import { postingConnection } from '../postings/connection.js';
import { regionScope } from '../postings/query.js';
import { referenceData } from '../reference-data.js';
import { regionByCode, regionChildren } from './loaders.js';
import { isValidOn, REGION_CODE_SHAPE } from './validity.js';

function checkCodeShape(code: string, field: string): void {
  if (!REGION_CODE_SHAPE.test(code)) {
    throw badUserInput(`${field} must be a 2-digit sido or 5-digit sigungu code, got "${code}"`, [
      { field, message: 'a 2-digit sido or 5-digit sigungu code' },
    ]);
  }
}

export const regionResolvers: Resolvers = {
  Query: {
    region: (_parent, { code }, context) => {
      checkCodeShape(code, 'code');
      return context.loaders.get(regionByCode).load(code);
    },
    regions: async (_parent, { level, parentCode, includeHistoric }, { db }) => {
      if (parentCode != null) checkCodeShape(parentCode, 'parentCode');
      const today = todayInKorea();
      return [...(await referenceData(db)).regions.values()].filter(
        (row) =>
          (!level || row.level === level) &&
          (parentCode == null || row.parentCode === parentCode) &&
          (includeHistoric || isValidOn(row, today)),
      );
    },
  },
  Region: {
    // The representation may carry fields this subgraph @requires: keep them beside the row.
    __resolveReference: async (reference, context) => {
      const row = await context.loaders.get(regionByCode).load(reference.code);
      return row ? { ...reference, ...row } : null;
    },
    name: (region) => region.nameKo,
    parent: (region, _args, context) =>
      region.parentCode === null ? null : context.loaders.get(regionByCode).load(region.parentCode),
    children: async (region, { includeHistoric }, context) => {
      const children = await context.loaders.get(regionChildren).load(region.code);
      const today = todayInKorea();
      return includeHistoric ? children : children.filter((child) => isValidOn(child, today));
    },
    jobPostings: (region, args, context) =>
      postingConnection(context, regionScope(region.code), args),
  },
};
