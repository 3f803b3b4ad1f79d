import type { SubgraphDatabase } from '@jobgraph/subgraph-kit';
import type { GwanakTables } from '../graphql/context.js';

export type GwanakDatabase = SubgraphDatabase<GwanakTables>;
export type GwanakTransaction = Parameters<Parameters<GwanakDatabase['transaction']>[0]>[0];
