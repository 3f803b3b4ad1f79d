import { alignByKey, defineLoader, groupByKey } from '@jobgraph/subgraph-kit';
import { inArray } from 'drizzle-orm';
import { type RegionRow, regions } from '../../db/schema.js';
import type { CityContext } from '../context.js';

export const regionByCode = defineLoader<string, RegionRow | null, CityContext>(
  'regionByCode',
  async (codes, { db }) => {
    const rows = await db
      .select()
      .from(regions)
      .where(inArray(regions.code, [...codes]));
    return alignByKey(codes, rows, (row) => row.code);
  },
);

export const regionChildren = defineLoader<string, RegionRow[], CityContext>(
  'regionChildren',
  async (codes, { db }) => {
    const rows = await db
      .select()
      .from(regions)
      .where(inArray(regions.parentCode, [...codes]))
      .orderBy(regions.code);
    return groupByKey(codes, rows, (row) => row.parentCode ?? '');
  },
);
