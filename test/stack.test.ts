import { type ChildProcess, spawn } from 'node:child_process';
import { chmod, mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { errorCodes, graphql, scratchDatabase } from '@jobgraph/testkit';
import postgres from 'postgres';
import { describe, expect, it } from 'vitest';

const MAIN = fileURLToPath(new URL('../stack/dist/main.js', import.meta.url));

interface Started {
  readonly child: ChildProcess;
  readonly output: string[];
  readonly gatewayUrl: string;
  readonly psqlUrl: string;
  readonly identityUrl: string;
  readonly exited: Promise<number | null>;
}

/** Runs what `pnpm start` runs, on ports of its own, until its banner is printed. */
async function startStack(env: Record<string, string>, basePort: number): Promise<Started> {
  const child = spawn(process.execPath, [MAIN], {
    env: {
      PATH: '/usr/local/bin:/usr/bin:/bin',
      GATEWAY_PORT: String(basePort),
      SUBGRAPH_BASE_PORT: String(basePort + 1),
      IDENTITY_PORT: String(basePort + 10),
      REGISTRY_PORT: String(basePort + 20),
      LOG_LEVEL: 'warn',
      APOLLO_TELEMETRY_DISABLED: '1',
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const output: string[] = [];
  const exited = new Promise<number | null>((resolve) => child.once('exit', resolve));
  for (const stream of [child.stdout, child.stderr]) {
    createInterface({ input: stream }).on('line', (line) => output.push(line));
  }
  const deadline = Date.now() + 90_000;
  while (!output.some((line) => line.includes('Ctrl-C stops everything'))) {
    if (child.exitCode !== null) throw new Error(`the stack exited early:\n${output.join('\n')}`);
    if (Date.now() > deadline) throw new Error(`the stack did not start:\n${output.join('\n')}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  const gatewayUrl = /GraphQL.*?(http:\/\/\S+)/.exec(output.join('\n'))?.[1] ?? '';
  const psqlUrl = /psql "(\S+)"/.exec(output.join('\n'))?.[1] ?? '';
  const identityUrl = /identity provider\s+(http:\/\/\S+)/.exec(output.join('\n'))?.[1] ?? '';
  return { child, output, gatewayUrl, psqlUrl, identityUrl, exited };
}

/**
 * On the test run's shared server, without the warehouse: its analysts' role belongs to the
 * server, and a stack setting its password would lock other test files out.
 */
const ON_SHARED_SERVER = { ANALYTICS: 'disabled' };

async function portIsFree(port: number): Promise<boolean> {
  try {
    await fetch(`http://127.0.0.1:${port}/health`, { signal: AbortSignal.timeout(500) });
    return false;
  } catch {
    return true;
  }
}

async function checkRunningGraph(stack: Started) {
  const response = await graphql<{ region: { name: string; jobPostings: { edges: unknown[] } } }>(
    stack.gatewayUrl,
    '{ region(code: "11590") { name jobPostings(first: 3) { edges { node { title employer { name } } } } } }',
  );
  expect(response.errors).toBeUndefined();
  expect(response.data?.region.name).toBe('동작구');
  expect(response.data?.region.jobPostings.edges).toHaveLength(3);
  // The printed psql command connects.
  const sql = postgres(stack.psqlUrl, { max: 1, onnotice: () => undefined });
  try {
    const [row] = await sql`select count(*)::int as postings from city.job_postings`;
    expect(row?.postings).toBeGreaterThan(4000);
  } finally {
    await sql.end({ timeout: 5 });
  }
}

/**
 * The warehouse was loaded and analytics published: an analyst's token gets a placement rate
 * through the gateway, an anonymous caller UNAUTHENTICATED; the analysts' URL kept in
 * warehouse.env reads the reports and not the facts.
 */
async function checkAnalytics(stack: Started, dataRoot: string) {
  expect(stack.output.join('\n')).toMatch(
    /warehouse\s+loaded in [\d.]+ s: fact_participation [\d,]+ read/,
  );
  const operation = '{ region(code: "11590") { placementRate(period: "2025Q1") { rate } } }';
  const signedIn = await fetch(`${stack.identityUrl}/token`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username: 'analyst-01', password: 'jobgraph' }),
  });
  const { access_token: token } = (await signedIn.json()) as { access_token: string };
  const analyst = await graphql<{ region: { placementRate: { rate: number } | null } }>(
    stack.gatewayUrl,
    operation,
    undefined,
    { authorization: `Bearer ${token}` },
  );
  expect(analyst.errors).toBeUndefined();
  expect(analyst.data?.region.placementRate?.rate).toBeGreaterThan(0);
  expect(errorCodes(await graphql(stack.gatewayUrl, operation))).toEqual(['UNAUTHENTICATED']);

  const kept = await readFile(join(dataRoot, 'warehouse.env'), 'utf8');
  const url = /^export WAREHOUSE_ANALYST_URL='(.+)'$/m.exec(kept)?.[1] ?? '';
  expect(url).toMatch(/^postgres:\/\/warehouse_analyst:.+@127\.0\.0\.1:\d+\/jobgraph$/);
  const sql = postgres(url, { max: 1, onnotice: () => undefined });
  try {
    const [row] = await sql`select count(*)::int as cells from reports.placement_by_region`;
    expect(row?.cells).toBeGreaterThan(0);
    await expect(sql`select 1 from warehouse.fact_placement limit 1`).rejects.toThrow(
      /permission denied/,
    );
  } finally {
    await sql.end({ timeout: 5 });
  }
}

async function stopAndCheck(stack: Started, ports: number[]) {
  stack.child.kill('SIGINT');
  expect(await stack.exited).toBe(0);
  expect(stack.output.join('\n')).toContain('stopped');
  for (const port of ports) expect(await portIsFree(port)).toBe(true);
}

describe('pnpm start', () => {
  it('runs the graph on an embedded PostgreSQL and stops everything on Ctrl-C', async () => {
    const dataRoot = await mkdtemp(join(tmpdir(), 'jobgraph-stack-'));
    await chmod(dataRoot, 0o755);
    const base = 14_100 + (process.pid % 200) * 10;
    try {
      const stack = await startStack({ JOBGRAPH_DATA_DIR: dataRoot }, base);
      try {
        expect(stack.output.join('\n')).toMatch(/PostgreSQL on 127\.0\.0\.1:\d+/);
        await checkRunningGraph(stack);
        await checkAnalytics(stack, dataRoot);
      } finally {
        await stopAndCheck(stack, [base, base + 1, base + 8]);
      }
      // The embedded server was stopped with the graph.
      await expect(
        postgres(stack.psqlUrl, { max: 1, connect_timeout: 2 })`select 1`,
      ).rejects.toThrow();
    } finally {
      await rm(dataRoot, { recursive: true, force: true });
    }
  });

  it('stops cleanly when Ctrl-C arrives twice (once from the terminal, once from npm)', async () => {
    const database = await scratchDatabase('stack_twice');
    const base = 18_100 + (process.pid % 200) * 10;
    try {
      const stack = await startStack({ DATABASE_URL: database.url, ...ON_SHARED_SERVER }, base);
      stack.child.kill('SIGINT');
      stack.child.kill('SIGINT');
      expect(await stack.exited).toBe(0);
      expect(stack.output.join('\n')).toContain('stopped');
      for (const port of [base, base + 1]) expect(await portIsFree(port)).toBe(true);
    } finally {
      await database.drop();
    }
  });

  it('leaves no service behind when the supervisor is killed outright', async () => {
    const database = await scratchDatabase('stack_killed');
    const base = 20_100 + (process.pid % 200) * 10;
    try {
      const stack = await startStack({ DATABASE_URL: database.url, ...ON_SHARED_SERVER }, base);
      stack.child.kill('SIGKILL');
      await stack.exited;
      const deadline = Date.now() + 15_000;
      while (!((await portIsFree(base)) && (await portIsFree(base + 1)))) {
        if (Date.now() > deadline)
          throw new Error('services still answer after their supervisor died');
        await new Promise((resolve) => setTimeout(resolve, 250));
      }
    } finally {
      await database.drop();
    }
  });

  it('runs the graph on the server in DATABASE_URL', async () => {
    const database = await scratchDatabase('stack');
    const base = 16_100 + (process.pid % 200) * 10;
    try {
      const stack = await startStack({ DATABASE_URL: database.url, ...ON_SHARED_SERVER }, base);
      try {
        expect(stack.psqlUrl).toBe(database.url);
        await checkRunningGraph(stack);
      } finally {
        await stopAndCheck(stack, [base, base + 1]);
      }
    } finally {
      await database.drop();
    }
  });
});
