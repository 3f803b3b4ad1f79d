import { desc, eq } from 'drizzle-orm';
import { hrApplications } from '../../db/schema.js';
import type { Resolvers } from '../../generated/graphql.js';
import { requireGumiStaff } from '../access.js';
import { employerById, measureByCode } from '../employers/loaders.js';
import { required } from '../required.js';
import { decideApplication } from './decide.js';
import { submitApplication } from './submit.js';

export const incentiveResolvers: Resolvers = {
  Query: {
    hrImprovementApplications: (_parent, { status }, context) => {
      requireGumiStaff(context);
      return context.db
        .select()
        .from(hrApplications)
        .where(status == null ? undefined : eq(hrApplications.status, status))
        .orderBy(desc(hrApplications.submittedAt), desc(hrApplications.id));
    },
  },
  Mutation: {
    submitHrImprovementApplication: async (_parent, { input }, context) => {
      const result = await submitApplication(context, input);
      return result.ok
        ? { ok: true, application: result.value, error: null }
        : { ok: false, application: null, error: result.error };
    },
    decideHrImprovementApplication: (_parent, { input }, context) =>
      decideApplication(context, input),
  },
  HrImprovementApplication: {
    employer: async (application, _args, context) =>
      required(await context.loaders.get(employerById).load(application.employerId), 'employer'),
    measure: async (application, _args, context) =>
      required(await context.loaders.get(measureByCode).load(application.measureCode), 'measure'),
  },
};
