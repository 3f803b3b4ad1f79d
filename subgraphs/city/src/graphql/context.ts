import type { SubgraphContext } from '@jobgraph/subgraph-kit';
import type * as tables from '../db/schema.js';

export type CityTables = typeof tables;
export type CityContext = SubgraphContext<CityTables>;
