import type { Resolvers } from '../../generated/graphql.js';
import { allMeasures, listTargetEmployers } from './loaders.js';

export const employerResolvers: Resolvers = {
  Query: {
    gumiTargetEmployers: (_parent, { industry }, context) =>
      listTargetEmployers(context, industry ?? null),
    hrImprovementMeasures: (_parent, _args, context) =>
      context.loaders.get(allMeasures).load('all'),
  },
  GumiTargetEmployer: {
    employer: (employer) => ({ id: employer.id }),
  },
  HrImprovementMeasure: {
    name: (measure) => measure.nameKo,
    maxAmountKrw: (measure) => measure.amountPerWorkerKrw * measure.maxWorkers,
  },
};
