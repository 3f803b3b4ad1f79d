import { DateScalar, DateTimeScalar, mergeResolvers } from '@jobgraph/subgraph-kit';
import type { Resolvers } from '../generated/graphql.js';
import { centerResolvers } from './centers/resolvers.js';
import { employerResolvers } from './employers/resolvers.js';
import { incentiveResolvers } from './incentives/resolvers.js';
import { personResolvers } from './people/resolvers.js';
import { sessionResolvers } from './sessions/resolvers.js';

export const resolvers = mergeResolvers<Resolvers>(
  { Date: DateScalar, DateTime: DateTimeScalar },
  centerResolvers,
  employerResolvers,
  incentiveResolvers,
  sessionResolvers,
  personResolvers,
);
