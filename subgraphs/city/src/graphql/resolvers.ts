import { DateScalar, DateTimeScalar, mergeResolvers } from '@jobgraph/subgraph-kit';
import type { Resolvers } from '../generated/graphql.js';
import { employerResolvers } from './employers/resolvers.js';
import { personResolvers } from './people/resolvers.js';
import { postingResolvers } from './postings/resolvers.js';
import { applicationResolvers } from './programs/application-resolvers.js';
import { programResolvers } from './programs/resolvers.js';
import { regionResolvers } from './regions/resolvers.js';
import { suitRentalResolvers } from './suit-rental/resolvers.js';

export const resolvers = mergeResolvers<Resolvers>(
  { Date: DateScalar, DateTime: DateTimeScalar },
  regionResolvers,
  employerResolvers,
  postingResolvers,
  programResolvers,
  applicationResolvers,
  suitRentalResolvers,
  personResolvers,
);
