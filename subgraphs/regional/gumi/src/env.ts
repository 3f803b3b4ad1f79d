import { parseConfig } from '@jobgraph/runtime';
import { type SubgraphConfig, subgraphEnvSchema } from '@jobgraph/subgraph-kit';

export const GUMI_DEFAULT_PORT = 4007;

/** The gumi subgraph's configuration: PORT, GUMI_DATABASE_URL or DATABASE_URL, ... */
export function loadGumiConfig(
  env: Record<string, string | undefined> = process.env,
): SubgraphConfig {
  return parseConfig('gumi', subgraphEnvSchema('GUMI', GUMI_DEFAULT_PORT), env);
}
