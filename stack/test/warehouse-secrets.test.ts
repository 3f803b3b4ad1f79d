import { mkdtemp, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readEnvFile, writeEnvFile } from '../src/env-file.js';
import { describeLoad, warehouseSecrets } from '../src/warehouse.js';

let folder: string;
beforeAll(async () => {
  folder = await mkdtemp(join(tmpdir(), 'jobgraph-stack-env-'));
});
afterAll(() => rm(folder, { recursive: true, force: true }));

describe('.data/warehouse.env', () => {
  it('round-trips values a shell can source, quotes and all, readable by its owner only', async () => {
    const path = join(folder, 'nested', 'values.env');
    expect(await readEnvFile(path)).toEqual({});
    const values = { PLAIN: 'abc', QUOTED: "it's $HOME `x`", URL: 'postgres://a:b%2F@h:1/db' };
    await writeEnvFile(path, values, ['a comment']);
    expect(await readEnvFile(path)).toEqual(values);
    expect((await stat(path)).mode & 0o777).toBe(0o600);
  });

  it('keeps the secrets across restarts: made once, then read back; a given key wins', async () => {
    const path = join(folder, 'warehouse.env');
    const first = await warehouseSecrets(path, undefined);
    expect(first.personKey.length).toBeGreaterThanOrEqual(32);
    expect(first.analystPassword.length).toBeGreaterThanOrEqual(24);
    expect(await warehouseSecrets(path, undefined)).not.toEqual(first); // nothing kept yet
    await writeEnvFile(path, {
      WAREHOUSE_PERSON_KEY: first.personKey,
      WAREHOUSE_ANALYST_PASSWORD: first.analystPassword,
    });
    expect(await warehouseSecrets(path, undefined)).toEqual(first);
    const given = 'g'.repeat(40);
    expect(await warehouseSecrets(path, given)).toEqual({ ...first, personKey: given });
  });

  it('logs a load as one line of figures', () => {
    const line = describeLoad(
      {
        dimensions: {} as never,
        facts: {
          fact_participation: {
            'city.program_applications': { batches: 1, read: 1200, inserted: 1000, updated: 200 },
            'ministry.case_files': { batches: 1, read: 300, inserted: 300, updated: 0 },
          },
        },
        placements: { batches: 1, people: 1100, placements: 1234 },
      },
      4_321,
    );
    expect(line).toBe(
      'loaded in 4.3 s: fact_participation 1,500 read (1,300 new, 200 changed); 1,234 placements derived for 1,100 people',
    );
  });
});
