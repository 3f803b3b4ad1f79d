import { parseConfig } from '@jobgraph/runtime';
import { type SubgraphConfig, subgraphEnvSchema } from '@jobgraph/subgraph-kit';

export const MINISTRY_DEFAULT_PORT = 4004;

/** The ministry subgraph's configuration: PORT, MINISTRY_DATABASE_URL or DATABASE_URL, pool, ... */
export function loadMinistryConfig(
  env: Record<string, string | undefined> = process.env,
): SubgraphConfig {
  return parseConfig('ministry', subgraphEnvSchema('MINISTRY', MINISTRY_DEFAULT_PORT), env);
}
