import { type ChildProcess, spawn } from 'node:child_process';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { formatLogLine } from './log-format.js';
import { REPO_ROOT, type ServiceSpec } from './services.js';

export interface RunningService {
  readonly spec: ServiceSpec;
  readonly child: ChildProcess;
  /** Resolves with the exit code when the process ends, for whatever reason. */
  readonly exited: Promise<number | null>;
}

export interface SuperviseOptions {
  readonly env: Record<string, string | undefined>;
  readonly colour: boolean;
  readonly write: (line: string) => void;
}

/**
 * Starts a service as its own process, in its own process group (so Ctrl-C reaches only us and
 * we stop the services in order), and relays its log lines.
 */
export function startService(spec: ServiceSpec, options: SuperviseOptions): RunningService {
  const child = spawn(process.execPath, [join(REPO_ROOT, spec.entry)], {
    cwd: REPO_ROOT,
    env: { ...options.env, JOBGRAPH_PARENT_PID: String(process.pid) },
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  });
  for (const stream of [child.stdout, child.stderr]) {
    if (!stream) continue;
    createInterface({ input: stream }).on('line', (line) =>
      options.write(formatLogLine(spec.name, line, options.colour)),
    );
  }
  const exited = new Promise<number | null>((resolve) => {
    child.once('exit', (code) => resolve(code));
    child.once('error', () => resolve(-1));
  });
  return { spec, child, exited };
}

/** Polls the service's `/ready` until it answers 200; fails if the process exits first. */
export async function waitUntilReady(service: RunningService, timeoutMs: number): Promise<void> {
  const url = `http://127.0.0.1:${service.spec.port}/ready`;
  const deadline = Date.now() + timeoutMs;
  let exitCode: number | null | undefined;
  void service.exited.then((code) => {
    exitCode = code;
  });
  while (Date.now() < deadline) {
    if (exitCode !== undefined) {
      throw new Error(`${service.spec.name} exited with code ${exitCode} while starting`);
    }
    try {
      const response = await fetch(url, { signal: AbortSignal.timeout(1000) });
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`${service.spec.name} was not ready within ${timeoutMs / 1000} s (${url})`);
}

/** SIGTERM, then SIGKILL after `graceMs`; resolves once the process is gone. */
export async function stopService(service: RunningService, graceMs = 10_000): Promise<void> {
  if (service.child.exitCode !== null || service.child.signalCode !== null) return;
  service.child.kill('SIGTERM');
  const timer = setTimeout(() => service.child.kill('SIGKILL'), graceMs);
  await service.exited;
  clearTimeout(timer);
}
