import { ConfigError } from '@jobgraph/runtime';
import { ANALYST_ROLE as WAREHOUSE_ANALYST_ROLE } from '@jobgraph/warehouse';
import { describe, expect, it } from 'vitest';
import { ANALYST_ROLE, loadAnalyticsConfig } from '../src/index.js';

describe('loadAnalyticsConfig', () => {
  it('logs in as the warehouse’s analysts on DATABASE_URL’s server, or the embedded one', () => {
    expect(ANALYST_ROLE).toBe(WAREHOUSE_ANALYST_ROLE);
    const shared = loadAnalyticsConfig({
      DATABASE_URL: 'postgres://owner:secret@db:5432/jobgraph',
      WAREHOUSE_ANALYST_PASSWORD: 'analyst-secret',
    });
    expect(shared.database).toMatchObject({
      url: 'postgres://owner:secret@db:5432/jobgraph',
      login: { user: 'warehouse_analyst', password: 'analyst-secret' },
    });
    expect(shared.http.port).toBe(4008);
    const embedded = loadAnalyticsConfig({ WAREHOUSE_ANALYST_PASSWORD: 'analyst-secret' });
    expect(embedded.database.url).toBeUndefined();
    expect(embedded.database.login?.user).toBe('warehouse_analyst');
  });

  it('takes ANALYTICS_DATABASE_URL as it is', () => {
    const own = loadAnalyticsConfig({
      DATABASE_URL: 'postgres://owner:secret@db:5432/jobgraph',
      ANALYTICS_DATABASE_URL: 'postgres://warehouse_analyst:pw@replica:5432/jobgraph',
      WAREHOUSE_ANALYST_PASSWORD: 'ignored',
    });
    expect(own.database.url).toBe('postgres://warehouse_analyst:pw@replica:5432/jobgraph');
    expect(own.database.login).toBeUndefined();
  });

  it('never falls back to the server URL’s own user, and lists every problem', () => {
    const attempt = () =>
      loadAnalyticsConfig({ DATABASE_URL: 'postgres://owner:secret@db/jobgraph', PORT: 'x' });
    expect(attempt).toThrow(ConfigError);
    expect(attempt).toThrow(/WAREHOUSE_ANALYST_PASSWORD: set it to log in as warehouse_analyst/);
    expect(attempt).toThrow(/PORT/);
  });
});
