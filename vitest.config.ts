import { createRequire } from 'node:module';
import { defineConfig } from 'vitest/config';

// graphql ships CommonJS (`main`) and ESM (`module`) builds. Node loads the CommonJS one for
// everyone, Apollo included; Vite would hand our sources the ESM one, and two graphql instances
// refuse each other's schemas. Resolve it the way Node does.
const graphqlEntry = createRequire(import.meta.url).resolve('graphql');

// Workspace packages resolve to their TypeScript sources, so tests need no build of them.
const conditions = ['@jobgraph/source', 'node', 'import', 'default'];

export default defineConfig({
  resolve: { conditions, alias: [{ find: /^graphql$/, replacement: graphqlEntry }] },
  ssr: { resolve: { conditions, externalConditions: ['@jobgraph/source'] } },
  test: {
    include: [
      'packages/*/test/**/*.test.ts',
      'subgraphs/*/test/**/*.test.ts',
      'subgraphs/regional/*/test/**/*.test.ts',
      'gateway/test/**/*.test.ts',
      'schema/test/**/*.test.ts',
      'warehouse/test/**/*.test.ts',
      'stack/test/**/*.test.ts',
      'test/**/*.test.ts',
    ],
    globalSetup: ['test/setup/global-database.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    pool: 'forks',
    env: { APOLLO_TELEMETRY_DISABLED: '1' },
  },
});
