import { type LevelWithSilent, type Logger, pino } from 'pino';

export type { Logger };

export interface LoggerOptions {
  /** The service name carried on every line, so merged logs of the graph stay attributable. */
  readonly service: string;
  readonly level: LevelWithSilent;
}

/**
 * Personal data never reaches a log line, whatever a caller passes in: these keys are censored
 * at any depth pino can address.
 */
const PERSONAL_KEYS = ['name', 'phone', 'birthDate', 'address', 'password', 'authorization'];
const redactPaths = PERSONAL_KEYS.flatMap((key) => [key, `*.${key}`, `*.*.${key}`]);

export function createLogger(options: LoggerOptions): Logger {
  return pino({
    level: options.level,
    base: { service: options.service },
    redact: { paths: redactPaths, censor: '[redacted]' },
    timestamp: pino.stdTimeFunctions.isoTime,
  });
}
