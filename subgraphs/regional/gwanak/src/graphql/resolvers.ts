import { DateScalar, DateTimeScalar, mergeResolvers } from '@jobgraph/subgraph-kit';
import type { Resolvers } from '../generated/graphql.js';
import { centerResolvers } from './centers/resolvers.js';
import { openingResolvers } from './openings/resolvers.js';
import { partnerResolvers } from './partners/resolvers.js';
import { personResolvers } from './people/resolvers.js';
import { regionResolvers } from './regions/resolvers.js';

export const resolvers = mergeResolvers<Resolvers>(
  { Date: DateScalar, DateTime: DateTimeScalar },
  centerResolvers,
  partnerResolvers,
  openingResolvers,
  personResolvers,
  regionResolvers,
);
