import { groupRows } from '@jobgraph/subgraph-kit';
import { defineScopedLoader } from '../batching.js';
import type { QuarterRange } from '../quarters.js';
import {
  cohortsWithin,
  type PlacementRateRow,
  type RateRecord,
  rateColumns,
  toPlacementRate,
} from '../rates.js';

/**
 * The cohorts of regions within a range of quarters, oldest first, by the code asked for: one
 * query for every region of a request asking the same range. A code is looked up in
 * `reports.region_codes`, so an old code (45140) finds its place's row (52140) and a sido code
 * its sido's.
 */
export const regionRates = defineScopedLoader<QuarterRange, PlacementRateRow[]>(
  'regionPlacementRates',
  async (codes, range, { sql }) => {
    const records = await sql<RateRecord[]>`
      select c.code as key, ${rateColumns(sql)}
      from reports.region_codes c
      join reports.placement_by_region r on r.level = c.level and r.region_code = c.region_code
      where c.code = any(${sql.array([...codes])}::text[]) ${cohortsWithin(sql, range)}
      order by c.code, r.cohort_quarter`;
    const rates = groupRows(records, (record) => record.key);
    return new Map([...rates].map(([code, rows]) => [code, rows.map(toPlacementRate)]));
  },
  () => [],
);
