import type { SubgraphDatabase } from '@jobgraph/subgraph-kit';
import type { CityTables } from '../graphql/context.js';

export type CityDatabase = SubgraphDatabase<CityTables>;
export type CityTransaction = Parameters<Parameters<CityDatabase['transaction']>[0]>[0];
