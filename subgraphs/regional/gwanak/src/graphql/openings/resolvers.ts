import { todayInKorea } from '@jobgraph/subgraph-kit';
import { and, eq } from 'drizzle-orm';
import { partnerEmployers, partnerOpenings } from '../../db/schema.js';
import type { Resolvers } from '../../generated/graphql.js';
import { READ, readPersonal } from '../access.js';
import { partnerById } from '../partners/loaders.js';
import { required } from '../required.js';
import { applyToOpening } from './apply.js';
import { OPENING_ORDER, openCondition, openingById } from './loaders.js';
import { withdrawApplication } from './withdraw.js';

export const openingResolvers: Resolvers = {
  Query: {
    gwanakPartnerOpenings: async (_parent, { sector, includeClosed }, context) => {
      const rows = await context.db
        .select({ opening: partnerOpenings })
        .from(partnerOpenings)
        .innerJoin(partnerEmployers, eq(partnerEmployers.id, partnerOpenings.employerId))
        .where(
          and(
            sector == null ? undefined : eq(partnerEmployers.sector, sector),
            openCondition({ includeClosed: includeClosed ?? false, today: todayInKorea() }),
          ),
        )
        .orderBy(...OPENING_ORDER);
      return rows.map((row) => row.opening);
    },
    gwanakPartnerOpening: (_parent, { id }, context) => context.loaders.get(openingById).load(id),
  },
  Mutation: {
    applyToGwanakPartnerOpening: async (_parent, { input }, context) => {
      const result = await applyToOpening(context, input);
      return result.ok
        ? { ok: true, application: result.value, error: null }
        : { ok: false, application: null, error: result.error };
    },
    withdrawGwanakOpeningApplication: async (_parent, { input }, context) => {
      const result = await withdrawApplication(context, input);
      return result.ok
        ? { ok: true, application: result.value, error: null }
        : { ok: false, application: null, error: result.error };
    },
  },
  GwanakPartnerOpening: {
    partner: async (opening, _args, context) =>
      required(await context.loaders.get(partnerById).load(opening.employerId), 'partner'),
    title: (opening) => opening.titleKo,
    sector: async (opening, _args, context) =>
      required(await context.loaders.get(partnerById).load(opening.employerId), 'partner').sector,
    applicationCount: (opening) => opening.applied,
    available: (opening) => opening.capacity - opening.applied,
    open: (opening) => {
      const today = todayInKorea();
      return opening.opensOn <= today && opening.closesOn >= today;
    },
  },
  GwanakOpeningApplication: {
    opening: async (application, _args, context) =>
      required(await context.loaders.get(openingById).load(application.openingId), 'opening'),
    person: (application, _args, context) => {
      readPersonal(context, application.memberId, READ.openingApplications);
      return { id: application.memberId };
    },
    motivation: (application, _args, context) => {
      readPersonal(context, application.memberId, READ.openingApplications);
      return application.motivation;
    },
  },
};
