import { fileURLToPath } from 'node:url';
import { ACCEPTED_ALGORITHMS } from '@jobgraph/auth';
import {
  booleanField,
  logLevelField,
  parseConfig,
  portField,
  positiveIntField,
} from '@jobgraph/runtime';
import { z } from 'zod';

const subgraphList = z.string().transform((value, context) => {
  const subgraphs: Array<{ name: string; url: string }> = [];
  for (const entry of value
    .split(',')
    .map((part) => part.trim())
    .filter(Boolean)) {
    const match = /^([A-Za-z][\w-]*)=(https?:\/\/\S+)$/.exec(entry);
    if (!match) {
      context.addIssue({ code: 'custom', message: `"${entry}" is not name=http(s)://url` });
      continue;
    }
    subgraphs.push({ name: match[1] as string, url: match[2] as string });
  }
  return subgraphs;
});

const algorithmList = z
  .string()
  .transform((value) =>
    value
      .split(',')
      .map((item) => item.trim())
      .filter(Boolean),
  )
  .pipe(z.array(z.enum(ACCEPTED_ALGORITHMS)).min(1, 'name at least one of RS256, ES256'));

const originList = z
  .string()
  .transform((value) =>
    value
      .split(',')
      .map((item) => item.trim())
      .filter(Boolean),
  )
  .pipe(z.array(z.url({ error: 'expected origins such as https://portal.seoul.go.kr' })));

