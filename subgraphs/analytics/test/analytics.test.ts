import { asViewer, citizen, errorCodes, graphql } from '@jobgraph/testkit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  addReportCells,
  asAnalyst,
  entities,
  MEASURES,
  query,
  RATE_FIELDS,
  represent,
  startAnalytics,
  type TestAnalytics,
} from './support.js';

interface Rate {
  readonly cohort: string;
  readonly participants: number | null;
  readonly placed: number | null;
  readonly rate: number | null;
  readonly suppressed: boolean;
  readonly suppression: string | null;
}
type Entities<Fields> = { _entities: Array<Fields | null> };

/**
 * Beside the loaded seeds' cohorts (2023 on), one quarter of cells made here, so that every case
 * is there whatever the seeds hold: in Seoul, Jongno's 3 people are suppressed, and Jung-gu's 10
 * with them (Seoul's 33 − 20 − 10 would give Jongno away); Iksan counted under its old code; a
 * programme of each agency, the districts' 3 suppressed and the city's 8 with them.
 */
const QUARTER = '2019-01-01';
const CELLS: ReadonlyArray<readonly [string, string, number, number]> = [
  ['all', '-', 113, 62],
  ['sido', '11', 33, 18],
  ['sido', '45', 40, 22],
  ['sigungu', '11110', 3, 2],
  ['sigungu', '11140', 10, 5],
  ['sigungu', '11170', 20, 11],
  ['sigungu', '45140', 40, 22],
  ['program', 'ministry:moel-job-search-guarantee', 30, 12],
  ['program', 'city:seoul-attractive-jobs-2026', 8, 4],
  ['program', 'districts:district-dongjak-sme-hiring-incentive', 3, 1],
  ['program', 'fiftyplus:seoul50plus-midcareer-academy-2026', 32, 23],
];

let analytics: TestAnalytics;
beforeAll(async () => {
  analytics = await startAnalytics('loaded');
  await addReportCells(analytics.owner, QUARTER, CELLS);
});
afterAll(() => analytics?.close());

/** A region's rows of `reports.placement_by_region` (its latest code), as the API names them. */
const regionRows = async (code: string) => [
  ...(await analytics.owner`
    select ${analytics.owner.unsafe(MEASURES)} from reports.placement_by_region
    where region_code = ${code} order by cohort_quarter`),
];

const regionRates = async (codes: readonly string[], args = '') => {
  const data = await query<Entities<{ placementRates: Rate[] }>>(
    analytics,
    entities('Region', `placementRates${args} { ${RATE_FIELDS} }`),
    represent('Region', codes),
  );
  return data._entities.map((region) => region?.placementRates ?? []);
};

