import { type DatabaseConfig, databaseEnvFields } from '@jobgraph/db';
import { logLevelField, portField, positiveIntField, postgresUrlField } from '@jobgraph/runtime';
import { z } from 'zod';

/** A role to log in as on the database server, instead of the server URL's own user. */
export interface DatabaseLogin {
  readonly user: string;
  readonly password: string;
}

export interface SubgraphConfig {
  readonly http: { readonly host: string; readonly port: number; readonly bodyLimitBytes: number };
  /** The gateway's public key (Ed25519 JWK JSON): only identities it signed are believed. */
  readonly gatewayIdentityKey: string | undefined;
  readonly logLevel: z.output<typeof logLevelField>;
  /**
   * The server (`url`, or the checkout's embedded one) and, with `login`, the role the subgraph
   * connects as there (analytics: the warehouse's read-only analysts, whatever the server).
   */
  readonly database: DatabaseConfig & { readonly login?: DatabaseLogin };
}

/**
 * The environment every subgraph reads: `<PREFIX>_DATABASE_URL` (this agency's own database)
 * wins over `DATABASE_URL`; with neither, the checkout's embedded PostgreSQL is used.
 */
export function subgraphEnvSchema<Prefix extends string>(prefix: Prefix, defaultPort: number) {
  const ownUrl = `${prefix}_DATABASE_URL` as const;
  return z
    .object({
      HOST: z.string().default('127.0.0.1'),
      PORT: portField.default(defaultPort),
      LOG_LEVEL: logLevelField,
      BODY_LIMIT_BYTES: positiveIntField.default(1024 * 1024),
      GATEWAY_IDENTITY_PUBLIC_KEY: z.string().optional(),
      ...databaseEnvFields,
    })
    .and(
      z.object({ [ownUrl]: postgresUrlField.optional() } as Record<
        typeof ownUrl,
        z.ZodOptional<typeof postgresUrlField>
      >),
    )
    .transform(
      (env): SubgraphConfig => ({
        http: { host: env.HOST, port: env.PORT, bodyLimitBytes: env.BODY_LIMIT_BYTES },
        gatewayIdentityKey: env.GATEWAY_IDENTITY_PUBLIC_KEY,
        logLevel: env.LOG_LEVEL,
        database: {
          url: (env as Record<typeof ownUrl, string | undefined>)[ownUrl] ?? env.DATABASE_URL,
          poolSize: env.DB_POOL_SIZE,
          statementTimeoutMs: env.DB_STATEMENT_TIMEOUT_MS,
          dataRoot: env.JOBGRAPH_DATA_DIR,
        },
      }),
    );
}
