import { databaseEnvFields } from '@jobgraph/db';
import { parseConfig, positiveIntField } from '@jobgraph/runtime';
import { z } from 'zod';

/** The benchmark's parts, in the order `pnpm bench` runs them. */
export const BENCH_PARTS = ['gateway', 'registry', 'warehouse'] as const;
export type BenchPart = (typeof BENCH_PARTS)[number];

const schema = z.object({
  /** Run one part only; by default every part runs, in order. */
  BENCH_ONLY: z
    .enum(BENCH_PARTS, { error: `expected one of ${BENCH_PARTS.join(', ')}` })
    .optional(),
  /** Seconds each measured run lasts. */
  BENCH_DURATION_S: positiveIntField.default(10),
  BENCH_CONNECTIONS: positiveIntField.default(16),
  /** Measured rounds per gateway, alternating, so drift hits both alike. */
  BENCH_ROUNDS: positiveIntField.default(2),
  BENCH_BASE_PORT: positiveIntField.default(4500),
  /** Registry part: generated regional-center subgraphs beside the four agencies. */
  BENCH_CENTERS: positiveIntField.max(99).default(40),
  /** Registry part: repetitions of each check and publish measured. */
  BENCH_REPETITIONS: positiveIntField.max(50).default(5),
  /** Registry part: how long a publish may take to be live in the gateway before giving up. */
  BENCH_LIVE_TIMEOUT_S: positiveIntField.max(600).default(60),
  /**
   * Warehouse part: populations generated, one run each (comma-separated). 770 000 people make
   * about 1 million participations; 7 700 000 about 10 million.
   */
  BENCH_WAREHOUSE_PEOPLE: z
    .string()
    .default('770000,7700000')
    .transform((value) => value.split(',').map((people) => Number(people.trim())))
    .pipe(z.array(z.number().int().positive().max(8_000_000)).min(1)),
  /** Registry and warehouse parts: the server their scratch databases are made on. */
  DATABASE_URL: databaseEnvFields.DATABASE_URL,
  JOBGRAPH_DATA_DIR: databaseEnvFields.JOBGRAPH_DATA_DIR,
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
