import type { Resolvers } from '../../generated/graphql.js';
import { catalog } from '../catalog.js';
import { required } from '../required.js';
import { requireFoundationStaff } from '../staff.js';
import { followUpsOfPlacement, placementById } from './loaders.js';
import { recordFollowUp } from './record-follow-up.js';

export const placementResolvers: Resolvers = {
  Query: {
    experiencedTalentPlacement: async (_parent, { id }, context) => {
      requireFoundationStaff(context);
      const placement = await context.loaders.get(placementById).load(id);
      if (placement) context.access.read(placement.personId, 'read:experienced-talent-placement');
      return placement;
    },
  },
  Mutation: {
    recordFollowUp: (_parent, { input }, context) => recordFollowUp(context, input),
  },
  ExperiencedTalentPlacement: {
    program: async (placement, _args, { db }) =>
      required((await catalog(db)).programById.get(placement.programId), 'program'),
    person: (placement) => ({ id: placement.personId }),
    employer: (placement) => ({ id: placement.employerId }),
    insuranceRecord: (placement) => ({ id: placement.insuranceRecordId }),
    followUps: (placement, _args, context) =>
      context.loaders.get(followUpsOfPlacement).load(placement.id),
  },
};
