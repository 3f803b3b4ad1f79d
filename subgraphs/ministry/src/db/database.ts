import type { SubgraphDatabase } from '@jobgraph/subgraph-kit';
import type * as tables from './schema.js';

export type MinistryTables = typeof tables;
export type MinistryDatabase = SubgraphDatabase<MinistryTables>;
/** A transaction handle: the same queries run on it as on the database. */
export type MinistryTransaction = Parameters<Parameters<MinistryDatabase['transaction']>[0]>[0];
