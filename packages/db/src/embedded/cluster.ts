import { execFile } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { chmod, chown, mkdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { loadPostgresBinaries } from './binaries.js';
import { type ProcessIdentity, serverIdentity } from './os-user.js';

const run = promisify(execFile);

export const SUPERUSER = 'postgres';

/**
 * One PostgreSQL data directory and the server that runs it. The server is started with
 * `pg_ctl`, so it is its own daemon: it outlives the process that started it until `stop()`,
 * which lets every process of the graph share it.
 */
export class EmbeddedCluster {
  private identity: ProcessIdentity | undefined;

  constructor(readonly dataDir: string) {}

  async isInitialised(): Promise<boolean> {
    return exists(join(this.dataDir, 'PG_VERSION'));
  }

  /** initdb with password authentication for everything, UTF-8 and a UTF-8 character class
   * locale so that pg_trgm splits Korean text into trigrams (it ignores non-ASCII under C). */
  async initialise(password: string): Promise<void> {
    const identity = await this.serverIdentity();
    const { initdb } = await loadPostgresBinaries();
    await mkdir(this.dataDir, { recursive: true, mode: 0o700 });
    if (identity.uid !== undefined && identity.gid !== undefined) {
      await chown(this.dataDir, identity.uid, identity.gid);
    }
    await chmod(this.dataDir, 0o700);
    const passwordFile = join(tmpdir(), `jobgraph-pg-${randomBytes(8).toString('hex')}`);
    await writeFile(passwordFile, `${password}\n`, { mode: 0o600 });
    if (identity.uid !== undefined && identity.gid !== undefined) {
      await chown(passwordFile, identity.uid, identity.gid);
    }
    const locale = await utf8Locale();
    try {
      await this.exec(initdb, [
        `--pgdata=${this.dataDir}`,
        `--username=${SUPERUSER}`,
        `--pwfile=${passwordFile}`,
        '--auth=scram-sha-256',
        '--encoding=UTF8',
        `--locale=${locale}`,
        '--no-instructions',
      ]);
    } finally {
      await rm(passwordFile, { force: true });
    }
  }

  /** The port of the running server, or undefined when it is not running. */
  async runningPort(): Promise<number | undefined> {
    const { pg_ctl } = await loadPostgresBinaries();
    try {
      await this.exec(pg_ctl, ['status', '-D', this.dataDir]);
    } catch {
      return undefined;
    }
    // postmaster.pid: line 4 is the port (documented layout, stable since 9.1).
    const lines = (await readFile(join(this.dataDir, 'postmaster.pid'), 'utf8')).split('\n');
    const port = Number.parseInt(lines[3] ?? '', 10);
    return Number.isFinite(port) ? port : undefined;
  }

  async start(port: number): Promise<void> {
    const { pg_ctl } = await loadPostgresBinaries();
    const options = [
      `-p ${port}`,
      "-c listen_addresses='127.0.0.1'",
      // No Unix socket: every client connects over TCP, so nothing depends on a socket directory
      // the postgres OS user may not be able to write.
      "-c unix_socket_directories=''",
      '-c max_connections=300',
    ].join(' ');
    await this.exec(pg_ctl, [
      'start',
      '-D',
      this.dataDir,
      '-w',
      '-t',
      '60',
      '-l',
      join(this.dataDir, 'server.log'),
      '-o',
      options,
    ]);
  }

  async stop(): Promise<void> {
    const { pg_ctl } = await loadPostgresBinaries();
    await this.exec(pg_ctl, ['stop', '-D', this.dataDir, '-m', 'fast', '-w', '-t', '60']);
  }

  /** The tail of the server's own log, for error messages when a start fails. */
  async logTail(lines = 20): Promise<string> {
    try {
      const text = await readFile(join(this.dataDir, 'server.log'), 'utf8');
      return text.trimEnd().split('\n').slice(-lines).join('\n');
    } catch {
      return '';
    }
  }

  private async serverIdentity(): Promise<ProcessIdentity> {
    this.identity ??= await serverIdentity();
    return this.identity;
  }

  private async exec(file: string, args: string[]): Promise<string> {
    const identity = await this.serverIdentity();
    try {
      const { stdout } = await run(file, args, {
        ...identity,
        cwd: tmpdir(),
        // pg_ctl detaches the server: hand it a minimal environment, not ours, and English
        // messages so that failures read the same everywhere.
        env: { PATH: '/usr/local/bin:/usr/bin:/bin', LC_MESSAGES: 'C' },
      });
      return stdout;
    } catch (error) {
      const failure = error as { stderr?: string; stdout?: string; message: string };
      throw new Error(
        `${file.split('/').pop()} ${args[0] ?? ''} failed: ${(failure.stderr || failure.stdout || failure.message).trim()}`,
      );
    }
  }
}

async function utf8Locale(): Promise<string> {
  try {
    const { stdout } = await run('locale', ['-a']);
    const available = new Set(stdout.split('\n').map((line) => line.trim().toLowerCase()));
    for (const candidate of ['C.UTF-8', 'C.utf8', 'en_US.UTF-8', 'en_US.utf8']) {
      if (available.has(candidate.toLowerCase())) return candidate;
    }
  } catch {
    // no `locale` command: fall through to the C.UTF-8 that every modern libc provides
  }
  return 'C.UTF-8';
}

async function exists(path: string): Promise<boolean> {
  try {
    await stat(path);
    return true;
  } catch {
    return false;
  }
}
