import { ConfigError } from '@jobgraph/runtime';
import { type BenchPart, loadBenchConfig } from './env.js';
import { compareGateways } from './gateway/compare.js';
import { benchRegistry } from './registry/network-scale.js';

/**
 * `pnpm bench`: a benchmark, not a test. It prints figures; it does not pass or fail.
 * `BENCH_ONLY=gateway|registry` runs one part.
 */
async function main(): Promise<void> {
  const config = loadBenchConfig();
  const log = (line: string) => process.stdout.write(`${line}\n`);
  const runs = (part: BenchPart) => config.BENCH_ONLY === undefined || config.BENCH_ONLY === part;
  if (runs('gateway')) {
    log('== gateway: jobgraph vs @apollo/gateway defaults, same subgraphs, same run');
    await compareGateways(config, log);
  }
  if (runs('registry')) {
    if (runs('gateway')) log('');
    log(
      `== registry: 4 agencies + ${config.BENCH_CENTERS} regional centers, check and publish-to-live through a gateway following the registry`,
    );
    await benchRegistry(config, log);
  }
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    process.stderr.write(
      `${error instanceof ConfigError ? error.message : (error as Error).stack}\n`,
    );
    process.exit(1);
  },
);
