import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { SubgraphDefinition } from '@jobgraph/subgraph-kit';
import { parse } from 'graphql';
import * as tables from './db/schema.js';
import type { FiftyPlusTables } from './graphql/context.js';
import { resolvers } from './graphql/resolvers.js';
import { seedFiftyPlus } from './seed/index.js';

export const fiftyplusSdl = readFileSync(new URL('../schema.graphql', import.meta.url), 'utf8');

/** Seoul 50Plus Foundation: Mid-career Job Academy, talent platform, experienced-talent placements. */
export const fiftyplusSubgraph: SubgraphDefinition<FiftyPlusTables> = {
  name: 'fiftyplus',
  typeDefs: parse(fiftyplusSdl),
  resolvers,
  tables,
  migrationsFolder: fileURLToPath(new URL('../drizzle', import.meta.url)),
  accessLog: tables.accessLog,
  seed: seedFiftyPlus,
};
