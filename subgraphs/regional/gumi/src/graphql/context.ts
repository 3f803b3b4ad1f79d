import type { SubgraphContext } from '@jobgraph/subgraph-kit';
import type * as tables from '../db/schema.js';

export type GumiTables = typeof tables;
export type GumiContext = SubgraphContext<GumiTables>;
