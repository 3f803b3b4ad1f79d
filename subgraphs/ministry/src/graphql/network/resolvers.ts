import type { Resolvers } from '../../generated/graphql.js';
import { allCenters } from '../centers/loaders.js';
import { programById } from '../programs/loaders.js';
import { required } from '../required.js';
import { phasesOfNetwork, theNetwork } from './loaders.js';

export const networkResolvers: Resolvers = {
  Query: {
    midCareerNetwork: async (_parent, _args, context) =>
      required(await context.loaders.get(theNetwork).load('network'), 'network (seed)'),
  },
  MidCareerNetwork: {
    name: (network) => network.nameKo,
    phases: (network, _args, context) => context.loaders.get(phasesOfNetwork).load(network.id),
    centers: (_network, _args, context) => context.loaders.get(allCenters).load('all'),
    package: async (network, _args, context) =>
      required(
        await context.loaders.get(programById).load(network.packageProgramId),
        'network package',
      ),
  },
};
