import { positiveIntField, postgresUrlField } from '@jobgraph/runtime';
import { z } from 'zod';
import { DEFAULT_DATA_ROOT } from './server.js';

/**
 * The database settings every service reads. A service adds its own `<NAME>_DATABASE_URL`,
 * which wins over `DATABASE_URL`, so that each agency can point at a database of its own.
 */
export const databaseEnvFields = {
  DATABASE_URL: postgresUrlField.optional(),
  DB_POOL_SIZE: positiveIntField.default(10),
  DB_STATEMENT_TIMEOUT_MS: positiveIntField.default(15_000),
  JOBGRAPH_DATA_DIR: z.string().default(DEFAULT_DATA_ROOT),
};

export interface DatabaseConfig {
  readonly url: string | undefined;
  readonly poolSize: number;
  readonly statementTimeoutMs: number;
  readonly dataRoot: string;
}
