import { UUID_SHAPE } from '@jobgraph/subgraph-kit';
import type { Resolvers } from '../../generated/graphql.js';
import { placementById } from '../placements/loaders.js';
import { programById } from '../programs/loaders.js';
import { required } from '../required.js';
import { incentiveAmount } from './amount.js';
import { applyForHiringIncentive } from './apply.js';
import { applicationConnection } from './connection.js';
import { applicationById, applicationsOfEmployer, eventsOfApplication } from './loaders.js';
import { decideHiringIncentive, markHiringIncentivePaid } from './transition.js';

export const incentiveResolvers: Resolvers = {
  Query: {
    // Application ids are UUIDs; anything else names no application.
    hiringIncentiveApplication: (_parent, { id }, context) =>
      UUID_SHAPE.test(id) ? context.loaders.get(applicationById).load(id) : null,
    hiringIncentiveApplications: (_parent, args, context) => applicationConnection(context, args),
  },
  Mutation: {
    applyForHiringIncentive: async (_parent, { input }, context) => {
      const result = await applyForHiringIncentive(context, input);
      return result.ok
        ? { ok: true, application: result.value, error: null }
        : { ok: false, application: null, error: result.error };
    },
    decideHiringIncentive: (_parent, { input }, context) => decideHiringIncentive(context, input),
    markHiringIncentivePaid: (_parent, { input }, context) =>
      markHiringIncentivePaid(context, input),
  },
  HiringIncentiveApplicationConnection: {
    totalCount: (connection) => connection.count(),
  },
  HiringIncentiveApplication: {
    program: async (application, _args, context) =>
      required(await context.loaders.get(programById).load(application.programId), 'programme'),
    employer: (application) => ({ id: application.employerId }),
    person: (application) => ({ id: application.personId }),
    placement: (application, _args, context) =>
      application.placementId === null
        ? null
        : context.loaders.get(placementById).load(application.placementId),
    amountKrw: async (application, _args, context) =>
      incentiveAmount(
        required(await context.loaders.get(programById).load(application.programId), 'programme'),
        application.monthsClaimed,
      ),
    statusHistory: (application, _args, context) =>
      context.loaders.get(eventsOfApplication).load(application.id),
  },
  Employer: {
    __resolveReference: (reference) => ({ id: reference.id }),
    hiringIncentiveApplications: (employer, _args, context) =>
      context.loaders.get(applicationsOfEmployer).load(employer.id),
  },
};
