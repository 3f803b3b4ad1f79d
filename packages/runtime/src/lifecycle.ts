import { ConfigError } from './config.js';
import { loadLifecycleEnv } from './env.js';
import type { Logger } from './logger.js';

export interface Running {
  readonly logger: Logger;
  /** Finish in-flight work and release resources; called once on SIGINT or SIGTERM. */
  stop(): Promise<void>;
}

/**
 * Entry point of every jobgraph process: a configuration problem is printed as a list and exits
 * with 78 (EX_CONFIG); any other start-up failure exits with 1; a signal stops the process
 * gracefully, and a second signal forces the exit.
 */
export function runMain(service: string, start: () => Promise<Running>): void {
  start().then(
    (running) => {
      let stopping = false;
      const onSignal = (signal: NodeJS.Signals) => {
        if (stopping) {
          running.logger.warn({ signal }, 'second signal: exiting without waiting');
          process.exit(130);
        }
        stopping = true;
        running.logger.info({ signal }, 'stopping');
        running.stop().then(
          () => process.exit(0),
          (error: unknown) => {
            running.logger.error({ err: error }, 'failed to stop cleanly');
            process.exit(1);
          },
        );
      };
      process.on('SIGINT', onSignal);
      process.on('SIGTERM', onSignal);
      const { JOBGRAPH_PARENT_PID: parent } = loadLifecycleEnv();
      if (parent !== undefined) {
        const watch = setInterval(() => {
          if (!isAlive(parent)) {
            clearInterval(watch);
            running.logger.warn({ parent }, 'supervising process is gone');
            onSignal('SIGTERM');
          }
        }, 1000);
        watch.unref();
      }
    },
    (error: unknown) => {
      if (error instanceof ConfigError) {
        process.stderr.write(`${error.message}\n`);
        process.exit(78);
      }
      process.stderr.write(`${service} failed to start: ${describe(error)}\n`);
      process.exit(1);
    },
  );
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function describe(error: unknown): string {
  if (error instanceof Error) return error.stack ?? error.message;
  return String(error);
}
