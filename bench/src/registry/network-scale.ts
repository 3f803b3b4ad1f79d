import { randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { composeServices } from '@apollo/composition';
import { generateInternalKeyPair } from '@jobgraph/auth';
import { openDatabaseServer } from '@jobgraph/db';
import { createScratchDatabase } from '@jobgraph/db/testing';
import { loadRegistryConfig, startRegistry } from '@jobgraph/schema-registry';
import { type PublishResult, RegistryClient } from '@jobgraph/schema-registry/client';
import { parse } from 'graphql';
import type { BenchConfig } from '../env.js';
import { centerName, centerSubgraph } from './center-subgraph.js';
import { type GatewayProcess, startGatewayProcess } from './gateway-process.js';
import { type BenchSubgraph, networkSubgraphs } from './graph.js';
import { printReport, type RegistryFigures } from './report.js';
import { seconds, summarise, timed } from './stats.js';
import { type SubgraphHost, startSubgraphHost } from './subgraph-host.js';

const COMPOSITION_RUNS = 3;
const POLL_INTERVAL_MS = 5;
/** Between publishes, unmeasured: the gateway warms its plans after a switch. */
const SETTLE_MS = 500;

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function refusal(what: string, result: PublishResult): Error {
  const problems = [
    ...result.check.blockers.map((blocker) => `${blocker.code}: ${blocker.message}`),
    ...result.check.composition.problems.map((problem) => `${problem.code} ${problem.message}`),
  ];
  return new Error(`the registry refused ${what}:\n  ${problems.join('\n  ')}`);
}

/** The reference: @apollo/composition over the same SDL texts, in this process, nothing else. */
function bareComposition(subgraphs: readonly BenchSubgraph[], host: SubgraphHost): number {
  const started = performance.now();
  const result = composeServices(
    subgraphs.map((subgraph) => ({
      name: subgraph.name,
      url: host.url(subgraph.name),
      typeDefs: parse(subgraph.sdl),
    })),
  );
  const ms = performance.now() - started;
  if (result.errors) {
    throw new Error(
      `the graph does not compose:\n  ${result.errors.map((error) => error.message).join('\n  ')}`,
    );
  }
  return ms;
}

/** Polls the gateway until it answers the new field without errors; the time it did, ms. */
async function waitUntilLive(
  gateway: GatewayProcess,
  query: string,
  isLive: (data: unknown) => boolean,
  timeoutMs: number,
): Promise<number> {
  const deadline = performance.now() + timeoutMs;
  const body = JSON.stringify({ query });
  for (;;) {
    const response = await fetch(gateway.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body,
    });
    const result = (await response.json()) as { data?: unknown; errors?: unknown[] };
    const now = performance.now();
    if (!result.errors?.length && isLive(result.data)) return now;
    if (now > deadline) {
      throw new Error(`not live in the gateway after ${timeoutMs} ms: ${JSON.stringify(result)}`);
    }
    await sleep(POLL_INTERVAL_MS);
  }
}

/**
 * The registry at network scale: the four agencies and the generated regional centers founded
 * together, a gateway following the registry, then a center's check and publish-to-live timed,
 * against a bare composition of the same subgraphs measured in the same run.
 */
