import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { SubgraphDefinition } from '@jobgraph/subgraph-kit';
import { parse } from 'graphql';
import * as tables from './db/schema.js';
import type { IncheonTables } from './graphql/context.js';
import { resolvers } from './graphql/resolvers.js';
import { seedIncheon } from './seed/index.js';

export const incheonSdl = readFileSync(new URL('../schema.graphql', import.meta.url), 'utf8');

/** Incheon Bukbu and Seobu: job demand days, working groups, joint fairs, Polytechnic training. */
export const incheonSubgraph: SubgraphDefinition<IncheonTables> = {
  name: 'incheon',
  typeDefs: parse(incheonSdl),
  resolvers,
  tables,
  migrationsFolder: fileURLToPath(new URL('../drizzle', import.meta.url)),
  accessLog: tables.accessLog,
  seed: seedIncheon,
};
