import { type LevelWithSilent, type Logger, pino } from 'pino';

export type { Logger };

export interface LoggerOptions {
  /** The service name carried on every line, so merged logs of the graph stay attributable. */
  readonly service: string;
  readonly level: LevelWithSilent;
  /** Where lines go; stdout when absent (a CLI whose stdout is its output logs elsewhere). */
  readonly destination?: { write(line: string): unknown };
}

/**
 * Personal data never reaches a log line, whatever a caller passes in: these keys are censored
 * at any depth pino can address.
 */
const PERSONAL_KEYS = ['name', 'phone', 'birthDate', 'address', 'password', 'authorization'];
const redactPaths = PERSONAL_KEYS.flatMap((key) => [key, `*.${key}`, `*.*.${key}`]);

/**
 * Logs go to stdout as a stream: when the reader of our stdout goes away (the supervisor died),
 * writes fail with EPIPE and are dropped, instead of a synchronous writer retrying them forever
 * and the process never getting to shut down.
 */
let stdoutGuarded = false;
function guardedStdout(): NodeJS.WritableStream {
  if (!stdoutGuarded) {
    stdoutGuarded = true;
    process.stdout.on('error', (error: NodeJS.ErrnoException) => {
      if (error.code !== 'EPIPE') throw error;
    });
  }
  return process.stdout;
}

export function createLogger(options: LoggerOptions): Logger {
  return pino(
    {
      level: options.level,
      base: { service: options.service },
      redact: { paths: redactPaths, censor: '[redacted]' },
      timestamp: pino.stdTimeFunctions.isoTime,
    },
    options.destination ?? guardedStdout(),
  );
}
