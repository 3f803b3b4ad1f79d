import { mergeResolvers } from '@jobgraph/subgraph-kit';
import type { Resolvers } from '../generated/graphql.js';
import { programResolvers } from './programs/resolvers.js';
import { regionResolvers } from './regions/resolvers.js';

export const resolvers = mergeResolvers<Resolvers>(regionResolvers, programResolvers);