describe('Region.placementRates and placementRate', () => {
  it('are what reports.placement_by_region says, for a sigungu and a sido', async () => {
    const [dongjak, seoul] = await regionRates(['11590', '11']);
    const dongjakRows = await regionRows('11590');
    // The seeds' cohorts are there, not only the quarter made here.
    expect(dongjakRows.length).toBeGreaterThan(4);
    expect(dongjak).toEqual(dongjakRows);
    expect(seoul).toEqual(await regionRows('11'));
    expect(seoul?.[0]).toMatchObject({ cohort: '2019Q1', participants: 33, placed: 18 });

    const [between] = await regionRates(['11590'], '(from: "2024Q2", to: "2025Q1")');
    expect(between?.map((rate) => rate.cohort)).toEqual(['2024Q2', '2024Q3', '2024Q4', '2025Q1']);
    expect(between).toEqual(
      dongjakRows.filter((row) => row.cohort >= '2024Q2' && row.cohort <= '2025Q1'),
    );
    const [later] = await regionRates(['11590'], '(from: "2026Q1")');
    expect(later?.[0]?.cohort).toBe('2026Q1');

    const one = await query<Entities<{ placementRate: Rate | null; none: Rate | null }>>(
      analytics,
      entities(
        'Region',
        `placementRate(period: "2025Q1") { ${RATE_FIELDS} }
         none: placementRate(period: "2015Q1") { cohort }`,
      ),
      represent('Region', ['11590']),
    );
    expect(one._entities[0]?.placementRate).toEqual(
      dongjakRows.find((row) => row.cohort === '2025Q1'),
    );
    expect(one._entities[0]?.none).toBeNull();
  });

  it('take an old code as its place: Iksan 45140 is 52140, Jeonbuk 45 is 52', async () => {
    const [oldIksan, iksan, oldJeonbuk, jeonbuk, unknown] = await regionRates([
      '45140',
      '52140',
      '45',
      '52',
      '99999',
    ]);
    expect(iksan).toEqual(await regionRows('52140'));
    expect(iksan?.[0]).toMatchObject({ cohort: '2019Q1', participants: 40, rate: 0.55 });
    expect(oldIksan).toEqual(iksan);
    expect(jeonbuk?.[0]).toMatchObject({ cohort: '2019Q1', participants: 40 });
    expect(oldJeonbuk).toEqual(jeonbuk);
    expect(unknown).toEqual([]);
  });

  it('withhold suppressed cells: null figures, suppressed, and why', async () => {
    const [jongno, jung, yongsan] = await regionRates(
      ['11110', '11140', '11170'],
      '(to: "2019Q1")',
    );
    const withheld = {
      participants: null,
      placed: null,
      rate: null,
      retention6mRate: null,
      retention12mRate: null,
      medianDaysToPlacement: null,
      suppressed: true,
    };
    expect(jongno).toEqual([
      { ...withheld, cohort: '2019Q1', suppression: 'PRIMARY', provisional: false },
    ]);
    expect(jung).toEqual([
      { ...withheld, cohort: '2019Q1', suppression: 'COMPLEMENTARY', provisional: false },
    ]);
    expect(yongsan?.[0]).toMatchObject({
      participants: 20,
      placed: 11,
      suppressed: false,
      suppression: null,
    });

    // And every cell the views suppress among the seeds' cohorts.
    const suppressed = await analytics.owner<{ region_code: string; cohort: string }[]>`
      select region_code, cohort from reports.placement_by_region where suppressed
      order by region_code, cohort`;
    const rates = await regionRates(suppressed.map((row) => row.region_code));
    suppressed.forEach((row, index) => {
      const rate = rates[index]?.find((candidate) => candidate.cohort === row.cohort);
      expect(rate).toMatchObject({
        ...withheld,
        suppression: expect.stringMatching(/^(PRIMARY|COMPLEMENTARY)$/),
      });
    });
  });
});

describe('Program.placementRates and placementRate', () => {
  it('are what reports.placement_by_program says for every agency’s programme id', async () => {
    const programs = [
      ['fiftyplus', 'seoul50plus-midcareer-academy-2026'],
      ['fiftyplus', 'seoul50plus-experienced-talent-2026'],
      ['ministry', 'moel-job-search-guarantee'],
      ['city', 'seoul-attractive-jobs-2026'],
      ['districts', 'district-dongjak-sme-hiring-incentive'],
    ] as const;
    const data = await query<Entities<{ id: string; placementRates: Rate[] }>>(
      analytics,
      entities('Program', `id placementRates { ${RATE_FIELDS} }`),
      represent('Program', [...programs.map(([, id]) => id), 'job-plus', 'moel-nothing']),
    );
    for (const [index, [agency, id]] of programs.entries()) {
      const rows = await analytics.owner`
        select ${analytics.owner.unsafe(MEASURES)} from reports.placement_by_program
        where agency_code = ${agency} and program_id = ${id} order by cohort_quarter`;
      expect(rows.length, id).toBeGreaterThan(0);
      expect(data._entities[index]?.placementRates, id).toEqual([...rows]);
    }
    const [academy, , guarantee, attractive, dongjak] = data._entities.map(
      (program) => program?.placementRates[0],
    );
    expect(academy).toMatchObject({ cohort: '2019Q1', participants: 32, placed: 23 });
    expect(guarantee).toMatchObject({ cohort: '2019Q1', participants: 30, rate: 0.4 });
    expect(attractive).toMatchObject({ participants: null, suppression: 'COMPLEMENTARY' });
    expect(dongjak).toMatchObject({ participants: null, suppression: 'PRIMARY' });
    // A district center's service is in the reports, but it is no programme of the graph.
    expect(data._entities[5]?.placementRates).toEqual([]);
    expect(data._entities[6]?.placementRates).toEqual([]);

    const one = await query<Entities<{ placementRate: Rate | null }>>(
      analytics,
      entities('Program', `placementRate(period: "2019Q1") { ${RATE_FIELDS} }`),
      represent('Program', ['moel-job-search-guarantee', 'seoul-attractive-jobs-2026']),
    );
    expect(one._entities.map((program) => program?.placementRate)).toEqual([guarantee, attractive]);
  });
});

