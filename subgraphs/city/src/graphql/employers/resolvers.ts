import type { Resolvers } from '../../generated/graphql.js';
import { classification, industryByCode } from '../classifications/loaders.js';
import { postingConnection } from '../postings/connection.js';
import { employerScope } from '../postings/query.js';
import { regionByCode } from '../regions/loaders.js';
import { required } from '../required.js';
import { employerById } from './loaders.js';

export const employerResolvers: Resolvers = {
  Query: {
    employer: (_parent, { id }, context) => context.loaders.get(employerById).load(id),
  },
  Employer: {
    __resolveReference: (reference, context) =>
      context.loaders.get(employerById).load(reference.id),
    industry: async (employer, _args, context) =>
      classification(
        required(await context.loaders.get(industryByCode).load(employer.industryCode), 'industry'),
      ),
    region: async (employer, _args, context) =>
      required(await context.loaders.get(regionByCode).load(employer.regionCode), 'region'),
    jobPostings: (employer, args, context) =>
      postingConnection(context, employerScope(employer.id), {
        first: args.first,
        after: args.after,
      }),
  },
};
