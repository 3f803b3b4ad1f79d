import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { refreshPlacements } from '../src/load/placements.js';
import { loadWarehouse, type WarehouseLoadOptions } from '../src/load/warehouse-load.js';
import { personKey } from '../src/pseudonym.js';
import { type WarehouseDatabase, warehouseDatabase } from './support.js';

const SECRET = 'load-test-secret-0123456789abcdef-xyz';
const OPTIONS: WarehouseLoadOptions = {
  personSecret: SECRET,
  batchSize: 5_000,
  placementBatchSize: 3_000,
  asOf: '2026-11-25',
};

let db: WarehouseDatabase;
beforeAll(async () => {
  db = await warehouseDatabase({ sources: 'all' });
});
afterAll(() => db?.close());

/**
 * The whole warehouse by natural keys (surrogate keys depend on load order): facts, placements
 * (named by their participation and employment), report cells and their day counts.
 */
const fingerprint = async () => {
  const [row] = await db.sql<{ facts: string; placements: string; cells: string }[]>`
    select
      (select md5(string_agg(line, '' order by line)) from (
        select (source, source_id, person_key, program_key, agency_key, region_key, age_band_key,
          enrolled_on, ended_on, outcome, source_status)::text as line
        from warehouse.fact_participation
        union all
        select (source, source_id, person_key, service_kind, agency_key, program_key, region_key,
          age_band_key, date_key, source_status)::text from warehouse.fact_service
        union all
        select (source, source_id, person_key, employer_id, industry_key, workplace_region_key,
          residence_region_key, started_on, ended_on)::text from warehouse.fact_employment) f)
        as facts,
      (select md5(string_agg(line, '' order by line)) from (
        select (p.source, p.source_id, e.source_id, f.person_key, f.program_key, f.agency_key,
          f.region_key, f.age_band_key, f.cohort_quarter, f.placed, f.placed_on,
          f.days_to_placement, f.retained_6m, f.retained_12m)::text as line
        from warehouse.fact_placement f
        join warehouse.fact_participation p using (participation_key)
        left join warehouse.fact_employment e using (employment_key)) f) as placements,
      (select md5(string_agg(line, '' order by line)) from (
        select c::text as line from warehouse.report_cells c
        union all select d::text from warehouse.report_cell_days d) f) as cells`;
  return row;
};

const count = async (query: Promise<{ count: number }[]>) => (await query)[0]?.count ?? 0;

