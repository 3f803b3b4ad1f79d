import type { SubgraphContext } from '@jobgraph/subgraph-kit';
import type * as tables from '../db/schema.js';

export type DistrictsTables = typeof tables;
export type DistrictsContext = SubgraphContext<DistrictsTables>;
