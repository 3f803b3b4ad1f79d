import { defineLoader, groupByKey } from '@jobgraph/subgraph-kit';
import { asc, eq, inArray } from 'drizzle-orm';
import { type TrainingRow, trainings } from '../../db/schema.js';
import type { Resolvers } from '../../generated/graphql.js';
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

export const trainingResolvers: Resolvers = {
  Query: {
    incheonPolytechnicTrainings: (_parent, { industry }, context) =>
      context.db
        .select()
        .from(trainings)
        .where(industry == null ? undefined : eq(trainings.industry, industry))
        .orderBy(asc(trainings.startsOn), asc(trainings.id)),
  },
  PolytechnicTraining: {
    center: (training) => ({ id: training.centerId }),
    campus: (training) => training.campusKo,
    course: (training) => training.courseKo,
  },
};
