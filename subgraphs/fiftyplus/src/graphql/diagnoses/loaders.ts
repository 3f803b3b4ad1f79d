import { defineLoader, groupByKey } from '@jobgraph/subgraph-kit';
import { desc, inArray } from 'drizzle-orm';
import { type CareerDiagnosisRow, careerDiagnoses } from '../../db/schema.js';
import type { FiftyPlusContext } from '../context.js';

/** Each person's diagnoses, latest first. */
export const diagnosesOfPerson = defineLoader<string, CareerDiagnosisRow[], FiftyPlusContext>(
  'diagnosesOfPerson',
  async (personIds, { db }) => {
    const rows = await db
      .select()
      .from(careerDiagnoses)
      .where(inArray(careerDiagnoses.personId, [...personIds]))
      .orderBy(desc(careerDiagnoses.diagnosedOn), desc(careerDiagnoses.recordedAt));
    return groupByKey(personIds, rows, (row) => row.personId);
  },
);
