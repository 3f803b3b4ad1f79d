import { alignByKey, defineLoader } from '@jobgraph/subgraph-kit';
import { inArray } from 'drizzle-orm';
import { type EmployerRow, employers } from '../../db/schema.js';
import type { DistrictsContext } from '../context.js';

/** An employer of the Work24 feed, as the districts hold it (for the SME rule). */
export const employerById = defineLoader<string, EmployerRow | null, DistrictsContext>(
  'employerById',
  async (ids, { db }) => {
    const rows = await db
      .select()
      .from(employers)
      .where(inArray(employers.id, [...ids]));
    return alignByKey(ids, rows, (row) => row.id);
  },
);
