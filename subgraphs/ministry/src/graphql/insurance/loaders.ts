import { alignByKey, defineLoader, groupByKey } from '@jobgraph/subgraph-kit';
import { asc, inArray } from 'drizzle-orm';
import { type InsuranceRecordRow, insuranceRecords } from '../../db/schema.js';
import type { MinistryContext } from '../context.js';

export const insuranceRecordById = defineLoader<string, InsuranceRecordRow | null, MinistryContext>(
  'insuranceRecordById',
  async (ids, { db }) => {
    const rows = await db
      .select()
      .from(insuranceRecords)
      .where(inArray(insuranceRecords.id, [...ids]));
    return alignByKey(ids, rows, (row) => row.id);
  },
);

export const insuranceRecordsOfPerson = defineLoader<string, InsuranceRecordRow[], MinistryContext>(
  'insuranceRecordsOfPerson',
  async (personIds, { db }) => {
    const rows = await db
      .select()
      .from(insuranceRecords)
      .where(inArray(insuranceRecords.personId, [...personIds]))
      .orderBy(asc(insuranceRecords.acquiredOn), asc(insuranceRecords.id));
    return groupByKey(personIds, rows, (row) => row.personId);
  },
);
