import { requireViewer, UUID_SHAPE } from '@jobgraph/subgraph-kit';
import type { Resolvers } from '../../generated/graphql.js';
import { actsForCenter, READ, readPersonal, requireDistrictStaff } from '../access.js';
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
    hiringIncentiveApplication: async (_parent, { id }, context) => {
      requireViewer(context);
      // Application ids are UUIDs; anything else names no application.
      const application = UUID_SHAPE.test(id)
        ? await context.loaders.get(applicationById).load(id)
        : null;
      if (application) {
        readPersonal(context, application.personId, READ.hiringIncentiveApplications);
      }
      return application;
    },
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
    // Only the page's people are read, and only when the page is asked for.
    edges: (connection, _args, context) => {
      for (const edge of connection.edges) {
        readPersonal(context, edge.node.personId, READ.hiringIncentiveApplications);
      }
      return connection.edges;
    },
    totalCount: (connection) => connection.count(),
  },
  HiringIncentiveApplication: {
    program: async (application, _args, context) =>
      required(await context.loaders.get(programById).load(application.programId), 'programme'),
    employer: (application) => ({ id: application.employerId }),
    person: (application, _args, context) => {
      readPersonal(context, application.personId, READ.hiringIncentiveApplications);
      return { id: application.personId };
    },
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
    hiringIncentiveApplications: async (employer, _args, context) => {
      const staff = requireDistrictStaff(context);
      const applications = await context.loaders.get(applicationsOfEmployer).load(employer.id);
      // A center's staff see the applications to their own center's programmes only.
      const programs = await Promise.all(
        applications.map((application) =>
          context.loaders.get(programById).load(application.programId),
        ),
      );
      const visible = applications.filter((_application, index) =>
        actsForCenter(staff, required(programs[index], 'programme').centerId),
      );
      for (const application of visible) {
        readPersonal(context, application.personId, READ.hiringIncentiveApplications);
      }
      return visible;
    },
  },
};
