import { graphql } from '@jobgraph/testkit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  addReportCells,
  asAnalyst,
  entities,
  RATE_FIELDS,
  represent,
  startAnalytics,
  type TestAnalytics,
} from './support.js';

/** Every sigungu of the code list and 40 programmes, each with cells in two quarters. */
const PROGRAMS = Array.from({ length: 40 }, (_, index) => {
  const [prefix, agency] = (
    [
      ['seoul-', 'city'],
      ['seoul50plus-', 'fiftyplus'],
      ['moel-', 'ministry'],
      ['district-', 'districts'],
    ] as const
  )[index % 4] as readonly [string, string];
  return { agency, id: `${prefix}count-${index}` };
});
let regions: string[] = [];

let analytics: TestAnalytics;
beforeAll(async () => {
  analytics = await startAnalytics('dimensions');
  const { owner } = analytics;
  const sigungu = await owner<{ code: string; place: string }[]>`
    select code, place_key as place from warehouse.dim_region where level = 'sigungu' order by code`;
  regions = sigungu.map((row) => row.code);
  for (const { agency, id } of PROGRAMS) {
    await owner`
      insert into warehouse.dim_program (variant_id, agency_code, program_id, program_label_ko,
        program_label_en, program_kind)
      values (${`${agency}:${id}/-/-/-`}, ${agency}, ${id}, ${id}, ${id}, 'PROGRAM')`;
  }
  for (const quarter of ['2025-01-01', '2025-04-01']) {
    await addReportCells(owner, quarter, [
      ['all', '-', 10_000, 5_000],
      ...[...new Set(sigungu.map((row) => row.place))].map(
        (place) => ['sigungu', place, 50, 25] as const,
      ),
      ...PROGRAMS.map(({ agency, id }) => ['program', `${agency}:${id}`, 50, 25] as const),
    ]);
  }
  // postgres.js asks a new connection for its types once; open the whole pool first.
  const headers = await asAnalyst();
  await Promise.all(
    Array.from({ length: 30 }, () =>
      graphql(
        analytics.url,
        entities('Region', 'placementRates { cohort }'),
        represent('Region', ['11590']),
        headers,
      ),
    ),
  );
});
afterAll(() => analytics?.close());

/** Statements the subgraph sends for one request, as an analyst. */
async function statementsFor(operation: string, variables: Record<string, unknown>) {
  const headers = await asAnalyst();
  const before = analytics.subgraph.statements.count;
  const response = await graphql<{ _entities: Array<Record<string, unknown[] | null>> }>(
    analytics.url,
    operation,
    variables,
    headers,
  );
  expect(response.errors).toBeUndefined();
  return { statements: analytics.subgraph.statements.count - before, data: response.data };
}

describe('SQL statements per request do not grow with the regions or programmes asked for', () => {
  const selection = `
    placementRates { ${RATE_FIELDS} }
    span: placementRates(from: "2025Q2", to: "2025Q4") { cohort rate }
    placementRate(period: "2025Q1") { cohort rate suppressed }`;

  it('resolves 1 or every sigungu alike', async () => {
    expect(regions.length).toBeGreaterThan(30);
    const operation = entities('Region', selection);
    const one = await statementsFor(operation, represent('Region', regions.slice(0, 1)));
    const all = await statementsFor(operation, represent('Region', regions));
    expect(all.data?._entities).toHaveLength(regions.length);
    for (const region of all.data?._entities ?? []) expect(region.placementRates).toHaveLength(2);
    expect(all.statements).toBe(one.statements);
    // One query per distinct set of arguments.
    expect(all.statements).toBeLessThanOrEqual(3);
  });

  it('resolves 1 or 40 programmes alike', async () => {
    const operation = entities('Program', selection);
    const ids = PROGRAMS.map((program) => program.id);
    const one = await statementsFor(operation, represent('Program', ids.slice(0, 1)));
    const forty = await statementsFor(operation, represent('Program', ids));
    for (const program of forty.data?._entities ?? [])
      expect(program.placementRates).toHaveLength(2);
    expect(forty.statements).toBe(one.statements);
    expect(forty.statements).toBeLessThanOrEqual(3);
  });
});
