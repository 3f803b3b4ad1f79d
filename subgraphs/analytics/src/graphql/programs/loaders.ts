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
import { type WarehouseProgram, warehouseProgram } from './program-key.js';

/**
 * The cohorts of programmes (all their variants) within a range of quarters, oldest first, by
 * programme id: one query for every programme of a request asking the same range.
 */
export const programRates = defineScopedLoader<QuarterRange, PlacementRateRow[]>(
  'programPlacementRates',
  async (ids, range, { sql }) => {
    const programs = ids
      .map(warehouseProgram)
      .filter((program): program is WarehouseProgram => program !== undefined);
    if (programs.length === 0) return new Map();
    const records = await sql<RateRecord[]>`
      select r.program_id as key, ${rateColumns(sql)}
      from reports.placement_by_program r
      join unnest(
        ${sql.array(programs.map((program) => program.agencyCode))}::text[],
        ${sql.array(programs.map((program) => program.programId))}::text[]
      ) as asked(agency_code, program_id)
        on asked.agency_code = r.agency_code and asked.program_id = r.program_id
      where true ${cohortsWithin(sql, range)}
      order by r.program_id, r.cohort_quarter`;
    const rates = groupRows(records, (record) => record.key);
    return new Map([...rates].map(([id, rows]) => [id, rows.map(toPlacementRate)]));
  },
  () => [],
);
