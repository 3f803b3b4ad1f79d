import type { Resolvers } from '../../generated/graphql.js';
import { READ, readPersonal } from '../access.js';
import { centerById, serviceOf } from '../centers/loaders.js';
import { required } from '../required.js';

export const placementResolvers: Resolvers = {
  PlacementConnection: {
    totalCount: (connection) => connection.count(),
  },
  Placement: {
    center: async (placement, _args, context) =>
      required(await context.loaders.get(centerById).load(placement.centerId), 'center'),
    service: async (placement, _args, context) =>
      required(
        await serviceOf(context, placement.centerId, placement.serviceCode),
        'center service',
      ),
    person: (placement, _args, context) => {
      readPersonal(context, placement.personId, READ.placements);
      return { id: placement.personId };
    },
    employer: (placement) => ({ id: placement.employerId }),
    insuranceRecord: (placement) => ({ id: placement.insuranceRecordId }),
  },
};
