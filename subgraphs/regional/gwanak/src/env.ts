import { parseConfig } from '@jobgraph/runtime';
import { type SubgraphConfig, subgraphEnvSchema } from '@jobgraph/subgraph-kit';

export const GWANAK_DEFAULT_PORT = 4005;

/** The gwanak subgraph's configuration: PORT, GWANAK_DATABASE_URL or DATABASE_URL, ... */
export function loadGwanakConfig(
  env: Record<string, string | undefined> = process.env,
): SubgraphConfig {
  return parseConfig('gwanak', subgraphEnvSchema('GWANAK', GWANAK_DEFAULT_PORT), env);
}
