import { describe, expect, it } from 'vitest';
import { DISTRICTS_DEFAULT_PORT, loadDistrictsConfig } from '../src/index.js';

describe('loadDistrictsConfig', () => {
  it('listens on 4002 by default and prefers the districts’ own database', () => {
    const config = loadDistrictsConfig({
      DATABASE_URL: 'postgres://shared@127.0.0.1:5432/jobgraph',
      DISTRICTS_DATABASE_URL: 'postgres://districts@127.0.0.1:5432/districts',
    });
    expect(DISTRICTS_DEFAULT_PORT).toBe(4002);
    expect(config.http.port).toBe(4002);
    expect(config.database.url).toBe('postgres://districts@127.0.0.1:5432/districts');
  });

  it('falls back to DATABASE_URL and takes PORT', () => {
    const config = loadDistrictsConfig({
      DATABASE_URL: 'postgres://shared@127.0.0.1:5432/jobgraph',
      PORT: '5002',
    });
    expect(config.http.port).toBe(5002);
    expect(config.database.url).toBe('postgres://shared@127.0.0.1:5432/jobgraph');
  });

  it('reports every problem at once', () => {
    expect(() =>
      loadDistrictsConfig({ PORT: 'eighty', DISTRICTS_DATABASE_URL: 'mysql://nope' }),
    ).toThrow(/PORT[\s\S]*DISTRICTS_DATABASE_URL|DISTRICTS_DATABASE_URL[\s\S]*PORT/);
  });
});
