import type { Resolvers } from '../../generated/graphql.js';
import { centerById } from '../centers/loaders.js';
import { required } from '../required.js';

export const counselorResolvers: Resolvers = {
  Counselor: {
    center: async (counselor, _args, context) =>
      required(await context.loaders.get(centerById).load(counselor.centerId), 'center'),
  },
};
