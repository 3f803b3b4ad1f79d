import type { Resolvers } from '../../generated/graphql.js';
import { classification, occupationByCode } from '../classifications/loaders.js';
import { employerById } from '../employers/loaders.js';
import { regionByCode } from '../regions/loaders.js';
import { required } from '../required.js';
import { postingConnection } from './connection.js';
import { postingById } from './loaders.js';
import { ALL_POSTINGS } from './query.js';

export const postingResolvers: Resolvers = {
  Query: {
    jobPosting: (_parent, { id }, context) => context.loaders.get(postingById).load(id),
    jobPostings: (_parent, args, context) => postingConnection(context, ALL_POSTINGS, args),
  },
  JobPostingConnection: {
    totalCount: (connection) => connection.count(),
  },
  JobPosting: {
    __resolveReference: (reference, context) => context.loaders.get(postingById).load(reference.id),
    employer: async (posting, _args, context) =>
      required(await context.loaders.get(employerById).load(posting.employerId), 'employer'),
    region: async (posting, _args, context) =>
      required(await context.loaders.get(regionByCode).load(posting.regionCode), 'region'),
    occupation: async (posting, _args, context) =>
      classification(
        required(
          await context.loaders.get(occupationByCode).load(posting.occupationCode),
          'occupation',
        ),
      ),
    wage: (posting) => ({ type: posting.wageType, min: posting.wageMin, max: posting.wageMax }),
    career: (posting) => ({ kind: posting.careerKind, minYears: posting.careerMinYears }),
  },
};
