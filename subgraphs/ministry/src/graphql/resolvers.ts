import { DateScalar, DateTimeScalar, mergeResolvers } from '@jobgraph/subgraph-kit';
import type { Resolvers } from '../generated/graphql.js';
import { caseFileResolvers } from './case-files/resolvers.js';
import { centerResolvers } from './centers/resolvers.js';
import { counselorResolvers } from './counselors/resolvers.js';
import { insuranceResolvers } from './insurance/resolvers.js';
import { networkResolvers } from './network/resolvers.js';
import { personResolvers } from './people/resolvers.js';
import { programResolvers } from './programs/resolvers.js';
import { regionResolvers } from './regions/resolvers.js';
import { strategyResolvers } from './strategies/resolvers.js';

export const resolvers = mergeResolvers<Resolvers>(
  { Date: DateScalar, DateTime: DateTimeScalar },
  regionResolvers,
  personResolvers,
  centerResolvers,
  strategyResolvers,
  counselorResolvers,
  networkResolvers,
  programResolvers,
  insuranceResolvers,
  caseFileResolvers,
);
