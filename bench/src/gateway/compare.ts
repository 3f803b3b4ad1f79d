import { type ChildProcess, spawn } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { loadStackConfig, type RunningStack, startStack } from '@jobgraph/stack';
import autocannon from 'autocannon';
import type { BenchConfig } from '../env.js';
import { inheritedEnvironment } from '../env.js';
import { processCpuMs } from '../process-cpu.js';

interface Measurement {
  readonly rps: number;
  readonly p50: number;
  readonly p99: number;
  readonly cpuMsPerOp: number;
  readonly requests: number;
  readonly errors: number;
}

interface Target {
  readonly name: string;
  readonly url: string;
  readonly pid: number;
}

interface BenchOperation {
  readonly name: string;
  readonly file: string;
  readonly variables: Record<string, unknown>;
  readonly description: string;
}

const operationsDir = new URL('../../../gateway/operations/', import.meta.url);
const OPERATIONS: readonly BenchOperation[] = [
  {
    name: 'SearchJobPostings',
    file: 'search-job-postings.graphql',
    variables: { filter: { region: '11' }, first: 50 },
    description: '50 postings with region, parent and employer: one fetch, from the city',
  },
  {
    name: 'RegionServices',
    file: 'region-services.graphql',
    variables: { code: '11', postings: 20 },
    description:
      'Seoul across four agencies: centers via @requires, programmes, campuses with courses, postings: several fetches',
  },
];

async function load(target: Target, body: string, config: BenchConfig, seconds: number) {
  const before = await processCpuMs(target.pid);
  const result = await autocannon({
    url: target.url,
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body,
    connections: config.BENCH_CONNECTIONS,
    duration: seconds,
  });
  const cpu = (await processCpuMs(target.pid)) - before;
  const requests = result.requests.total;
  return {
    rps: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    cpuMsPerOp: requests > 0 ? cpu / requests : Number.NaN,
    requests,
    errors: result.errors + result.non2xx,
  } satisfies Measurement;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2
    ? (sorted[middle] as number)
    : ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2;
}

function summarise(runs: Measurement[]): Measurement {
  return {
    rps: median(runs.map((run) => run.rps)),
    p50: median(runs.map((run) => run.p50)),
    p99: median(runs.map((run) => run.p99)),
    cpuMsPerOp: median(runs.map((run) => run.cpuMsPerOp)),
    requests: runs.reduce((sum, run) => sum + run.requests, 0),
    errors: runs.reduce((sum, run) => sum + run.errors, 0),
  };
}

async function startPlainGateway(subgraphs: string, port: number): Promise<ChildProcess> {
  const child = spawn(
    process.execPath,
    [fileURLToPath(new URL('./plain-gateway.js', import.meta.url)), subgraphs, String(port)],
    {
      env: { ...inheritedEnvironment(), APOLLO_TELEMETRY_DISABLED: '1' },
      stdio: ['ignore', 'pipe', 'inherit'],
    },
  );
  await new Promise<void>((resolve, reject) => {
    createInterface({ input: child.stdout as NodeJS.ReadableStream }).on('line', (line) => {
      if (line.startsWith('ready')) resolve();
    });
    child.once('exit', (code) => reject(new Error(`the reference gateway exited with ${code}`)));
  });
  return child;
}

async function answer(url: string, body: string): Promise<string> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body,
  });
  return response.text();
}

async function compareOperation(
  operation: BenchOperation,
  targets: readonly Target[],
  config: BenchConfig,
  log: (line: string) => void,
): Promise<void> {
  const document = await readFile(fileURLToPath(new URL(operation.file, operationsDir)), 'utf8');
  const body = JSON.stringify({
    query: document,
    operationName: operation.name,
    variables: operation.variables,
  });
  const answers = await Promise.all(targets.map((target) => answer(target.url, body)));
  const parsed = answers.map((text) => JSON.parse(text) as { errors?: unknown; data?: unknown });
  if (parsed.some((result) => result.errors))
    throw new Error(`an answer has errors: ${answers[0]}`);
  const identical = JSON.stringify(parsed[0]) === JSON.stringify(parsed[1]);
  log('');
  log(`-- ${operation.name}: ${operation.description}; ${answers[1]?.length ?? 0} bytes`);
  log(`answers identical: ${identical ? 'yes' : 'NO'}`);

  for (const target of targets) await load(target, body, config, 2); // warm-up: JIT, pools, plans
  const runs = new Map<string, Measurement[]>(targets.map((target) => [target.name, []]));
  for (let round = 0; round < config.BENCH_ROUNDS; round += 1) {
    for (const target of targets) {
      runs.get(target.name)?.push(await load(target, body, config, config.BENCH_DURATION_S));
    }
  }
  const [reference, candidate] = targets.map((target) => summarise(runs.get(target.name) ?? []));
  if (!reference || !candidate) return;
  log('gateway                     RPS      p50 ms  p99 ms  gateway CPU ms/op  errors');
  for (const [target, result] of [
    [targets[0], reference],
    [targets[1], candidate],
  ] as const) {
    log(
      `${target?.name.padEnd(26)} ${result.rps.toFixed(0).padStart(7)}  ${result.p50.toFixed(1).padStart(6)}  ${result.p99
        .toFixed(1)
        .padStart(
          6,
        )}  ${result.cpuMsPerOp.toFixed(2).padStart(17)}  ${String(result.errors).padStart(6)}`,
    );
  }
  log(
    `ratio (jobgraph / reference): RPS ${(candidate.rps / reference.rps).toFixed(2)}×, gateway CPU per op ${(candidate.cpuMsPerOp / reference.cpuMsPerOp).toFixed(2)}×, p99 ${(candidate.p99 / reference.p99).toFixed(2)}×`,
  );
}

/**
 * The same federated operations through our gateway and through a default @apollo/gateway over
 * the same running subgraphs: RPS, latency and gateway CPU per operation, and their ratios.
 */
export async function compareGateways(
  config: BenchConfig,
  log: (line: string) => void,
): Promise<void> {
  const base = config.BENCH_BASE_PORT;
  const stack: RunningStack = await startStack(
    loadStackConfig({
      ...inheritedEnvironment(),
      GATEWAY_PORT: String(base),
      SUBGRAPH_BASE_PORT: String(base + 1),
      REGISTRY_PORT: String(base + 20),
      // Public operations only: no sign-in needed.
      DEV_IDENTITY: 'disabled',
      LOG_LEVEL: 'warn',
    }),
    () => undefined,
  );
  const subgraphs = Object.entries(stack.subgraphUrls)
    .map(([name, url]) => `${name}=${url}`)
    .join(',');
  const plain = await startPlainGateway(subgraphs, base + 10);
  try {
    const ours = stack.services.find((service) => service.spec.name === 'gateway');
    if (!ours?.child.pid || !plain.pid) throw new Error('gateway processes have no pid');
    const targets: Target[] = [
      {
        name: '@apollo/gateway defaults',
        url: `http://127.0.0.1:${base + 10}/graphql`,
        pid: plain.pid,
      },
      { name: 'jobgraph gateway', url: `http://127.0.0.1:${base}/graphql`, pid: ours.child.pid },
    ];
    log(
      `load: ${config.BENCH_CONNECTIONS} connections, ${config.BENCH_DURATION_S} s × ${config.BENCH_ROUNDS} rounds each, alternating, 127.0.0.1`,
    );
    for (const operation of OPERATIONS) {
      await compareOperation(operation, targets, config, log);
    }
  } finally {
    plain.kill('SIGTERM');
    await stack.stop();
  }
}
