import { ConfigError } from '@jobgraph/runtime';
import { loadStackConfig } from './env.js';
import { DEV_IDENTITY, GATEWAY, REGISTRY } from './services.js';
import { type RunningStack, startStack } from './stack.js';

const colour = process.stdout.isTTY === true;
const write = (line: string) => process.stdout.write(`${line}\n`);

function banner({
  gatewayUrl,
  databaseUrl,
  identityUrl,
  registryUrl,
  centerEnvFile,
  warehouseEnvFile,
  services,
}: RunningStack): string {
  const bold = (text: string) => (colour ? `\x1b[1m${text}\x1b[0m` : text);
  return [
    '',
    bold('jobgraph is running'),
    `  GraphQL (and GraphiQL in a browser)  ${gatewayUrl}`,
    ...services
      .filter(
        (service) => ![GATEWAY.name, DEV_IDENTITY.name, REGISTRY.name].includes(service.spec.name),
      )
      .map(
        ({ spec }) => `  subgraph ${spec.name.padEnd(27)} http://127.0.0.1:${spec.port}/graphql`,
      ),
    `  schema registry                     ${registryUrl} (tokens for Gwanak: source ${centerEnvFile})`,
    `  PostgreSQL                          psql "${databaseUrl}"`,
    ...(warehouseEnvFile
      ? [
          `  warehouse, as an analyst            source ${warehouseEnvFile}; psql "$WAREHOUSE_ANALYST_URL"`,
        ]
      : []),
    ...(identityUrl
      ? [`  development identity provider       ${identityUrl} (accounts: identity/accounts.json)`]
      : []),
    '',
    '  Try:',
    `  curl -s ${gatewayUrl} -H 'content-type: application/json' \\`,
    `    -d '{"query":"{ region(code: \\"11590\\") { name jobPostings(first: 3) { edges { node { title employer { name } } } } } }"}'`,
    '',
    ...(identityUrl
      ? [
          '',
          '  Sign in as a member (every development password is "jobgraph") and ask for your journey:',
          `  TOKEN=$(curl -s ${identityUrl}/token -H 'content-type: application/json' \\`,
          `    -d '{"username":"M00000001","password":"jobgraph"}' | node -pe 'JSON.parse(require("fs").readFileSync(0)).access_token')`,
          `  curl -s ${gatewayUrl} -H "authorization: Bearer $TOKEN" -H 'content-type: application/json' \\`,
          `    -d '{"query":"{ person(id: \\"M00000001\\") { caseFiles { stage center { name } } talentProfile { readiness } } }"}'`,
          ...(warehouseEnvFile
            ? [
                '',
                '  As analyst-01, placement rates from the warehouse:',
                `  TOKEN=$(curl -s ${identityUrl}/token -H 'content-type: application/json' \\`,
                `    -d '{"username":"analyst-01","password":"jobgraph"}' | node -pe 'JSON.parse(require("fs").readFileSync(0)).access_token')`,
                `  curl -s ${gatewayUrl} -H "authorization: Bearer $TOKEN" -H 'content-type: application/json' \\`,
                `    -d '{"query":"{ region(code: \\"11590\\") { placementRates(from: \\"2025Q1\\") { cohort rate retention6mRate } } }"}'`,
              ]
            : []),
        ]
      : []),
    '',
    '  Ctrl-C stops everything.',
    '',
  ].join('\n');
}

async function main(): Promise<number> {
  let config: ReturnType<typeof loadStackConfig>;
  try {
    config = loadStackConfig();
  } catch (error) {
    if (error instanceof ConfigError) {
      process.stderr.write(`${error.message}\n`);
      return 78;
    }
    throw error;
  }
  const stack = await startStack(config, write, colour);
  write(banner(stack));

  const signalled = new Promise<NodeJS.Signals>((resolve) => {
    process.once('SIGINT', resolve);
    process.once('SIGTERM', resolve);
  });
  const outcome = await Promise.race([
    signalled.then((signal) => ({ signal }) as const),
    stack.failed.then((service) => ({ service }) as const),
  ]);
  if ('service' in outcome) {
    write(`${outcome.service.spec.name} stopped unexpectedly; stopping everything`);
  } else {
    write('stopping…');
    // Wrappers (npm, pnpm) forward the same Ctrl-C again: stopping is bounded anyway (each
    // service gets 10 s before SIGKILL), so further signals are ignored rather than cut it short.
    process.on('SIGINT', () => undefined);
    process.on('SIGTERM', () => undefined);
  }
  await stack.stop();
  write('stopped');
  return 'service' in outcome ? 1 : 0;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    process.stderr.write(`jobgraph failed to start: ${(error as Error).message}\n`);
    process.exit(1);
  },
);
