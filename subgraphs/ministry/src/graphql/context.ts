import type { SubgraphContext } from '@jobgraph/subgraph-kit';
import type { MinistryTables } from '../db/database.js';

export type { MinistryTables };
export type MinistryContext = SubgraphContext<MinistryTables>;
