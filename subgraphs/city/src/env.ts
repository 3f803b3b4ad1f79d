import { parseConfig } from '@jobgraph/runtime';
import { type SubgraphConfig, subgraphEnvSchema } from '@jobgraph/subgraph-kit';

export const CITY_DEFAULT_PORT = 4001;

/** The city subgraph's configuration: PORT, CITY_DATABASE_URL or DATABASE_URL, pool size, ... */
export function loadCityConfig(
  env: Record<string, string | undefined> = process.env,
): SubgraphConfig {
  return parseConfig('city', subgraphEnvSchema('CITY', CITY_DEFAULT_PORT), env);
}
