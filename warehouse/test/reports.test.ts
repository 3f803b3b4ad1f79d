import { connect } from '@jobgraph/db';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { analystUrl, setAnalystPassword } from '../src/analyst.js';
import { runCli } from '../src/cli/run.js';
import { loadDimensions } from '../src/load/dimensions.js';
import { type WarehouseDatabase, warehouseDatabase } from './support.js';

let db: WarehouseDatabase;

/**
 * Report cells as a load would leave them, for one quarter: Seoul (11) with three sigungu of 3,
 * 10 and 20 people, Incheon (28) with 40 in one sigungu (Yeonsu-gu), and everyone (73). Jongno's 3 must be
 * suppressed, and then Jung-gu's 10 as well, or Seoul's 33 − 20 − 10 would give Jongno away.
 */
const CELLS: Array<[dimension: string, member: string, participants: number, placed: number]> = [
  ['all', '-', 73, 40],
  ['sido', '11', 33, 18],
  ['sido', '28', 40, 22],
  ['sigungu', '11110', 3, 2],
  ['sigungu', '11140', 10, 5],
  ['sigungu', '11170', 20, 11],
  ['sigungu', '28185', 40, 22],
];

beforeAll(async () => {
  db = await warehouseDatabase();
  await loadDimensions(db.sql);
  for (const [dimension, member, participants, placed] of CELLS) {
    await db.sql`
      insert into warehouse.report_cells (dimension, member, cohort_quarter, participants, placed,
        retention_6m_known, retained_6m, retention_12m_known, retained_12m,
        median_days_to_placement)
      values (${dimension}, ${member}, '2025-04-01', ${participants}, ${placed}, ${placed},
        ${Math.floor(placed / 2)}, 0, 0, 41.5)`;
  }
});
afterAll(() => db?.close());

describe('reports.placement_by_region', () => {
  it('suppresses cells under 5 people, and the smallest sibling that would give one away', async () => {
    const rows = await db.sql`
      select level, region_code, sido_code, participants, placed, placement_rate::float8 as rate,
        median_days_to_placement::float8 as median, suppressed, suppression
      from reports.placement_by_region where cohort = '2025Q2' order by level, region_code`;
    expect(rows).toEqual([
      {
        level: 'sido',
        region_code: '11',
        sido_code: '11',
        participants: 33,
        placed: 18,
        rate: 0.5455,
        median: 41.5,
        suppressed: false,
        suppression: null,
      },
      {
        level: 'sido',
        region_code: '28',
        sido_code: '28',
        participants: 40,
        placed: 22,
        rate: 0.55,
        median: 41.5,
        suppressed: false,
        suppression: null,
      },
      {
        level: 'sigungu',
        region_code: '11110',
        sido_code: '11',
        participants: null,
        placed: null,
        rate: null,
        median: null,
        suppressed: true,
        suppression: 'primary',
      },
      {
        level: 'sigungu',
        region_code: '11140',
        sido_code: '11',
        participants: null,
        placed: null,
        rate: null,
        median: null,
        suppressed: true,
        suppression: 'complementary',
      },
      {
        level: 'sigungu',
        region_code: '11170',
        sido_code: '11',
        participants: 20,
        placed: 11,
        rate: 0.55,
        median: 41.5,
        suppressed: false,
        suppression: null,
      },
      {
        level: 'sigungu',
        region_code: '28185',
        sido_code: '28',
        participants: 40,
        placed: 22,
        rate: 0.55,
        median: 41.5,
        suppressed: false,
        suppression: null,
      },
    ]);
  });

  it('compares each region with all regions in percentage points', async () => {
    const rows = await db.sql`
      select region_code, placement_rate::float8 as rate,
        all_region_placement_rate::float8 as all_rate,
        placement_rate_difference_pp::float8 as difference
      from reports.regional_comparison
      where cohort = '2025Q2' and level = 'sido' order by region_code`;
    expect(rows).toEqual([
      { region_code: '11', rate: 0.5455, all_rate: 0.5479, difference: -0.2 },
      { region_code: '28', rate: 0.55, all_rate: 0.5479, difference: 0.2 },
    ]);
  });
});

