import { ConfigError } from '@jobgraph/runtime';
import { type BenchPart, loadBenchConfig } from './env.js';
import { compareGateways } from './gateway/compare.js';
import { benchRegistry } from './registry/network-scale.js';
import { benchWarehouse } from './warehouse/load-scale.js';

/**
 * `pnpm bench`: a benchmark, not a test. It prints figures; it does not pass or fail.
 * `BENCH_ONLY=gateway|registry|warehouse` runs one part.
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
  if (runs('warehouse')) {
    if (runs('registry')) log('');
    log(
      `== warehouse: agencies' records generated for ${config.BENCH_WAREHOUSE_PEOPLE.map((people) => people.toLocaleString('en')).join(' and ')} people, loaded, re-loaded, reported, refreshed`,
    );
    await benchWarehouse(config, log);
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
