import { scratchDatabase } from '@jobgraph/testkit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../src/cli/run.js';

let database: Awaited<ReturnType<typeof scratchDatabase>>;
beforeAll(async () => {
  database = await scratchDatabase('warehouse_cli');
});
afterAll(() => database?.drop());

const run = async (argv: string[], env: Record<string, string> = {}) => {
  let out = '';
  let err = '';
  const code = await runCli(argv, {
    write: (text) => {
      out += text;
    },
    writeError: (text) => {
      err += text;
    },
    env: { DATABASE_URL: database.url, ...env },
  });
  return { code, out, err };
};

describe('jobgraph-warehouse', () => {
  it('exits 2 with the usage on an unknown or missing command', async () => {
    expect(await run(['load', 'everything'])).toMatchObject({ code: 2, err: /unknown command/ });
    expect((await run([])).code).toBe(2);
    expect(await run(['--help'])).toMatchObject({ code: 0, out: /usage: jobgraph-warehouse/ });
  });

  it('exits 2 when generate is not told how many people, or told nonsense', async () => {
    expect(await run(['generate'])).toMatchObject({ code: 2, err: /--people needs a positive/ });
    expect(await run(['generate', '--people', '-3'])).toMatchObject({ code: 2 });
    expect(await run(['generate', '--people', '10', '--seed', 'x'])).toMatchObject({
      code: 2,
      err: /--seed needs a positive whole number/,
    });
    expect(await run(['generate', '--people', '10', '--by', 'region'])).toMatchObject({
      code: 2,
      err: /generate does not take --by/,
    });
  });

  it('exits 2 on invalid configuration', async () => {
    const result = await run(['migrate'], { DATABASE_URL: 'mysql://nope' });
    expect(result).toMatchObject({ code: 2, err: /DATABASE_URL: expected a postgres:\/\/ URL/ });
    // A load of people needs the pseudonymisation secret; the dimensions do not.
    const load = await run(['load']);
    expect(load).toMatchObject({ code: 2, err: /WAREHOUSE_PERSON_KEY/ });
  });

  it('migrates, then loads the dimensions from the code lists alone when no agency is here', async () => {
    expect(await run(['migrate'])).toMatchObject({ code: 0, out: /up to date/ });
    const first = await run(['load', 'dimensions', '--json']);
    expect(first.code).toBe(0);
    const report = JSON.parse(first.out) as Record<string, { inserted: number; updated: number }>;
    expect(report.dim_region?.inserted).toBe(57);
    expect(report.dim_agency?.inserted).toBe(4);
    expect(report.dim_program?.inserted).toBe(0);
    const again = await run(['load', 'dimensions']);
    expect(again.code).toBe(0);
    expect(again.out).toMatch(/dim_region\s+0 inserted\s+0 updated/);
    // No agency in this database: nothing to load, and no failure.
    const load = await run(['load', '--json'], { WAREHOUSE_PERSON_KEY: 'x'.repeat(32) });
    expect(load.code).toBe(0);
    const loaded = JSON.parse(load.out) as Record<string, Record<string, { read: number }>>;
    expect(loaded.placements).toMatchObject({ people: 0, placements: 0 });
    for (const fact of ['fact_participation', 'fact_service', 'fact_employment']) {
      for (const source of Object.values(loaded[fact] ?? {})) expect(source.read).toBe(0);
    }
  });
});
