import { DateScalar, DateTimeScalar, mergeResolvers } from '@jobgraph/subgraph-kit';
import type { Resolvers } from '../generated/graphql.js';
import { centerResolvers } from './centers/resolvers.js';
import { consultationResolvers } from './consultations/resolvers.js';
import { incentiveResolvers } from './incentives/resolvers.js';
import { jobFairResolvers } from './job-fairs/resolvers.js';
import { personResolvers } from './people/resolvers.js';
import { placementResolvers } from './placements/resolvers.js';
import { programResolvers } from './programs/resolvers.js';
import { regionResolvers } from './regions/resolvers.js';

export const resolvers = mergeResolvers<Resolvers>(
  { Date: DateScalar, DateTime: DateTimeScalar },
  centerResolvers,
  consultationResolvers,
  jobFairResolvers,
  placementResolvers,
  programResolvers,
  incentiveResolvers,
  personResolvers,
  regionResolvers,
);
