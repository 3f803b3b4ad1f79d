import { alignByKey, defineLoader, groupByKey } from '@jobgraph/subgraph-kit';
import { asc, eq, getTableColumns, inArray, sql } from 'drizzle-orm';
import {
  centers,
  type ProgramRow,
  type ProgramRuleRow,
  programRules,
  programs,
} from '../../db/schema.js';
import type { DistrictsContext } from '../context.js';

export const programById = defineLoader<string, ProgramRow | null, DistrictsContext>(
  'programById',
  async (ids, { db }) => {
    const rows = await db
      .select()
      .from(programs)
      .where(inArray(programs.id, [...ids]));
    return alignByKey(ids, rows, (row) => row.id);
  },
);

export const rulesOfProgram = defineLoader<string, ProgramRuleRow[], DistrictsContext>(
  'rulesOfProgram',
  async (ids, { db }) => {
    const rows = await db
      .select()
      .from(programRules)
      .where(inArray(programRules.programId, [...ids]))
      .orderBy(asc(programRules.programId), asc(programRules.position));
    return groupByKey(ids, rows, (row) => row.programId);
  },
);

/**
 * The programmes of districts in each region: a district's programme lies in its sigungu and in
 * the sido containing it.
 */
export const programsInRegion = defineLoader<string, ProgramRow[], DistrictsContext>(
  'programsInRegion',
  async (codes, { db }) => {
    const rows = await db
      .select({ ...getTableColumns(programs), regionCode: centers.regionCode })
      .from(programs)
      .innerJoin(centers, eq(centers.id, programs.centerId))
      .where(
        sql`${centers.regionCode} in ${[...codes]} or left(${centers.regionCode}, 2) in ${[...codes]}`,
      )
      .orderBy(asc(programs.id));
    return codes.map((code) =>
      rows
        .filter((row) =>
          code.length === 2 ? row.regionCode.startsWith(code) : row.regionCode === code,
        )
        .map(({ regionCode: _regionCode, ...program }) => program),
    );
  },
);