export async function benchRegistry(
  config: BenchConfig,
  log: (line: string) => void,
): Promise<void> {
  // Everything started is stopped in reverse order, whatever fails.
  const started: Array<() => Promise<void>> = [];
  try {
    const server = await openDatabaseServer({
      url: config.DATABASE_URL,
      dataRoot: config.JOBGRAPH_DATA_DIR,
    });
    started.push(() => server.release());
    const database = await createScratchDatabase(server.url, 'bench_registry');
    started.push(() => database.drop());

    const keys = await generateInternalKeyPair();
    const adminToken = `jgr_${randomBytes(32).toString('base64url')}`;
    const registry = await startRegistry(
      loadRegistryConfig({
        DATABASE_URL: database.url,
        HOST: '127.0.0.1',
        PORT: '0',
        LOG_LEVEL: 'error',
        REGISTRY_SIGNING_KEY: JSON.stringify(keys.privateJwk),
        REGISTRY_ADMIN_TOKEN: adminToken,
      }),
    );
    started.push(() => registry.stop());
    const admin = new RegistryClient({ url: registry.url, token: adminToken });

    const host = await startSubgraphHost();
    started.push(() => host.close());
    const subgraphs = await networkSubgraphs(config.BENCH_CENTERS);
    for (const subgraph of subgraphs) host.deploy(subgraph.name, subgraph.sdl, subgraph.resolvers);
    const count = subgraphs.length;
    const sdlBytes = subgraphs.reduce((sum, subgraph) => sum + Buffer.byteLength(subgraph.sdl), 0);
    const where = !server.embedded
      ? "DATABASE_URL's server"
      : server.embedded.owned
        ? "the checkout's embedded PostgreSQL, started for this run"
        : "the checkout's embedded PostgreSQL, already running";
    log(
      `subgraphs: 4 agencies + ${config.BENCH_CENTERS} centers = ${count}, ${(sdlBytes / 1024).toFixed(0)} KB of SDL; registry in this process (1 analysis worker); scratch database ${database.name} on ${where}`,
    );

    const composition = summarise(
      Array.from({ length: COMPOSITION_RUNS }, () => bareComposition(subgraphs, host)),
    );
    log(
      `reference: composeServices of the same ${count} SDLs in this process: median ${seconds(composition.median)} (runs ${composition.runs.map(seconds).join(', ')})`,
    );

    const founding = await timed(() =>
      admin.publishTogether(
        subgraphs.map((subgraph) => ({
          name: subgraph.name,
          owner: subgraph.owner,
          sdl: subgraph.sdl,
          url: host.url(subgraph.name),
        })),
      ),
    );
    if (!founding.value.published) throw refusal('the founding publish', founding.value);
    log(
      `found ${count} subgraphs: ${seconds(founding.ms)} (publishTogether, supergraph v${founding.value.supergraphVersion})`,
    );

    const gatewayToken = await admin.issueToken({ role: 'gateway', label: 'bench gateway' });
    const cacheDir = await mkdtemp(join(tmpdir(), 'jobgraph-bench-'));
    started.push(() => rm(cacheDir, { recursive: true, force: true }));
    const gatewayStart = await timed(() =>
      startGatewayProcess({
        url: registry.url,
        token: gatewayToken.secret,
        publicJwk: JSON.stringify(keys.publicJwk),
        cachePath: join(cacheDir, 'supergraph.json'),
      }),
    );
    const gateway = gatewayStart.value;
    started.push(() => gateway.stop());
    log(`gateway ready: ${seconds(gatewayStart.ms)} after spawn (pid ${gateway.pid})`);

    const target = centerName(config.BENCH_CENTERS);
    const prefix = `center${target.slice('center-'.length)}`;
    // One answer through the gateway before its memory is read: the graph is really served.
    await waitUntilLive(gateway, `{ ${prefix}Profile { name } }`, () => true, 10_000);
    const memoryAtStart = await gateway.memory();

    const publisher = new RegistryClient({
      url: registry.url,
      token: (
        await admin.issueToken({ role: 'publisher', owner: target, label: `bench ${target}` })
      ).secret,
    });

    const checked = centerSubgraph(config.BENCH_CENTERS, { remarks: true });
    const checks: number[] = [];
    for (let run = 0; run < config.BENCH_REPETITIONS; run += 1) {
      // A different change each run: the registry remembers the analysis of an exact input.
      const typeName = `${prefix.charAt(0).toUpperCase()}${prefix.slice(1)}CheckRun${run + 1}`;
      const sdl = `${checked.sdl}\n"""Check run ${run + 1}."""\ntype ${typeName} {\n  id: ID!\n}\n`;
      const { ms, value } = await timed(() => publisher.check(target, { sdl }));
      if (!value.passed) {
        throw new Error(`the check of ${target} failed: ${JSON.stringify(value.blockers)}`);
      }
      checks.push(ms);
    }

    const checksWithUrl: number[] = [];
    const calls: number[] = [];
    const toLive: number[] = [];
    const totals: number[] = [];
    for (let revision = 1; revision <= config.BENCH_REPETITIONS; revision += 1) {
      const next = centerSubgraph(config.BENCH_CENTERS, { revisions: revision });
      const url = host.deploy(target, next.sdl, next.resolvers);
      const field = `revision${revision}`;
      // As a center's CI does: check the deployed service, then publish what was checked.
      const ciCheck = await timed(() => publisher.check(target, { sdl: next.sdl, url }));
      if (!ciCheck.value.passed)
        throw new Error(`the check of ${target} revision ${revision} failed`);
      checksWithUrl.push(ciCheck.ms);
      const publishStarted = performance.now();
      const result = await publisher.publish(target, { sdl: next.sdl, url });
      const answered = performance.now();
      if (!result.published) throw refusal(`${target} revision ${revision}`, result);
      const live = await waitUntilLive(
        gateway,
        `{ ${prefix}JobDemandDays { id ${field} } }`,
        (data) => {
          const days = (data as Record<string, Array<Record<string, unknown>>> | null)?.[
            `${prefix}JobDemandDays`
          ];
          return days?.[0]?.[field] === revision;
        },
        config.BENCH_LIVE_TIMEOUT_S * 1000,
      );
      calls.push(answered - publishStarted);
      toLive.push(live - answered);
      totals.push(live - publishStarted);
      await sleep(SETTLE_MS);
    }
    const memoryAfter = await gateway.memory();

    const figures: RegistryFigures = {
      subgraphs: count,
      target,
      repetitions: config.BENCH_REPETITIONS,
      composition,
      check: summarise(checks),
      checkDeployed: summarise(checksWithUrl),
      publishCall: summarise(calls),
      publishToLive: summarise(toLive),
      publishTotal: summarise(totals),
      gatewaySwitch: gateway.switches.length > 0 ? summarise(gateway.switches) : undefined,
      memoryAtStart,
      memoryAfter,
    };
    printReport(figures, log);
  } finally {
    for (const stop of started.reverse()) {
      await stop().catch((error: unknown) =>
        log(`(cleanup: ${error instanceof Error ? error.message : String(error)})`),
      );
    }
  }
}