const schema = z
  .object({
    /** production: no introspection, no field suggestions, no GraphiQL; logins required. */
    MODE: z.enum(['development', 'production']).default('development'),
    HOST: z.string().default('127.0.0.1'),
    PORT: portField.default(4000),
    LOG_LEVEL: logLevelField,
    /** Compose at start from these subgraphs: `city=http://127.0.0.1:4001/graphql,...`. */
    SUBGRAPHS: subgraphList.optional(),
    /** Or serve this composed supergraph file. */
    SUPERGRAPH_PATH: z.string().optional(),
    /** Or follow the schema registry: signed supergraphs, pushed by long-poll. */
    REGISTRY_URL: z.url().optional(),
    REGISTRY_TOKEN: z.string().optional(),
    /** The registry's Ed25519 public JWK: supergraphs it did not sign are refused. */
    REGISTRY_PUBLIC_KEY: z.string().optional(),
    /** The last good signed supergraph, to start and serve while the registry is down. */
    SUPERGRAPH_CACHE_PATH: z
      .string()
      .default(fileURLToPath(new URL('../../.data/gateway/supergraph.json', import.meta.url))),
    REGISTRY_WAIT_S: positiveIntField.max(300).default(25),
    /** How often coordinate usage is sent to the registry. */
    USAGE_FLUSH_MS: positiveIntField.default(5000),
    SUBGRAPH_TIMEOUT_MS: positiveIntField.default(30_000),
    SUBGRAPH_MAX_SOCKETS: positiveIntField.default(64),
    /** How long to wait at start for subgraphs that are still starting. */
    SUBGRAPH_WAIT_MS: positiveIntField.default(60_000),
    BODY_LIMIT_BYTES: positiveIntField.default(1024 * 1024),
    GRAPHIQL: booleanField.optional(),
    AUTH_ISSUER: z.string().optional(),
    AUTH_AUDIENCE: z.string().optional(),
    AUTH_JWKS_URL: z.url().optional(),
    AUTH_JWKS_FILE: z.string().optional(),
    AUTH_ALGORITHMS: algorithmList.default(['RS256', 'ES256']),
    AUTH_CLOCK_TOLERANCE_S: z.coerce.number().int().min(0).max(300).default(30),
    AUTH_JWKS_REFETCH_COOLDOWN_MS: positiveIntField.default(30_000),
    AUTH_JWKS_REFRESH_MS: positiveIntField.default(600_000),
    /** Ed25519 private JWK the gateway signs callers' identities with for the subgraphs. */
    GATEWAY_IDENTITY_PRIVATE_KEY: z.string().optional(),
    CORS_ORIGINS: originList.default([]),
    LIMIT_DEPTH: positiveIntField.default(12),
    LIMIT_ALIASES: positiveIntField.default(15),
    LIMIT_DIRECTIVES: positiveIntField.default(30),
    LIMIT_TOKENS: positiveIntField.default(3000),
    LIMIT_COST: positiveIntField.default(10_000),
    MAX_BATCH: positiveIntField.max(20).default(1),
    /** Operations whose query plans are computed at start (`*.graphql`). */
    KNOWN_OPERATIONS_DIR: z
      .string()
      .default(fileURLToPath(new URL('../operations', import.meta.url))),
  })
  .superRefine((env, context) => {
    const sources = [env.SUBGRAPHS, env.SUPERGRAPH_PATH, env.REGISTRY_URL].filter(Boolean);
    if (sources.length !== 1) {
      context.addIssue({
        code: 'custom',
        path: ['SUBGRAPHS'],
        message:
          'set exactly one of REGISTRY_URL (follow the schema registry), SUBGRAPHS (compose at start) or SUPERGRAPH_PATH (--supergraph)',
      });
    }
    if (env.REGISTRY_URL && (!env.REGISTRY_TOKEN || !env.REGISTRY_PUBLIC_KEY)) {
      context.addIssue({
        code: 'custom',
        path: ['REGISTRY_TOKEN'],
        message: 'REGISTRY_URL needs REGISTRY_TOKEN (a gateway token) and REGISTRY_PUBLIC_KEY',
      });
    }
  })
  .transform((env) => ({
    http: { host: env.HOST, port: env.PORT, bodyLimitBytes: env.BODY_LIMIT_BYTES },
    logLevel: env.LOG_LEVEL,
    supergraph: env.REGISTRY_URL
      ? ({
          kind: 'registry',
          url: env.REGISTRY_URL,
          token: env.REGISTRY_TOKEN as string,
          publicKey: env.REGISTRY_PUBLIC_KEY as string,
          cachePath: env.SUPERGRAPH_CACHE_PATH,
          waitSeconds: env.REGISTRY_WAIT_S,
          usageFlushMs: env.USAGE_FLUSH_MS,
          startTimeoutMs: env.SUBGRAPH_WAIT_MS,
        } as const)
      : env.SUPERGRAPH_PATH
        ? ({ kind: 'file', path: env.SUPERGRAPH_PATH } as const)
        : ({
            kind: 'compose',
            subgraphs: env.SUBGRAPHS ?? [],
            waitMs: env.SUBGRAPH_WAIT_MS,
          } as const),
    subgraphFetch: { timeoutMs: env.SUBGRAPH_TIMEOUT_MS, maxSockets: env.SUBGRAPH_MAX_SOCKETS },
    mode: env.MODE,
    graphiql: env.GRAPHIQL ?? env.MODE === 'development',
    introspection: env.MODE === 'development',
    knownOperationsDir: env.KNOWN_OPERATIONS_DIR,
    auth:
      env.AUTH_ISSUER && env.AUTH_AUDIENCE && (env.AUTH_JWKS_URL || env.AUTH_JWKS_FILE)
        ? {
            issuer: env.AUTH_ISSUER,
            audience: env.AUTH_AUDIENCE,
            jwks: env.AUTH_JWKS_URL
              ? ({ kind: 'url', url: env.AUTH_JWKS_URL } as const)
              : ({ kind: 'file', path: env.AUTH_JWKS_FILE as string } as const),
            algorithms: env.AUTH_ALGORITHMS,
            clockToleranceSeconds: env.AUTH_CLOCK_TOLERANCE_S,
            refetchCooldownMs: env.AUTH_JWKS_REFETCH_COOLDOWN_MS,
            refreshIntervalMs: env.AUTH_JWKS_REFRESH_MS,
          }
        : undefined,
    identitySigningKey: env.GATEWAY_IDENTITY_PRIVATE_KEY,
    corsOrigins: env.CORS_ORIGINS,
    limits: {
      depth: env.LIMIT_DEPTH,
      aliases: env.LIMIT_ALIASES,
      directives: env.LIMIT_DIRECTIVES,
      tokens: env.LIMIT_TOKENS,
      cost: env.LIMIT_COST,
      batch: env.MAX_BATCH,
    },
  }));

export type GatewayConfig = z.output<typeof schema>;

export function loadGatewayConfig(
  overrides: Record<string, string | undefined> = {},
  env: Record<string, string | undefined> = process.env,
): GatewayConfig {
  return parseConfig('gateway', schema, { ...env, ...overrides });
}
