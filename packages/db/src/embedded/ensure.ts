import { randomBytes } from 'node:crypto';
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import postgres from 'postgres';
import { EmbeddedCluster, SUPERUSER } from './cluster.js';
import { freePort, isPortFree } from './free-port.js';
import { isProcessAlive, readState, type ServerState, withFileLock, writeState } from './state.js';

export interface EmbeddedServer {
  /** URL of the graph's database on the server. */
  readonly url: string;
  readonly port: number;
  readonly dataDir: string;
  /** Whether this process started the server and so stops it in `stop()`. */
  readonly owned: boolean;
  stop(): Promise<void>;
}

export interface EnsureOptions {
  /** Folder holding `pg/` (the data directory), `pg.json` (state) and `pg.lock`. */
  readonly dataRoot: string;
  readonly database?: string;
  readonly log?: (message: string) => void;
}

/**
 * Starts the checkout's embedded PostgreSQL 17, or reuses it when another process of the graph
 * already runs it. A server whose owner died (a crashed `pnpm start`) is adopted, so that it is
 * stopped by the next owner rather than left running forever.
 */
export async function ensureEmbeddedPostgres(options: EnsureOptions): Promise<EmbeddedServer> {
  const log = options.log ?? (() => undefined);
  const database = options.database ?? 'jobgraph';
  await mkdir(options.dataRoot, { recursive: true });
  const statePath = join(options.dataRoot, 'pg.json');
  const cluster = new EmbeddedCluster(join(options.dataRoot, 'pg'));

  return withFileLock(join(options.dataRoot, 'pg.lock'), async () => {
    let state = await readState(statePath);
    if (!(await cluster.isInitialised())) {
      log(`initialising PostgreSQL 17 in ${cluster.dataDir}`);
      const password = randomBytes(18).toString('base64url');
      await cluster.initialise(password);
      state = { dataDir: cluster.dataDir, user: SUPERUSER, password, database };
      await writeState(statePath, state);
    } else if (!state) {
      throw new Error(
        `${cluster.dataDir} exists but ${statePath} (its password) is missing; ` +
          `remove ${cluster.dataDir} to start with a fresh database`,
      );
    }

    let port = await cluster.runningPort();
    let owned: boolean;
    if (port !== undefined) {
      owned = state.ownerPid === undefined || !isProcessAlive(state.ownerPid);
      log(`reusing PostgreSQL on port ${port}${owned ? ' (adopted)' : ''}`);
    } else {
      port =
        state.port !== undefined && (await isPortFree(state.port)) ? state.port : await freePort();
      log(`starting PostgreSQL on 127.0.0.1:${port}`);
      try {
        await cluster.start(port);
      } catch (error) {
        throw new Error(`${(error as Error).message}\n${await cluster.logTail()}`);
      }
      owned = true;
    }

    const running: ServerState = { ...state, database, port };
    if (owned) running.ownerPid = process.pid;
    await writeState(statePath, running);
    await createDatabaseIfMissing(serverUrl(running, 'postgres'), database);

    const server: EmbeddedServer = {
      url: serverUrl(running, database),
      port,
      dataDir: cluster.dataDir,
      owned,
      stop: async () => {
        if (!owned) return;
        await withFileLock(join(options.dataRoot, 'pg.lock'), async () => {
          await cluster.stop();
          const { ownerPid: _released, ...rest } = (await readState(statePath)) ?? running;
          await writeState(statePath, rest);
        });
      },
    };
    return server;
  });
}

/** The URL of the checkout's embedded server, if one has been started; never starts one. */
export async function embeddedServerUrl(dataRoot: string): Promise<string | undefined> {
  const state = await readState(join(dataRoot, 'pg.json'));
  return state?.port === undefined ? undefined : serverUrl(state, state.database);
}

export function serverUrl(state: ServerState, database: string): string {
  if (state.port === undefined) throw new Error('the embedded server has no port yet');
  return `postgres://${state.user}:${encodeURIComponent(state.password)}@127.0.0.1:${state.port}/${database}`;
}

async function createDatabaseIfMissing(adminUrl: string, database: string): Promise<void> {
  const sql = postgres(adminUrl, { max: 1, onnotice: () => undefined });
  try {
    const found = await sql`select 1 from pg_database where datname = ${database}`;
    if (found.length === 0) {
      await sql.unsafe(`create database "${database.replaceAll('"', '""')}"`);
    }
  } finally {
    await sql.end({ timeout: 5 });
  }
}
