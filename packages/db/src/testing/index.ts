import './provided.js';
import { randomBytes } from 'node:crypto';
import { chmod, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import postgres from 'postgres';
import { ensureEmbeddedPostgres } from '../embedded/ensure.js';

export interface TestServer {
  /** A URL on the server with the right to create databases. */
  readonly adminUrl: string;
  stop(): Promise<void>;
}

/**
 * The server a test run uses: the given one (DATABASE_URL), or a fresh embedded PostgreSQL 17
 * in a temporary folder, stopped and removed at the end of the run.
 */
export async function startTestServer(givenUrl: string | undefined): Promise<TestServer> {
  if (givenUrl) return { adminUrl: givenUrl, stop: async () => undefined };
  const dataRoot = await mkdtemp(join(tmpdir(), 'jobgraph-test-'));
  // The postgres OS user (when we are root) must be able to reach the data directory.
  await chmod(dataRoot, 0o755);
  const server = await ensureEmbeddedPostgres({ dataRoot, database: 'jobgraph_test' });
  return {
    adminUrl: server.url,
    stop: async () => {
      await server.stop();
      await rm(dataRoot, { recursive: true, force: true });
    },
  };
}

export interface ScratchDatabase {
  readonly url: string;
  readonly name: string;
  drop(): Promise<void>;
}

/**
 * A new database for one test file, dropped (connections and all) afterwards: empty, or a copy of
 * a template database prepared once for the run (migrated and seeded), which is much faster than
 * migrating and seeding again.
 */
export async function createScratchDatabase(
  adminUrl: string,
  label: string,
  template?: string,
): Promise<ScratchDatabase> {
  const name = `jg_${label
    .replace(/[^a-z0-9]/gi, '_')
    .toLowerCase()
    .slice(0, 30)}_${randomBytes(4).toString('hex')}`;
  const admin = postgres(adminUrl, { max: 1, onnotice: () => undefined });
  try {
    await admin.unsafe(
      template ? `create database "${name}" template "${template}"` : `create database "${name}"`,
    );
    // A test database is thrown away: its commits need not wait for the disk.
    await admin.unsafe(`alter database "${name}" set synchronous_commit = off`);
  } finally {
    await admin.end({ timeout: 5 });
  }
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    name,
    drop: async () => {
      const dropper = postgres(adminUrl, { max: 1, onnotice: () => undefined });
      try {
        await dropper.unsafe(`drop database if exists "${name}" with (force)`);
      } finally {
        await dropper.end({ timeout: 5 });
      }
    },
  };
}
