import { open, readFile, rename, unlink, writeFile } from 'node:fs/promises';
import { z } from 'zod';

/** What every process of the graph (and `psql`) needs to find the checkout's embedded server. */
const stateSchema = z.object({
  dataDir: z.string(),
  user: z.string(),
  password: z.string(),
  database: z.string(),
  port: z.number().int().optional(),
  /** The process that started the running server and will stop it; absent when stopped. */
  ownerPid: z.number().int().optional(),
});
export type ServerState = z.infer<typeof stateSchema>;

export async function readState(path: string): Promise<ServerState | undefined> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch {
    return undefined;
  }
  const parsed = stateSchema.safeParse(JSON.parse(text));
  if (!parsed.success) throw new Error(`${path} is not a jobgraph database state file`);
  return parsed.data;
}

/** Written atomically (rename) and readable only by its owner: it holds the password. */
export async function writeState(path: string, state: ServerState): Promise<void> {
  const temporary = `${path}.${process.pid}.tmp`;
  await writeFile(temporary, `${JSON.stringify(state, null, 2)}\n`, { mode: 0o600 });
  await rename(temporary, path);
}

export function isProcessAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * A lock file held while a process decides whether to initialise, start or reuse the server, so
 * that processes started together do not race to start two servers on one data directory. A
 * lock left by a dead process is taken over.
 */
export async function withFileLock<T>(
  path: string,
  work: () => Promise<T>,
  timeoutMs = 120_000,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      const handle = await open(path, 'wx');
      await handle.writeFile(String(process.pid));
      await handle.close();
      break;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const holder = Number.parseInt(await readFile(path, 'utf8').catch(() => ''), 10);
      if (Number.isFinite(holder) && !isProcessAlive(holder)) {
        await unlink(path).catch(() => undefined);
        continue;
      }
      if (Date.now() > deadline) {
        throw new Error(`timed out waiting for ${path} (held by process ${holder})`);
      }
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
  try {
    return await work();
  } finally {
    await unlink(path).catch(() => undefined);
  }
}
