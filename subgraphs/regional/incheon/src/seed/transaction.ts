import type { SubgraphDatabase } from '@jobgraph/subgraph-kit';
import type { IncheonTables } from '../graphql/context.js';

export type IncheonDatabase = SubgraphDatabase<IncheonTables>;
export type IncheonTransaction = Parameters<Parameters<IncheonDatabase['transaction']>[0]>[0];
