import { defineLoader, groupByKey } from '@jobgraph/subgraph-kit';
import { asc, inArray } from 'drizzle-orm';
import { type TrainingRow, trainings } from '../../db/schema.js';
import type { IncheonContext } from '../context.js';

export const trainingsOfCenter = defineLoader<string, TrainingRow[], IncheonContext>(
  'trainingsOfCenter',
  async (centerIds, { db }) => {
    const rows = await db
      .select()
      .from(trainings)
      .where(inArray(trainings.centerId, [...centerIds]))
      .orderBy(asc(trainings.startsOn), asc(trainings.id));
    return groupByKey(centerIds, rows, (row) => row.centerId);
  },
);