describe('the whole load', () => {
  let first: Awaited<ReturnType<typeof fingerprint>>;

  it('loads every agency present: participations, services, employments, then placements', async () => {
    const report = await loadWarehouse(db.sql, OPTIONS);
    const sources = {
      'ministry.case_files': 'select count(*)::int as count from ministry.case_files',
      'fiftyplus.enrollments': 'select count(*)::int as count from fiftyplus.enrollments',
      'fiftyplus.placements': 'select count(*)::int as count from fiftyplus.placements',
      'city.program_applications': 'select count(*)::int as count from city.program_applications',
      'districts.placements': 'select count(*)::int as count from districts.placements',
    };
    for (const [source, query] of Object.entries(sources)) {
      const rows = await count(db.sql.unsafe(query));
      expect(rows, source).toBeGreaterThan(0);
      expect(report.facts.fact_participation?.[source], source).toMatchObject({
        read: rows,
        inserted: rows,
      });
      expect(
        await count(db.sql`
          select count(*)::int as count from warehouse.fact_participation where source = ${source}`),
      ).toBe(rows);
    }
    expect(report.facts.fact_employment?.['ministry.insurance_records']?.inserted).toBe(
      await count(db.sql`select count(*)::int as count from ministry.insurance_records`),
    );
    expect(report.facts.fact_service?.['fiftyplus.career_diagnoses']?.inserted).toBeGreaterThan(0);

    // One placement row per ended participation, and the report cells count exactly them.
    const ended = await count(db.sql`
      select count(*)::int as count from warehouse.fact_participation
      where outcome in ('COMPLETED', 'LEFT') and ended_on is not null`);
    expect(report.placements.placements).toBe(ended);
    expect(await count(db.sql`select count(*)::int as count from warehouse.placement_queue`)).toBe(
      0,
    );
    const [all] = await db.sql<{ participants: number; placed: number }[]>`
      select sum(participants)::int as participants, sum(placed)::int as placed
      from warehouse.report_cells where dimension = 'all'`;
    const [facts] = await db.sql<{ participants: number; placed: number }[]>`
      select count(*)::int as participants, (count(*) filter (where placed))::int as placed
      from warehouse.fact_placement`;
    expect(all).toEqual(facts);
    first = await fingerprint();
  });

  it('reproduces Dongjak: 1,614 placements in the year after it opened (May 2023)', async () => {
    const [dongjak] = await db.sql<{ participations: number; placed: number; same_day: number }[]>`
      select count(*)::int as participations,
        (count(*) filter (where f.placed))::int as placed,
        (count(*) filter (where f.days_to_placement = 0))::int as same_day
      from warehouse.fact_participation p
      join warehouse.dim_agency a using (agency_key)
      join warehouse.fact_placement f using (participation_key)
      where a.unit_id = 'dc-dongjak' and p.enrolled_on between '2023-05-01' and '2024-04-30'`;
    expect(dongjak).toEqual({ participations: 1614, placed: 1614, same_day: 1614 });
  });

  it('changes nothing when run again', async () => {
    const again = await loadWarehouse(db.sql, OPTIONS);
    for (const fact of Object.values(again.facts)) {
      for (const source of Object.values(fact)) {
        expect(source).toMatchObject({ inserted: 0, updated: 0 });
      }
    }
    expect(again.placements.people).toBe(0);
    expect(await fingerprint()).toEqual(first);
  });

  it('yields the same warehouse when killed mid-load and run again', async () => {
    await db.sql`
      truncate warehouse.fact_placement, warehouse.fact_participation, warehouse.fact_service,
        warehouse.fact_employment, warehouse.placement_queue, warehouse.report_cells,
        warehouse.report_cell_days, warehouse.load_watermarks`;
    // The first load of each fact is one transaction: killed, it leaves nothing. Later loads
    // commit batch by batch; one killed half-way leaves whole batches.
    let batches = 0;
    await expect(
      loadWarehouse(db.sql, {
        ...OPTIONS,
        beforeCommit: ({ source }) => {
          if (source === 'ministry.insurance_records' && ++batches === 2) throw new Error('killed');
        },
      }),
    ).rejects.toThrow('killed');
    expect(await count(db.sql`select count(*)::int as count from warehouse.fact_employment`)).toBe(
      0,
    );
    await db.sql`delete from warehouse.fact_participation where source = 'ministry.case_files'`;
    await db.sql`delete from warehouse.load_watermarks where source like '%ministry.case_files'`;
    batches = 0;
    await expect(
      loadWarehouse(db.sql, {
        ...OPTIONS,
        batchSize: 100,
        beforeCommit: ({ source }) => {
          if (source === 'ministry.case_files' && ++batches === 2) throw new Error('killed');
        },
      }),
    ).rejects.toThrow('killed');
    expect(
      await count(db.sql`
        select count(*)::int as count from warehouse.fact_participation
        where source = 'ministry.case_files'`),
    ).toBeGreaterThan(0);
    // Killed in the placement refresh too: the first derives everything in one transaction.
    await expect(
      refreshPlacements(db.sql, {
        asOf: OPTIONS.asOf,
        batchSize: 100,
        beforeCommit: () => {
          throw new Error('killed');
        },
      }),
    ).rejects.toThrow('killed');
    expect(await count(db.sql`select count(*)::int as count from warehouse.fact_placement`)).toBe(
      0,
    );
    await loadWarehouse(db.sql, OPTIONS);
    expect(await fingerprint()).toEqual(first);
  });

  it('takes corrections and late records in, and refreshes only the people they concern', async () => {
    // A new person: a case file closed on 2025-03-31, a job from 2025-04-10 for 200 days.
    const member = 'M0000LATE01';
    const [file] = await db.sql<{ center_id: string; counselor_id: string }[]>`
      select center_id, counselor_id from ministry.case_files order by id limit 1`;
    await db.sql`
      insert into ministry.case_files (id, person_id, center_id, counselor_id, name, birth_date,
        phone, residence_region_code, stage, stage_changed_on, opened_on, closed_on,
        closure_reason)
      values ('CF99001', ${member}, ${file?.center_id ?? ''}, ${file?.counselor_id ?? ''},
        '시험', '1970-02-28', '010-0000-0000', '11590', 'JOB_SEARCH', '2025-03-31', '2025-01-06',
        '2025-03-31', 'COMPLETED')`;
    await db.sql`
      insert into ministry.insurance_records (id, person_id, employer_id, industry_code,
        workplace_region_code, residence_region_code, acquired_on, lost_on)
      select 'IR9990001', ${member}, employer_id, industry_code, workplace_region_code, '11590',
        '2025-04-10', '2025-10-27'
      from ministry.insurance_records order by id limit 1`;
    // A correction: an enrolment completed after the fact.
    const [enrolment] = await db.sql<{ id: string; person_id: string }[]>`
      update fiftyplus.enrollments set status = 'COMPLETED',
        completed_on = greatest(enrolled_on, date '2026-06-30')
      where id = (select id from fiftyplus.enrollments where status = 'ENROLLED' order by id limit 1)
      returning id, person_id`;

    const report = await loadWarehouse(db.sql, OPTIONS);
    expect(report.facts.fact_participation?.['ministry.case_files']).toMatchObject({
      inserted: 1,
      updated: 0,
    });
    expect(report.facts.fact_participation?.['fiftyplus.enrollments']).toMatchObject({
      inserted: 0,
      updated: 1,
    });
    expect(report.placements.people).toBe(2);

    const [late] = await db.sql`
      select f.placed, f.placed_on::text, f.days_to_placement, f.retained_6m, f.retained_12m,
        f.cohort_quarter::text, b.code as age_band
      from warehouse.fact_placement f
      join warehouse.dim_age_band b using (age_band_key)
      where f.person_key = ${personKey(member, SECRET)}`;
    expect(late).toEqual({
      placed: true,
      placed_on: '2025-04-10',
      days_to_placement: 10,
      retained_6m: true, // insured on 2025-10-10
      retained_12m: false, // lost on 2025-10-27
      cohort_quarter: '2025-01-01',
      age_band: '50-54', // 54 on 2025-01-06
    });
    expect(
      await count(db.sql`
        select count(*)::int as count from warehouse.fact_placement
        where person_key = ${personKey(enrolment?.person_id ?? '', SECRET)}`),
    ).toBeGreaterThan(0);

    // The incremental refresh left what a full recomputation gives.
    const incremental = await fingerprint();
    expect(incremental?.placements).not.toBe(first?.placements);
    const full = await refreshPlacements(db.sql, {
      asOf: OPTIONS.asOf,
      batchSize: 5_000,
      full: true,
    });
    expect(full.people).toBeGreaterThan(100);
    expect(await fingerprint()).toEqual(incremental);
  });

  it('computes the median days to placement as percentile_cont over the placements', async () => {
    const rows = await db.sql<{ cohort_quarter: string; cell: number | null; direct: number }[]>`
      select c.cohort_quarter::text, c.median_days_to_placement as cell, d.direct
      from warehouse.report_cells c
      join (select cohort_quarter,
          percentile_cont(0.5) within group (order by days_to_placement) as direct
        from warehouse.fact_placement where placed group by cohort_quarter) d
        using (cohort_quarter)
      where c.dimension = 'all'`;
    expect(rows.length).toBeGreaterThan(4);
    for (const row of rows) expect(row.cell, row.cohort_quarter).toBeCloseTo(row.direct, 9);
  });
});
