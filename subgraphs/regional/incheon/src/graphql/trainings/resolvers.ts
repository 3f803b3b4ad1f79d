import { asc, eq } from 'drizzle-orm';
import { trainings } from '../../db/schema.js';
import type { Resolvers } from '../../generated/graphql.js';

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
