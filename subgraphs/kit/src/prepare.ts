import { connect, migrate } from '@jobgraph/db';
import type { Logger } from '@jobgraph/runtime';
import { drizzle } from 'drizzle-orm/postgres-js';
import type { SubgraphDatabase, Tables } from './context.js';
import type { SubgraphDefinition } from './start.js';

/**
 * Brings a database up to a subgraph's schema and seed, then lets go of it: what a subgraph does
 * at start, on its own, so that a test run can prepare a template database once and copy it.
 */
export async function prepareDatabase<T extends Tables>(
  definition: SubgraphDefinition<T>,
  url: string,
  logger: Logger,
): Promise<void> {
  if (definition.migrationsFolder) {
    await migrate({ url, schema: definition.name, migrationsFolder: definition.migrationsFolder });
  }
  if (!definition.seed) return;
  const sql = connect({
    url,
    poolSize: 2,
    statementTimeoutMs: 120_000,
    applicationName: `jobgraph-${definition.name}-prepare`,
  });
  try {
    await definition.seed(
      drizzle(sql, { schema: definition.tables }) as SubgraphDatabase<T>,
      logger,
    );
  } finally {
    await sql.end({ timeout: 5 });
  }
}
