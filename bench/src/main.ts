import { ConfigError } from '@jobgraph/runtime';
import { loadBenchConfig } from './env.js';
import { compareGateways } from './gateway/compare.js';

/** `pnpm bench`: a benchmark, not a test. It prints figures; it does not pass or fail. */
async function main(): Promise<void> {
  const config = loadBenchConfig();
  const log = (line: string) => process.stdout.write(`${line}\n`);
  log('== gateway: jobgraph vs @apollo/gateway defaults, same subgraphs, same run');
  await compareGateways(config, log);
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
