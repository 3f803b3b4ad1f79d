import { DEFAULT_DATA_ROOT } from '@jobgraph/db';
import { logLevelField, parseConfig, portField, postgresUrlField } from '@jobgraph/runtime';
import { z } from 'zod';

const schema = z.object({
  DATABASE_URL: postgresUrlField.optional(),
  JOBGRAPH_DATA_DIR: z.string().default(DEFAULT_DATA_ROOT),
  GATEWAY_PORT: portField.default(4000),
  /** Subgraphs listen on consecutive ports from here (city 4001, ...). */
  SUBGRAPH_BASE_PORT: portField.default(4001),
  LOG_LEVEL: logLevelField,
  IDENTITY_PORT: portField.default(4010),
  REGISTRY_PORT: portField.default(4020),
  /** `pnpm start` runs a development identity provider; with `disabled`, give AUTH_* yourself. */
  DEV_IDENTITY: z.enum(['enabled', 'disabled']).default('enabled'),
  /**
   * The warehouse (migrated and loaded from the agencies at each start) and the analytics
   * subgraph over it; `disabled` leaves both out.
   */
  ANALYTICS: z.enum(['enabled', 'disabled']).default('enabled'),
  /** Pseudonymises people in the warehouse; made once and kept in .data/warehouse.env if unset. */
  WAREHOUSE_PERSON_KEY: z.string().min(32, 'expected at least 32 characters').optional(),
});

export type StackConfig = z.output<typeof schema>;

export function loadStackConfig(
  env: Record<string, string | undefined> = process.env,
): StackConfig {
  return parseConfig('stack', schema, env);
}

/** The environment children inherit: ours, minus what the stack decides for each of them. */
export function childEnvironment(): Record<string, string | undefined> {
  const {
    PORT: _port,
    SUBGRAPHS: _subgraphs,
    SUPERGRAPH_PATH: _supergraph,
    GATEWAY_IDENTITY_PRIVATE_KEY: _privateKey,
    REGISTRY_URL: _registryUrl,
    REGISTRY_TOKEN: _registryToken,
    REGISTRY_PUBLIC_KEY: _registryKey,
    REGISTRY_SIGNING_KEY: _registrySigningKey,
    REGISTRY_ADMIN_TOKEN: _registryAdminToken,
    WAREHOUSE_PERSON_KEY: _personKey,
    ...rest
  } = process.env;
  return rest;
}
