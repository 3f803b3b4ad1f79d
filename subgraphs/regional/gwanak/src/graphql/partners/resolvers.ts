import { todayInKorea } from '@jobgraph/subgraph-kit';
import { asc } from 'drizzle-orm';
import { partnerEmployers } from '../../db/schema.js';
import type { Resolvers } from '../../generated/graphql.js';
import { openingsOfPartner } from '../openings/loaders.js';
import { partnerById, sectorCondition } from './loaders.js';

export const partnerResolvers: Resolvers = {
  Query: {
    gwanakPartnerEmployers: (_parent, { sector }, context) =>
      context.db
        .select()
        .from(partnerEmployers)
        .where(sectorCondition({ sector: sector ?? null }))
        .orderBy(asc(partnerEmployers.id)),
    gwanakPartnerEmployer: (_parent, { id }, context) => context.loaders.get(partnerById).load(id),
  },
  GwanakPartnerEmployer: {
    employer: (partner) => ({ id: partner.id }),
    region: (partner) => ({ code: partner.regionCode }),
    openings: (partner, { includeClosed }, context) =>
      context.loaders.get(openingsOfPartner).load({
        id: partner.id,
        args: { includeClosed: includeClosed ?? false, today: todayInKorea() },
      }),
  },
};
