import { databaseEnvFields } from '@jobgraph/db';
import {
  logLevelField,
  parseConfig,
  portField,
  positiveIntField,
  postgresUrlField,
} from '@jobgraph/runtime';
import { z } from 'zod';

const schema = z
  .object({
    HOST: z.string().default('127.0.0.1'),
    PORT: portField.default(4020),
    LOG_LEVEL: logLevelField,
    ...databaseEnvFields,
    REGISTRY_DATABASE_URL: postgresUrlField.optional(),
    /** Ed25519 private JWK the registry signs supergraph artifacts with. */
    REGISTRY_SIGNING_KEY: z.string({
      error: 'REGISTRY_SIGNING_KEY (an Ed25519 private JWK) is required',
    }),
    /** An admin token for the operator (stored hashed); more tokens are made through the API. */
    REGISTRY_ADMIN_TOKEN: z.string().optional(),
    /** A breaking change to what no operation used in this many days is reported safe. */
    USAGE_WINDOW_DAYS: positiveIntField.max(366).default(30),
    /** Worker threads composing candidates (composition is CPU-bound). */
    ANALYSIS_WORKERS: positiveIntField.max(16).default(1),
    DRIFT_TIMEOUT_MS: positiveIntField.default(5000),
    /** The longest a gateway's long-poll is held open. */
    LONG_POLL_MAX_S: positiveIntField.max(300).default(30),
    BODY_LIMIT_BYTES: positiveIntField.default(5 * 1024 * 1024),
  })
  .transform((env) => ({
    http: { host: env.HOST, port: env.PORT, bodyLimitBytes: env.BODY_LIMIT_BYTES },
    logLevel: env.LOG_LEVEL,
    database: {
      url: env.REGISTRY_DATABASE_URL ?? env.DATABASE_URL,
      poolSize: env.DB_POOL_SIZE,
      statementTimeoutMs: env.DB_STATEMENT_TIMEOUT_MS,
      dataRoot: env.JOBGRAPH_DATA_DIR,
    },
    signingKey: env.REGISTRY_SIGNING_KEY,
    adminToken: env.REGISTRY_ADMIN_TOKEN,
    usageWindowDays: env.USAGE_WINDOW_DAYS,
    analysisWorkers: env.ANALYSIS_WORKERS,
    driftTimeoutMs: env.DRIFT_TIMEOUT_MS,
    longPollMaxSeconds: env.LONG_POLL_MAX_S,
  }));

export type RegistryConfig = z.output<typeof schema>;

export function loadRegistryConfig(
  env: Record<string, string | undefined> = process.env,
): RegistryConfig {
  return parseConfig('registry', schema, env);
}
