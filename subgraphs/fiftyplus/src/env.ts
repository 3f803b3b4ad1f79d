import { parseConfig } from '@jobgraph/runtime';
import { type SubgraphConfig, subgraphEnvSchema } from '@jobgraph/subgraph-kit';

export const FIFTYPLUS_DEFAULT_PORT = 4003;

/** The fiftyplus subgraph's configuration: PORT, FIFTYPLUS_DATABASE_URL or DATABASE_URL, ... */
export function loadFiftyPlusConfig(
  env: Record<string, string | undefined> = process.env,
): SubgraphConfig {
  return parseConfig('fiftyplus', subgraphEnvSchema('FIFTYPLUS', FIFTYPLUS_DEFAULT_PORT), env);
}
