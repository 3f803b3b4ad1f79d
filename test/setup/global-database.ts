import { generateInternalKeyPair } from '@jobgraph/auth';
import { citySubgraph } from '@jobgraph/city';
import { createScratchDatabase, startTestServer } from '@jobgraph/db/testing';
import { districtsSubgraph } from '@jobgraph/districts';
import { fiftyplusSubgraph } from '@jobgraph/fiftyplus';
import { gumiSubgraph } from '@jobgraph/gumi';
import { gwanakSubgraph } from '@jobgraph/gwanak';
import { incheonSubgraph } from '@jobgraph/incheon';
import { ministrySubgraph } from '@jobgraph/ministry';
import { createLogger } from '@jobgraph/runtime';
import { prepareDatabase, type SubgraphDefinition, type Tables } from '@jobgraph/subgraph-kit';
import type { TestProject } from 'vitest/node';
import { testDatabaseUrl } from './env.js';

const SUBGRAPHS = [
  citySubgraph,
  districtsSubgraph,
  fiftyplusSubgraph,
  ministrySubgraph,
  gwanakSubgraph,
  incheonSubgraph,
  gumiSubgraph,
] as unknown as Array<SubgraphDefinition<Tables>>;

/**
 * One PostgreSQL per test run (DATABASE_URL's, or a fresh embedded one), and for each subgraph a
 * template database migrated and seeded once, which test files copy instead of seeding again.
 */
export default async function setup(project: TestProject) {
  const server = await startTestServer(testDatabaseUrl());
  const logger = createLogger({ service: 'test-templates', level: 'warn' });
  const templates = await Promise.all(
    SUBGRAPHS.map(async (definition) => {
      const database = await createScratchDatabase(server.adminUrl, `template_${definition.name}`);
      await prepareDatabase(definition, database.url, logger);
      return [definition.name, database] as const;
    }),
  );
  const keys = await generateInternalKeyPair();
  project.provide('gatewayIdentityKeys', {
    privateJwk: JSON.stringify(keys.privateJwk),
    publicJwk: JSON.stringify(keys.publicJwk),
  });
  project.provide('adminDatabaseUrl', server.adminUrl);
  project.provide(
    'templateDatabases',
    Object.fromEntries(templates.map(([name, database]) => [name, database.name])),
  );
  return async () => {
    await Promise.all(templates.map(([, database]) => database.drop()));
    await server.stop();
  };
}
