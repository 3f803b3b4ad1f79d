import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadDimensions } from '../src/load/dimensions.js';
import { EMPLOYMENT_SOURCES, EMPLOYMENT_TARGET } from '../src/load/facts/employment.js';
import { type FactLoadOptions, loadFact } from '../src/load/facts/fact-load.js';
import { hmacPads, personKey } from '../src/pseudonym.js';
import { type WarehouseDatabase, warehouseDatabase } from './support.js';

const SECRET = 'employment-test-secret-0123456789abcdef';
const BATCH = 8_000;
const MARK = 'fact_employment/ministry.insurance_records';

let db: WarehouseDatabase;
let sourceRows: number;
beforeAll(async () => {
  db = await warehouseDatabase({ sources: 'ministry' });
  await loadDimensions(db.sql);
  const [row] = await db.sql<{ count: number }[]>`
    select count(*)::int as count from ministry.insurance_records`;
  sourceRows = row?.count ?? 0;
});
afterAll(() => db?.close());

const loadEmploymentFacts = async (options: FactLoadOptions) => {
  const reports = await loadFact(
    db.sql,
    EMPLOYMENT_TARGET,
    EMPLOYMENT_SOURCES,
    options,
    hmacPads(SECRET),
  );
  const report = reports['ministry.insurance_records'];
  if (!report) throw new Error('no report for the insurance records');
  return report;
};

/** Everything but the surrogate key, in a stable order: equal warehouses give equal prints. */
const fingerprint = async () => {
  const [row] = await db.sql<{ rows: number; checksum: string }[]>`
    select count(*)::int as rows, md5(string_agg(line, '' order by line)) as checksum
    from (select (source, source_id, person_key, employer_id, industry_key, workplace_region_key,
      residence_region_key, start_date_key, end_date_key, started_on, ended_on)::text as line
      from warehouse.fact_employment) as f`;
  return row;
};

const watermark = async () => {
  const [row] = await db.sql<{ watermark: string; rows_loaded: number }[]>`
    select watermark, rows_loaded::int from warehouse.load_watermarks where source = ${MARK}`;
  return row;
};

describe('loadEmploymentFacts', () => {
  it('loads a fact the first time in one transaction: killed, it leaves nothing', async () => {
    expect(sourceRows).toBeGreaterThan(3 * BATCH);
    let batches = 0;
    await expect(
      loadEmploymentFacts({
        batchSize: BATCH,
        beforeCommit: () => {
          if (++batches === 3) throw new Error('killed');
        },
      }),
    ).rejects.toThrow('killed');
    expect((await fingerprint())?.rows).toBe(0);
    expect(await watermark()).toBeUndefined();

    const report = await loadEmploymentFacts({ batchSize: BATCH });
    expect(report).toMatchObject({ read: sourceRows, inserted: sourceRows, updated: 0 });
    expect(report.batches).toBeGreaterThan(3);
    expect((await fingerprint())?.rows).toBe(sourceRows);
    expect((await watermark())?.watermark).toMatch(/^\d+$/);
    // Its indexes were built again after the load.
    const indexes = await db.sql<{ name: string }[]>`
      select indexname as name from pg_indexes
      where schemaname = 'warehouse' and tablename = 'fact_employment' order by 1`;
    expect(indexes.map((index) => index.name)).toEqual([
      'fact_employment_person_started_idx',
      'fact_employment_pkey',
      'fact_employment_source_key',
    ]);
  });

  it('is idempotent: a re-run changes nothing, and equals a load from scratch in one batch', async () => {
    const before = await fingerprint();
    expect(await loadEmploymentFacts({ batchSize: BATCH })).toMatchObject({
      inserted: 0,
      updated: 0,
    });
    expect(await fingerprint()).toEqual(before);

    await db.sql`truncate warehouse.fact_employment cascade`;
    await db.sql`delete from warehouse.load_watermarks`;
    const fresh = await loadEmploymentFacts({ batchSize: 1_000_000 });
    expect(fresh).toMatchObject({ batches: 1, inserted: sourceRows });
    expect(await fingerprint()).toEqual(before);
  });

  it('picks up a loss recorded later on an open employment, and new records', async () => {
    const [open] = await db.sql<{ id: string; person_id: string; acquired_on: string }[]>`
      select id, person_id, acquired_on::text from ministry.insurance_records
      where lost_on is null order by id limit 1`;
    if (!open) throw new Error('the seed has no open employment');
    await db.sql`
      update ministry.insurance_records set lost_on = ${open.acquired_on}::date + 200
      where id = ${open.id}`;
    await db.sql`
      insert into ministry.insurance_records
      select 'IR9999999', person_id, employer_id, industry_code, workplace_region_code,
        residence_region_code, date '2025-03-04', null
      from ministry.insurance_records where id = ${open.id}`;

    const report = await loadEmploymentFacts({ batchSize: BATCH });
    expect(report).toMatchObject({ inserted: 1, updated: 1 });
    // Only what changed is read again (and what other transactions kept the horizon back for).
    expect(report.read).toBeLessThan(sourceRows / 10);
    const rows = await db.sql<{ source_id: string; person_key: string; days: number | null }[]>`
      select source_id, person_key, ended_on - started_on as days from warehouse.fact_employment
      where source_id in (${open.id}, 'IR9999999') order by source_id`;
    expect(rows).toEqual([
      { source_id: open.id, person_key: personKey(open.person_id, SECRET), days: 200 },
      { source_id: 'IR9999999', person_key: personKey(open.person_id, SECRET), days: null },
    ]);
    expect(await loadEmploymentFacts({ batchSize: BATCH })).toMatchObject({
      inserted: 0,
      updated: 0,
    });
  });

  it('files each record under the region valid on its start day (Iksan 45140, then 52140)', async () => {
    const iksan = await db.sql<{ code: string; place_key: string; records: number }[]>`
      select r.code, r.place_key, count(*)::int as records
      from warehouse.fact_employment f
      join warehouse.dim_region r on r.region_key = f.residence_region_key
      where r.place_key = '45140'
      group by 1, 2 order by 1`;
    const [source] = await db.sql<{ count: number }[]>`
      select count(*)::int as count from ministry.insurance_records
      where residence_region_code in ('45140', '52140')`;
    expect(iksan.reduce((sum, row) => sum + row.records, 0)).toBe(source?.count);
    const [misfiled] = await db.sql<{ count: number }[]>`
      select count(*)::int as count from warehouse.fact_employment f
      join warehouse.dim_region r on r.region_key = f.residence_region_key
      where f.started_on < coalesce(r.valid_from, '-infinity') or f.started_on > coalesce(r.valid_to, 'infinity')`;
    expect(misfiled?.count).toBe(0);
  });
});
