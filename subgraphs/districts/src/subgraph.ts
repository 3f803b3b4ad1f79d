import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { SubgraphDefinition } from '@jobgraph/subgraph-kit';
import { parse } from 'graphql';
import * as tables from './db/schema.js';
import type { DistrictsTables } from './graphql/context.js';
import { resolvers } from './graphql/resolvers.js';
import { seedDistricts } from './seed/index.js';

export const districtsSdl = readFileSync(new URL('../schema.graphql', import.meta.url), 'utf8');

/** The autonomous districts' integrated job centers: desk, job fairs, hiring incentives. */
export const districtsSubgraph: SubgraphDefinition<DistrictsTables> = {
  name: 'districts',
  typeDefs: parse(districtsSdl),
  resolvers,
  tables,
  migrationsFolder: fileURLToPath(new URL('../drizzle', import.meta.url)),
  accessLog: tables.accessLog,
  seed: seedDistricts,
};
