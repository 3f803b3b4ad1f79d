import type { DatabaseConfig } from '@jobgraph/db';
import type { ScratchDatabase } from '@jobgraph/db/testing';
import {
  type RunningSubgraph,
  type SubgraphConfig,
  type SubgraphDefinition,
  startSubgraph,
  type Tables,
} from '@jobgraph/subgraph-kit';
import { inject } from 'vitest';
import { subgraphDatabase } from './database.js';

export interface TestSubgraph<T extends Tables> extends RunningSubgraph<T> {
  readonly database: ScratchDatabase;
  /** Stops the subgraph and drops its database. */
  close(): Promise<void>;
}

export function testSubgraphConfig(database: Pick<DatabaseConfig, 'url'>): SubgraphConfig {
  return {
    http: { host: '127.0.0.1', port: 0, bodyLimitBytes: 1024 * 1024 },
    gatewayIdentityKey: inject('gatewayIdentityKeys').publicJwk,
    logLevel: 'silent',
    database: { url: database.url, poolSize: 10, statementTimeoutMs: 15_000, dataRoot: '' },
  };
}

/** Starts a subgraph on a random port over a database of its own (migrated and seeded). */
export async function startTestSubgraph<T extends Tables>(
  definition: SubgraphDefinition<T>,
): Promise<TestSubgraph<T>> {
  const database = await subgraphDatabase(definition.name);
  const running = await startSubgraph(definition, testSubgraphConfig(database));
  return Object.assign(running, {
    database,
    close: async () => {
      await running.stop();
      await database.drop();
    },
  });
}
