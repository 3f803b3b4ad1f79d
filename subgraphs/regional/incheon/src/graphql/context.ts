import type { SubgraphContext } from '@jobgraph/subgraph-kit';
import type * as tables from '../db/schema.js';

export type IncheonTables = typeof tables;
export type IncheonContext = SubgraphContext<IncheonTables>;
