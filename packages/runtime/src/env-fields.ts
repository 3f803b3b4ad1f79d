import { z } from 'zod';

/** Reusable zod fields for environment variables; each names its expectation in the error. */

export const portField = z.coerce
  .number({ error: 'expected a TCP port number' })
  .int('expected a whole number')
  .min(0, 'expected a port between 0 and 65535')
  .max(65535, 'expected a port between 0 and 65535');

export const positiveIntField = z.coerce
  .number({ error: 'expected a number' })
  .int('expected a whole number')
  .positive('expected a number greater than 0');

export const logLevelField = z
  .enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'], {
    error: 'expected one of fatal, error, warn, info, debug, trace, silent',
  })
  .default('info');

export const booleanField = z
  .enum(['true', 'false', '1', '0', 'yes', 'no'], { error: 'expected true or false' })
  .transform((value) => value === 'true' || value === '1' || value === 'yes');

export const urlField = z.url({ error: 'expected a URL' });

export const postgresUrlField = z
  .string()
  .refine((value) => /^postgres(ql)?:\/\//.test(value), 'expected a postgres:// URL');
