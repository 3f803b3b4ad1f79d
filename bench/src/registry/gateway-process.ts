import { type ChildProcess, spawn } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { inheritedEnvironment } from '../env.js';

const GATEWAY_ENTRY = fileURLToPath(new URL('../../../gateway/dist/main.js', import.meta.url));
const READY_TIMEOUT_MS = 120_000;

export interface RegistryFollowing {
  readonly url: string;
  /** A gateway-role token. */
  readonly token: string;
  /** The registry's Ed25519 public JWK, JSON. */
  readonly publicJwk: string;
  readonly cachePath: string;
}

/** Our gateway (`gateway/dist/main.js`) as a child process following the registry. */
export interface GatewayProcess {
  readonly pid: number;
  readonly url: string;
  /** How long each supergraph switch took inside the gateway, as it logs them (ms). */
  readonly switches: readonly number[];
  /** Resident set size and its peak, MB, from /proc/<pid>/status. */
  memory(): Promise<{ rssMb: number; peakMb: number }>;
  stop(): Promise<void>;
}

/** A port free on 127.0.0.1 right now (the OS picks it). */
async function freePort(): Promise<number> {
  const probe = createServer();
  await new Promise<void>((resolve, reject) => {
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', resolve);
  });
  const address = probe.address();
  await new Promise<void>((resolve) => probe.close(() => resolve()));
  if (address === null || typeof address === 'string') throw new Error('no port from the OS');
  return address.port;
}

const statusField = (status: string, field: string) => {
  const match = new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(status);
  return match ? Number(match[1]) / 1024 : Number.NaN;
};

export async function startGatewayProcess(registry: RegistryFollowing): Promise<GatewayProcess> {
  const port = await freePort();
  const environment = inheritedEnvironment();
  const nodeArguments = environment.BENCH_GATEWAY_NODE_ARGS?.split(' ').filter(Boolean) ?? [];
  const child: ChildProcess = spawn(process.execPath, [...nodeArguments, GATEWAY_ENTRY], {
    env: {
      ...environment,
      // Exactly one supergraph source: the registry.
      SUBGRAPHS: undefined,
      SUPERGRAPH_PATH: undefined,
      AUTH_ISSUER: undefined,
      MODE: 'development',
      HOST: '127.0.0.1',
      PORT: String(port),
      LOG_LEVEL: 'info',
      APOLLO_TELEMETRY_DISABLED: '1',
      REGISTRY_URL: registry.url,
      REGISTRY_TOKEN: registry.token,
      REGISTRY_PUBLIC_KEY: registry.publicJwk,
      SUPERGRAPH_CACHE_PATH: registry.cachePath,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const pid = child.pid;
  if (pid === undefined) throw new Error('the gateway did not start');
  const exited = new Promise<number | null>((resolve) => child.once('exit', resolve));
  let hasExited = false;
  void exited.then(() => {
    hasExited = true;
  });

  // Its log: the last lines for a failure, and the switch times it reports.
  const tail: string[] = [];
  const switches: number[] = [];
  const keep = (line: string) => {
    tail.push(line);
    if (tail.length > 30) tail.shift();
    if (!line.includes('supergraph updated')) return;
    try {
      const entry = JSON.parse(line) as { ms?: unknown };
      if (typeof entry.ms === 'number') switches.push(entry.ms);
    } catch {
      // Not a JSON log line.
    }
  };
  for (const stream of [child.stdout, child.stderr]) {
    if (stream) createInterface({ input: stream }).on('line', keep);
  }

  const stop = async () => {
    if (hasExited) return;
    child.kill('SIGTERM');
    const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
    await exited;
    clearTimeout(timer);
  };

  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + READY_TIMEOUT_MS;
  for (;;) {
    if (hasExited) {
      throw new Error(`the gateway exited before it was ready:\n${tail.join('\n')}`);
    }
    try {
      const response = await fetch(`${url}/ready`, { signal: AbortSignal.timeout(2000) });
      if (response.ok) break;
    } catch {
      // Not listening yet.
    }
    if (Date.now() > deadline) {
      await stop();
      throw new Error(`the gateway was not ready in ${READY_TIMEOUT_MS} ms:\n${tail.join('\n')}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }

  return {
    pid,
    url: `${url}/graphql`,
    switches,
    memory: async () => {
      const status = await readFile(`/proc/${pid}/status`, 'utf8');
      return { rssMb: statusField(status, 'VmRSS'), peakMb: statusField(status, 'VmHWM') };
    },
    stop,
  };
}
