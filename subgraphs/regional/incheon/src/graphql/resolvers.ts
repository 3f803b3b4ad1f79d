import { DateScalar, DateTimeScalar, mergeResolvers } from '@jobgraph/subgraph-kit';
import type { Resolvers } from '../generated/graphql.js';
import { centerResolvers } from './centers/resolvers.js';
import { demandDayResolvers } from './demand-days/resolvers.js';
import { fairResolvers } from './fairs/resolvers.js';
import { groupResolvers } from './groups/resolvers.js';
import { personResolvers } from './people/resolvers.js';
import { trainingResolvers } from './trainings/resolvers.js';

export const resolvers = mergeResolvers<Resolvers>(
  { Date: DateScalar, DateTime: DateTimeScalar },
  centerResolvers,
  demandDayResolvers,
  groupResolvers,
  fairResolvers,
  trainingResolvers,
  personResolvers,
);
