import { alignByKey, defineLoader, groupByKey } from '@jobgraph/subgraph-kit';
import { asc, inArray } from 'drizzle-orm';
import {
  type ProgramApplicationRow,
  type ProgramTypeRow,
  programApplications,
  programTypes,
} from '../../db/schema.js';
import type { CityContext } from '../context.js';

export const applicationsOfMember = defineLoader<string, ProgramApplicationRow[], CityContext>(
  'applicationsOfMember',
  async (memberIds, { db }) => {
    const rows = await db
      .select()
      .from(programApplications)
      .where(inArray(programApplications.memberId, [...memberIds]))
      .orderBy(asc(programApplications.submittedAt));
    return groupByKey(memberIds, rows, (row) => row.memberId);
  },
);

export const programTypeById = defineLoader<string, ProgramTypeRow | null, CityContext>(
  'programTypeById',
  async (ids, { db }) => {
    const rows = await db
      .select()
      .from(programTypes)
      .where(inArray(programTypes.id, [...ids]));
    return alignByKey(ids, rows, (row) => row.id);
  },
);
