import { fileURLToPath } from 'node:url';
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

const schema = z
  .object({
    HOST: z.string().default('127.0.0.1'),
    PORT: portField.default(4000),
    LOG_LEVEL: logLevelField,
    /** Compose at start from these subgraphs: `city=http://127.0.0.1:4001/graphql,...`. */
    SUBGRAPHS: subgraphList.optional(),
    /** Or serve this composed supergraph file. */
    SUPERGRAPH_PATH: z.string().optional(),
    SUBGRAPH_TIMEOUT_MS: positiveIntField.default(30_000),
    SUBGRAPH_MAX_SOCKETS: positiveIntField.default(64),
    /** How long to wait at start for subgraphs that are still starting. */
    SUBGRAPH_WAIT_MS: positiveIntField.default(60_000),
    BODY_LIMIT_BYTES: positiveIntField.default(1024 * 1024),
    GRAPHIQL: booleanField.default(true),
    /** Operations whose query plans are computed at start (`*.graphql`). */
    KNOWN_OPERATIONS_DIR: z
      .string()
      .default(fileURLToPath(new URL('../operations', import.meta.url))),
  })
  .superRefine((env, context) => {
    if (!env.SUBGRAPHS === !env.SUPERGRAPH_PATH) {
      context.addIssue({
        code: 'custom',
        path: ['SUBGRAPHS'],
        message:
          'set exactly one of SUBGRAPHS (compose at start) or SUPERGRAPH_PATH (--supergraph)',
      });
    }
  })
  .transform((env) => ({
    http: { host: env.HOST, port: env.PORT, bodyLimitBytes: env.BODY_LIMIT_BYTES },
    logLevel: env.LOG_LEVEL,
    supergraph: env.SUPERGRAPH_PATH
      ? ({ kind: 'file', path: env.SUPERGRAPH_PATH } as const)
      : ({
          kind: 'compose',
          subgraphs: env.SUBGRAPHS ?? [],
          waitMs: env.SUBGRAPH_WAIT_MS,
        } as const),
    subgraphFetch: { timeoutMs: env.SUBGRAPH_TIMEOUT_MS, maxSockets: env.SUBGRAPH_MAX_SOCKETS },
    graphiql: env.GRAPHIQL,
    knownOperationsDir: env.KNOWN_OPERATIONS_DIR,
  }));

export type GatewayConfig = z.output<typeof schema>;

export function loadGatewayConfig(
  overrides: Record<string, string | undefined> = {},
  env: Record<string, string | undefined> = process.env,
): GatewayConfig {
  return parseConfig('gateway', schema, { ...env, ...overrides });
}
