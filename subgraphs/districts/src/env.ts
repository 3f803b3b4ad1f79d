import { parseConfig } from '@jobgraph/runtime';
import { type SubgraphConfig, subgraphEnvSchema } from '@jobgraph/subgraph-kit';

export const DISTRICTS_DEFAULT_PORT = 4002;

/** The districts subgraph's configuration: PORT, DISTRICTS_DATABASE_URL or DATABASE_URL, ... */
export function loadDistrictsConfig(
  env: Record<string, string | undefined> = process.env,
): SubgraphConfig {
  return parseConfig('districts', subgraphEnvSchema('DISTRICTS', DISTRICTS_DEFAULT_PORT), env);
}
