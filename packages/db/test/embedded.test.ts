import { spawn } from 'node:child_process';
import { chmod, chown, mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import postgres from 'postgres';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureEmbeddedPostgres } from '../src/embedded/ensure.js';
import { serverIdentity } from '../src/embedded/os-user.js';

async function query(url: string, text: string) {
  const sql = postgres(url, { max: 1, onnotice: () => undefined });
  try {
    return await sql.unsafe(text);
  } finally {
    await sql.end({ timeout: 5 });
  }
}

describe('embedded PostgreSQL', () => {
  let dataRoot: string;
  beforeAll(async () => {
    dataRoot = await mkdtemp(join(tmpdir(), 'jobgraph-embedded-'));
    await chmod(dataRoot, 0o755);
  });
  afterAll(async () => {
    await rm(dataRoot, { recursive: true, force: true });
  });

  it('initialises, starts, is reused by a second process, and stops', async () => {
    const [first, second] = await Promise.all([
      ensureEmbeddedPostgres({ dataRoot }),
      ensureEmbeddedPostgres({ dataRoot }),
    ]);
    // Started together, they settle on one server; exactly one of them owns it.
    expect(first.port).toBe(second.port);
    expect([first.owned, second.owned].filter(Boolean)).toHaveLength(1);
    const [row] = await query(
      first.url,
      "select current_setting('server_version_num')::int as version",
    );
    expect(row?.version).toBeGreaterThanOrEqual(170000);

    const state = JSON.parse(await readFile(join(dataRoot, 'pg.json'), 'utf8'));
    expect(state.port).toBe(first.port);

    const owner = first.owned ? first : second;
    await owner.stop();
    await expect(query(first.url, 'select 1')).rejects.toThrow();

    // Started again, the data directory (and its database) is reused.
    const again = await ensureEmbeddedPostgres({ dataRoot });
    expect(again.owned).toBe(true);
    await query(again.url, 'create table kept (id int)');
    await again.stop();
    const third = await ensureEmbeddedPostgres({ dataRoot });
    await expect(query(third.url, 'select count(*) from kept')).resolves.toHaveLength(1);
    await third.stop();
  });

  it('splits Korean text into trigrams (UTF-8 character classes)', async () => {
    const server = await ensureEmbeddedPostgres({ dataRoot });
    try {
      await query(server.url, 'create extension if not exists pg_trgm');
      const [row] = await query(
        server.url,
        "select similarity('요양보호사 채용', '요양보호사') > 0.3 as similar",
      );
      expect(row?.similar).toBe(true);
    } finally {
      await server.stop();
    }
  });
});

describe('the jobgraph-db command', () => {
  it('runs the server as an unprivileged user, and stops it on Ctrl-C', async () => {
    const dataRoot = await mkdtemp(join(tmpdir(), 'jobgraph-user-'));
    await chmod(dataRoot, 0o755);
    // As root, run the command as the postgres user: the path a normal user takes.
    const identity = await serverIdentity();
    if (identity.uid !== undefined && identity.gid !== undefined) {
      await chown(dataRoot, identity.uid, identity.gid);
    }
    const cli = fileURLToPath(new URL('../dist/cli.js', import.meta.url));
    const child = spawn(process.execPath, [cli, 'start'], {
      env: { PATH: '/usr/local/bin:/usr/bin:/bin', JOBGRAPH_DATA_DIR: dataRoot },
      stdio: ['ignore', 'pipe', 'pipe'],
      ...identity,
    });
    try {
      const url = await new Promise<string>((resolve, reject) => {
        createInterface({ input: child.stdout }).on('line', (line) => {
          const match = /^PostgreSQL 17 at (\S+)/.exec(line);
          if (match?.[1]) resolve(match[1]);
        });
        child.once('exit', (code) => reject(new Error(`jobgraph-db exited with ${code}`)));
      });
      const [row] = await query(url, 'select current_user as who');
      expect(row?.who).toBe('postgres');
      const exited = new Promise<number | null>((resolve) => child.once('exit', resolve));
      child.kill('SIGINT');
      expect(await exited).toBe(0);
      await expect(query(url, 'select 1')).rejects.toThrow();
    } finally {
      child.kill('SIGKILL');
      await rm(dataRoot, { recursive: true, force: true });
    }
  });
});
