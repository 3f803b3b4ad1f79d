import { fileURLToPath } from 'node:url';
import { logLevelField, parseConfig, portField, positiveIntField } from '@jobgraph/runtime';
import { z } from 'zod';

const schema = z
  .object({
    /** Must be `enabled`: a development identity provider never starts by accident. */
    DEV_IDENTITY: z.literal('enabled', {
      error: 'the development identity provider starts only with DEV_IDENTITY=enabled',
    }),
    HOST: z.string().default('127.0.0.1'),
    PORT: portField.default(4010),
    LOG_LEVEL: logLevelField,
    /** The issuer URL put in tokens; defaults to this server's own address. */
    ISSUER: z.url().optional(),
    AUDIENCE: z.string().default('jobgraph'),
    TOKEN_TTL_S: positiveIntField.max(86_400).default(3600),
    /** Where the signing keys are kept, so tokens survive a restart. */
    KEY_FILE: z
      .string()
      .default(fileURLToPath(new URL('../../.data/dev-identity-keys.json', import.meta.url))),
    ACCOUNTS_FILE: z.string().default(fileURLToPath(new URL('../accounts.json', import.meta.url))),
  })
  .transform((env) => ({
    http: { host: env.HOST, port: env.PORT },
    logLevel: env.LOG_LEVEL,
    issuer: env.ISSUER,
    audience: env.AUDIENCE,
    tokenTtlSeconds: env.TOKEN_TTL_S,
    keyFile: env.KEY_FILE,
    accountsFile: env.ACCOUNTS_FILE,
  }));

export type DevIdentityConfig = z.output<typeof schema>;

export function loadDevIdentityConfig(
  env: Record<string, string | undefined> = process.env,
): DevIdentityConfig {
  return parseConfig('dev-identity', schema, env);
}