describe('the analysts', () => {
  it('read the reports with their own role, and neither the facts nor anything writable', async () => {
    const password = 'analyst-test-password';
    await setAnalystPassword(db.sql, password);
    const analyst = connect({
      url: analystUrl(db.database.url, password),
      poolSize: 1,
      statementTimeoutMs: 10_000,
      applicationName: 'analyst-test',
    });
    try {
      const [row] = await analyst<{ rows: number }[]>`
        select count(*)::int as rows from reports.placement_by_region`;
      expect(row?.rows).toBe(6);
      await expect(analyst`select 1 from warehouse.report_cells`).rejects.toThrow(
        /permission denied/,
      );
      await expect(analyst`select 1 from warehouse.fact_participation`).rejects.toThrow(
        /permission denied/,
      );
      await expect(analyst`create table reports.mine (x int)`).rejects.toThrow(
        /read-only transaction|permission denied/,
      );
    } finally {
      await analyst.end({ timeout: 5 });
    }
  });
});

describe('jobgraph-warehouse report', () => {
  const run = async (argv: string[]) => {
    let out = '';
    let err = '';
    const code = await runCli(argv, {
      write: (text) => {
        out += text;
      },
      writeError: (text) => {
        err += text;
      },
      env: { DATABASE_URL: db.database.url },
    });
    return { code, out, err };
  };

  it('prints a report as a table, CSV or JSON, suppressed cells empty', async () => {
    const table = await run(['report', 'placement-rate', '--by', 'sigungu', '--from', '2025-04']);
    expect(table.code).toBe(0);
    expect(table.out).toMatch(/^cohort\s+region_code\s+region_en/);
    expect(table.out).toMatch(/2025Q2\s+11110\s+Jongno-gu\s+종로구\s+–\s+–/);
    expect(table.out).toMatch(/\(4 rows;/);

    const csv = await run(['report', 'placement-rate', '--format=csv']);
    expect(csv.code).toBe(0);
    expect(csv.out.split('\r\n').slice(0, 3)).toEqual([
      'cohort,region_code,region_en,region_ko,participants,placed,placement_rate,retention_6m_rate,retention_12m_rate,median_days_to_placement,suppression,provisional',
      '2025Q2,11,Seoul,서울특별시,33,18,0.5455,0.5,,41.5,,false',
      '2025Q2,28,Incheon,인천광역시,40,22,0.55,0.5,,41.5,,false',
    ]);

    const json = await run([
      'report',
      'regional-comparison',
      '--by',
      'sigungu',
      '--format',
      'json',
    ]);
    expect(json.code).toBe(0);
    const rows = JSON.parse(json.out) as Array<Record<string, unknown>>;
    expect(rows.find((row) => row.region_code === '11140')).toMatchObject({
      participants: null,
      placement_rate: null,
      all_region_placement_rate: 0.5479,
      suppression: 'complementary',
    });

    // Cohorts before --from are left out.
    const later = await run(['report', 'placement-rate', '--from', '2025-07', '--format', 'json']);
    expect(JSON.parse(later.out)).toEqual([]);
  });

  it('exits 2 with a clear message on a bad report request', async () => {
    expect(await run(['report', 'nothing'])).toMatchObject({
      code: 2,
      err: /unknown report "nothing"/,
    });
    expect(await run(['report', 'placement-rate', '--by', 'planet'])).toMatchObject({
      code: 2,
      err: /cannot be grouped by "planet"; --by region\|sigungu/,
    });
    expect(await run(['report', 'placement-rate', '--from', '2025-13'])).toMatchObject({
      code: 2,
      err: /--from: expected a month as YYYY-MM/,
    });
    expect(
      await run(['report', 'placement-rate', '--from', '2025-06', '--to', '2025-01']),
    ).toMatchObject({
      code: 2,
      err: /after --to/,
    });
    expect(await run(['report', 'placement-rate', '--format', 'xml'])).toMatchObject({
      code: 2,
      err: /--format: one of table, csv, json/,
    });
    expect(await run(['report', 'placement-rate', '--by'])).toMatchObject({
      code: 2,
      err: /--by needs a value/,
    });
  });
});
