import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { SubgraphDefinition } from '@jobgraph/subgraph-kit';
import { parse } from 'graphql';
import * as tables from './db/schema.js';
import type { GwanakTables } from './graphql/context.js';
import { resolvers } from './graphql/resolvers.js';
import { seedGwanak } from './seed/index.js';

export const gwanakSdl = readFileSync(new URL('../schema.graphql', import.meta.url), 'utf8');

/** Seoul Gwanak Employment Center: partner employers, their openings for 50+, applications. */
export const gwanakSubgraph: SubgraphDefinition<GwanakTables> = {
  name: 'gwanak',
  typeDefs: parse(gwanakSdl),
  resolvers,
  tables,
  migrationsFolder: fileURLToPath(new URL('../drizzle', import.meta.url)),
  accessLog: tables.accessLog,
  seed: seedGwanak,
};