describe('input and access', () => {
  const ask = async (operation: string, codes: string[], headers?: Record<string, string>) =>
    graphql(analytics.url, operation, represent('Region', codes), headers);

  it('refuses a period that is not a quarter with BAD_USER_INPUT naming the argument', async () => {
    const headers = await asAnalyst();
    for (const period of ['2025-07', '2025Q5', '2025q3', ' 2025Q3', '0000Q1', '']) {
      const response = await ask(
        entities('Region', `placementRate(period: ${JSON.stringify(period)}) { cohort }`),
        ['11590'],
        headers,
      );
      expect(errorCodes(response), period).toEqual(['BAD_USER_INPUT']);
      expect(response.errors?.[0]?.message).toMatch(/period must be a quarter such as 2025Q3/);
      expect(response.errors?.[0]?.extensions?.problems).toEqual([
        { field: 'period', message: expect.any(String) },
      ]);
    }
    const backwards = await ask(
      entities('Region', 'placementRates(from: "2025Q3", to: "2025Q1") { cohort }'),
      ['11590', '11'],
      headers,
    );
    expect(new Set(errorCodes(backwards))).toEqual(new Set(['BAD_USER_INPUT']));
    expect(backwards.errors?.[0]?.message).toMatch(/to must be 2025Q3 or later/);
    const both = await ask(
      entities('Region', 'placementRates(from: "2025", to: "Q1") { cohort }'),
      ['11590'],
      headers,
    );
    expect(both.errors?.[0]?.extensions?.problems).toEqual([
      { field: 'from', message: expect.stringMatching(/quarter/) },
      { field: 'to', message: expect.stringMatching(/quarter/) },
    ]);
  });

  it('answers analysts only: UNAUTHENTICATED signed out, FORBIDDEN without the scope', async () => {
    const operation = entities('Region', 'placementRate(period: "2019Q1") { rate }');
    const anonymous = await ask(operation, ['11']);
    expect(errorCodes(anonymous)).toEqual(['UNAUTHENTICATED']);
    const member = await ask(operation, ['11'], await asViewer(citizen('M00000001')));
    expect(errorCodes(member)).toEqual(['FORBIDDEN']);
    expect(JSON.stringify(member.data)).not.toContain('0.5455');
  });

  it('reads as the analysts’ role: the reports, never the facts, nothing writable', async () => {
    const sql = analytics.subgraph.sql;
    const [who] = await sql<{ user: string }[]>`select current_user as user`;
    expect(who?.user).toBe('warehouse_analyst');
    for (const table of [
      'warehouse.fact_placement',
      'warehouse.fact_participation',
      'warehouse.report_cells',
      'ministry.case_files',
    ]) {
      await expect(sql.unsafe(`select 1 from ${table} limit 1`), table).rejects.toThrow(
        /permission denied/,
      );
    }
    await expect(sql`create table reports.mine (x int)`).rejects.toThrow(
      /read-only transaction|permission denied/,
    );
    const ready = await fetch(new URL('/ready', analytics.url));
    expect(ready.status).toBe(200);
    expect(await ready.json()).toMatchObject({ checks: { reports: 'ok', role: 'ok' } });
  });
});
