import type { SubgraphContext, SubgraphDatabase } from '@jobgraph/subgraph-kit';
import type * as tables from '../db/schema.js';

export type FiftyPlusTables = typeof tables;
export type FiftyPlusContext = SubgraphContext<FiftyPlusTables>;
export type FiftyPlusDatabase = SubgraphDatabase<FiftyPlusTables>;
/** A transaction handle: repositories take it or the database, and run the same in both. */
export type FiftyPlusTransaction = Parameters<Parameters<FiftyPlusDatabase['transaction']>[0]>[0];
