import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import {
  booleanField,
  ConfigError,
  parseConfig,
  portField,
  positiveIntField,
} from '../src/index.js';

const schema = z.object({
  PORT: portField.default(4000),
  POOL: positiveIntField.default(10),
  FLAG: booleanField.default(false),
  NAME: z.string(),
});

describe('parseConfig', () => {
  it('applies defaults and coerces values', () => {
    expect(parseConfig('svc', schema, { NAME: 'city', PORT: '4100', FLAG: 'yes' })).toEqual({
      PORT: 4100,
      POOL: 10,
      FLAG: true,
      NAME: 'city',
    });
  });

  it('treats empty strings as unset', () => {
    expect(parseConfig('svc', schema, { NAME: 'city', PORT: '' }).PORT).toBe(4000);
  });

  it('reports every problem at once, naming each variable', () => {
    let caught: unknown;
    try {
      parseConfig('svc', schema, { PORT: '70000', POOL: '0', FLAG: 'maybe' });
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(ConfigError);
    const { problems, message } = caught as ConfigError;
    expect(problems).toHaveLength(4);
    expect(problems.map((problem) => problem.split(':')[0])).toEqual([
      'PORT',
      'POOL',
      'FLAG',
      'NAME',
    ]);
    expect(message).toContain('svc: invalid configuration');
    expect(message).toContain('expected a port between 0 and 65535');
  });
});
