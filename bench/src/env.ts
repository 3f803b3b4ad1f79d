import { parseConfig, positiveIntField } from '@jobgraph/runtime';
import { z } from 'zod';

const schema = z.object({
  /** Seconds each measured run lasts. */
  BENCH_DURATION_S: positiveIntField.default(10),
  BENCH_CONNECTIONS: positiveIntField.default(16),
  /** Measured rounds per gateway, alternating, so drift hits both alike. */
  BENCH_ROUNDS: positiveIntField.default(2),
  BENCH_BASE_PORT: positiveIntField.default(4500),
});

export type BenchConfig = z.output<typeof schema>;

export function loadBenchConfig(
  env: Record<string, string | undefined> = process.env,
): BenchConfig {
  return parseConfig('bench', schema, env);
}

/** The environment a spawned gateway gets: ours, as is. */
export function inheritedEnvironment(): Record<string, string | undefined> {
  return { ...process.env };
}
