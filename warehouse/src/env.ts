import { databaseEnvFields } from '@jobgraph/db';
import { logLevelField, parseConfig, positiveIntField, postgresUrlField } from '@jobgraph/runtime';
import { z } from 'zod';

const databaseFields = z.object({
  LOG_LEVEL: logLevelField,
  ...databaseEnvFields,
  /** The warehouse's database; the agencies' tables are read from the same one. */
  WAREHOUSE_DATABASE_URL: postgresUrlField.optional(),
  /** Rows per batch (and per transaction) in fact loads. */
  WAREHOUSE_BATCH_SIZE: positiveIntField.max(1_000_000).default(50_000),
  /** The day retention is judged on (YYYY-MM-DD); today in Korea when absent. */
  WAREHOUSE_AS_OF: z.iso.date({ error: 'expected a day as YYYY-MM-DD' }).optional(),
});

/** The secret people are pseudonymised with: the same secret joins the same person. */
const personKeyField = z
  .string({ error: 'WAREHOUSE_PERSON_KEY (a secret of at least 32 characters) is required' })
  .min(32, 'WAREHOUSE_PERSON_KEY must be at least 32 characters');

const toConfig = <Env extends z.output<typeof databaseFields>>(env: Env) => ({
  logLevel: env.LOG_LEVEL,
  database: {
    url: env.WAREHOUSE_DATABASE_URL ?? env.DATABASE_URL,
    poolSize: env.DB_POOL_SIZE,
    statementTimeoutMs: env.DB_STATEMENT_TIMEOUT_MS,
    dataRoot: env.JOBGRAPH_DATA_DIR,
  },
  batchSize: env.WAREHOUSE_BATCH_SIZE,
  asOf: env.WAREHOUSE_AS_OF,
});

const baseSchema = databaseFields.transform(toConfig);
const loadSchema = databaseFields
  .extend({ WAREHOUSE_PERSON_KEY: personKeyField })
  .transform((env) => ({ ...toConfig(env), personKey: env.WAREHOUSE_PERSON_KEY }));

/** What every command needs: where the database is. */
export type WarehouseConfig = z.output<typeof baseSchema>;
/** What loads of people's facts need besides: the pseudonymisation secret. */
export type WarehouseLoadConfig = z.output<typeof loadSchema>;

export function loadWarehouseConfig(
  env: Record<string, string | undefined> = process.env,
): WarehouseConfig {
  return parseConfig('warehouse', baseSchema, env);
}

export function loadWarehouseLoadConfig(
  env: Record<string, string | undefined> = process.env,
): WarehouseLoadConfig {
  return parseConfig('warehouse', loadSchema, env);
}
