import { alignByKey, defineLoader } from '@jobgraph/subgraph-kit';
import { inArray } from 'drizzle-orm';
import { type EmployerRow, employers } from '../../db/schema.js';
import type { CityContext } from '../context.js';

export const employerById = defineLoader<string, EmployerRow | null, CityContext>(
  'employerById',
  async (ids, { db }) => {
    const rows = await db
      .select()
      .from(employers)
      .where(inArray(employers.id, [...ids]));
    return alignByKey(ids, rows, (row) => row.id);
  },
);
