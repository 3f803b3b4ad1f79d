import { DateScalar, DateTimeScalar, mergeResolvers } from '@jobgraph/subgraph-kit';
import type { Resolvers } from '../generated/graphql.js';
import { campusResolvers } from './campuses/resolvers.js';
import { courseResolvers } from './courses/resolvers.js';
import { diagnosisResolvers } from './diagnoses/resolvers.js';
import { enrollmentResolvers } from './enrollments/resolvers.js';
import { personResolvers } from './people/resolvers.js';
import { placementResolvers } from './placements/resolvers.js';
import { profileResolvers } from './profiles/resolvers.js';
import { programResolvers } from './programs/resolvers.js';
import { regionResolvers } from './regions/resolvers.js';

export const resolvers = mergeResolvers<Resolvers>(
  { Date: DateScalar, DateTime: DateTimeScalar },
  regionResolvers,
  programResolvers,
  campusResolvers,
  courseResolvers,
  profileResolvers,
  diagnosisResolvers,
  enrollmentResolvers,
  placementResolvers,
  personResolvers,
);
