import { alignByKey, defineLoader, groupByKey } from '@jobgraph/subgraph-kit';
import { asc, inArray } from 'drizzle-orm';
import {
  type PackageComponentRow,
  type ProgramRow,
  packageComponents,
  programs,
} from '../../db/schema.js';
import type { MinistryContext } from '../context.js';

export const programById = defineLoader<string, ProgramRow | null, MinistryContext>(
  'ministryProgramById',
  async (ids, { db }) => {
    const rows = await db
      .select()
      .from(programs)
      .where(inArray(programs.id, [...ids]));
    return alignByKey(ids, rows, (row) => row.id);
  },
);

/** The Ministry's programmes in their published order (a handful: one read serves any list). */
export const allPrograms = defineLoader<'all', ProgramRow[], MinistryContext>(
  'allMinistryPrograms',
  async (keys, { db }) => {
    const rows = await db.select().from(programs).orderBy(asc(programs.position));
    return keys.map(() => rows);
  },
);

export const componentsOfPackage = defineLoader<string, PackageComponentRow[], MinistryContext>(
  'componentsOfPackage',
  async (ids, { db }) => {
    const rows = await db
      .select()
      .from(packageComponents)
      .where(inArray(packageComponents.packageId, [...ids]))
      .orderBy(asc(packageComponents.packageId), asc(packageComponents.position));
    return groupByKey(ids, rows, (row) => row.packageId);
  },
);
