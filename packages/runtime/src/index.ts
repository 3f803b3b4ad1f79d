export { ConfigError, type EnvSource, parseConfig } from './config.js';
export {
  booleanField,
  logLevelField,
  portField,
  positiveIntField,
  postgresUrlField,
  urlField,
} from './env-fields.js';
export { type Running, runMain } from './lifecycle.js';
export { createLogger, type Logger, type LoggerOptions } from './logger.js';
