import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { SubgraphDefinition } from '@jobgraph/subgraph-kit';
import { parse } from 'graphql';
import * as tables from './db/schema.js';
import type { MinistryTables } from './graphql/context.js';
import { resolvers } from './graphql/resolvers.js';
import { seedMinistry } from './seed/index.js';

export const ministrySdl = readFileSync(new URL('../schema.graphql', import.meta.url), 'utf8');

/**
 * Ministry of Employment and Labor: the mid-career employment network (centers, strategies,
 * programmes), case files of job seekers aged 50+, and the employment-insurance records.
 */
export const ministrySubgraph: SubgraphDefinition<MinistryTables> = {
  name: 'ministry',
  typeDefs: parse(ministrySdl),
  resolvers,
  tables,
  migrationsFolder: fileURLToPath(new URL('../drizzle', import.meta.url)),
  accessLog: tables.accessLog,
  seed: seedMinistry,
};
