import type { SubgraphContext } from '@jobgraph/subgraph-kit';
import type * as tables from '../db/schema.js';

export type GwanakTables = typeof tables;
export type GwanakContext = SubgraphContext<GwanakTables>;
