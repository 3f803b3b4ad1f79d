import { alignByKey, defineLoader, groupByKey } from '@jobgraph/subgraph-kit';
import { asc, inArray } from 'drizzle-orm';
import { type CounselorRow, counselors } from '../../db/schema.js';
import type { MinistryContext } from '../context.js';

export const counselorById = defineLoader<string, CounselorRow | null, MinistryContext>(
  'counselorById',
  async (ids, { db }) => {
    const rows = await db
      .select()
      .from(counselors)
      .where(inArray(counselors.id, [...ids]));
    return alignByKey(ids, rows, (row) => row.id);
  },
);

export const counselorsOfCenter = defineLoader<string, CounselorRow[], MinistryContext>(
  'counselorsOfCenter',
  async (centerIds, { db }) => {
    const rows = await db
      .select()
      .from(counselors)
      .where(inArray(counselors.centerId, [...centerIds]))
      .orderBy(asc(counselors.id));
    return groupByKey(centerIds, rows, (row) => row.centerId);
  },
);
