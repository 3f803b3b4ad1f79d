import type { SubgraphDatabase } from '@jobgraph/subgraph-kit';
import type { GumiTables } from '../graphql/context.js';

export type GumiDatabase = SubgraphDatabase<GumiTables>;
export type GumiTransaction = Parameters<Parameters<GumiDatabase['transaction']>[0]>[0];
