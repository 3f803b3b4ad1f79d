import { parseConfig } from '@jobgraph/runtime';
import { type SubgraphConfig, subgraphEnvSchema } from '@jobgraph/subgraph-kit';

export const INCHEON_DEFAULT_PORT = 4006;

/** The incheon subgraph's configuration: PORT, INCHEON_DATABASE_URL or DATABASE_URL, ... */
export function loadIncheonConfig(
  env: Record<string, string | undefined> = process.env,
): SubgraphConfig {
  return parseConfig('incheon', subgraphEnvSchema('INCHEON', INCHEON_DEFAULT_PORT), env);
}
