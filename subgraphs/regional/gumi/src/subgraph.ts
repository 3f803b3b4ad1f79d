import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { SubgraphDefinition } from '@jobgraph/subgraph-kit';
import { parse } from 'graphql';
import * as tables from './db/schema.js';
import type { GumiTables } from './graphql/context.js';
import { resolvers } from './graphql/resolvers.js';
import { seedGumi } from './seed/index.js';

export const gumiSdl = readFileSync(new URL('../schema.graphql', import.meta.url), 'utf8');

/** Gumi Employment Center: target employers, HR-practice incentives, career design sessions. */
export const gumiSubgraph: SubgraphDefinition<GumiTables> = {
  name: 'gumi',
  typeDefs: parse(gumiSdl),
  resolvers,
  tables,
  migrationsFolder: fileURLToPath(new URL('../drizzle', import.meta.url)),
  accessLog: tables.accessLog,
  seed: seedGumi,
};
