import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { SubgraphDefinition } from '@jobgraph/subgraph-kit';
import { parse } from 'graphql';
import * as tables from './db/schema.js';
import type { CityTables } from './graphql/context.js';
import { resolvers } from './graphql/resolvers.js';
import { seedCity } from './seed/index.js';

export const citySdl = readFileSync(new URL('../schema.graphql', import.meta.url), 'utf8');

/** Seoul Metropolitan Government: regions, job postings, Attractive Jobs, Job Wings. */
export const citySubgraph: SubgraphDefinition<CityTables> = {
  name: 'city',
  typeDefs: parse(citySdl),
  resolvers,
  tables,
  migrationsFolder: fileURLToPath(new URL('../drizzle', import.meta.url)),
  accessLog: tables.accessLog,
  seed: seedCity,
};
