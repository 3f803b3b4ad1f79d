import type { SubgraphDatabase } from '@jobgraph/subgraph-kit';
import type { DistrictsTables } from '../graphql/context.js';

export type DistrictsDatabase = SubgraphDatabase<DistrictsTables>;
export type DistrictsTransaction = Parameters<Parameters<DistrictsDatabase['transaction']>[0]>[0];
