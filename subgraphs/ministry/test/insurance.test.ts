import { orNull, readCsv, syntheticData } from '@jobgraph/data';
import { errorCodes, graphql } from '@jobgraph/testkit';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  gwanakCounselor,
  koreanToday,
  problemFields,
  query,
  startMinistry,
  type TestMinistry,
} from './support.js';

let ministry: TestMinistry;
beforeAll(async () => {
  ministry = await startMinistry();
});
afterAll(() => ministry?.close());

const STARTS =
  'query($region: ID!, $from: Date!, $to: Date!) { employmentStarts(region: $region, from: $from, to: $to) }';

async function starts(region: string, from: string, to: string): Promise<number> {
  return (await query<{ employmentStarts: number }>(ministry, STARTS, { region, from, to }))
    .employmentStarts;
}

/** The same count straight from the table, for residence codes matching a LIKE pattern. */
async function countInTable(patterns: string[], from: string, to: string): Promise<number> {
  const conditions = sql.join(
    patterns.map((pattern) => sql`residence_region_code like ${pattern}`),
    sql` or `,
  );
  const [row] = await ministry.db.execute<{ n: number }>(sql`
    select count(distinct person_id)::int as n from ministry.insurance_records
    where (${conditions}) and acquired_on between ${from} and ${to}`);
  return row?.n ?? -1;
}

describe('employmentStarts', () => {
  it('counts 9,782 people of Dongjak-gu who started work in the Dongjak center’s first year', async () => {
    expect(await starts('11590', '2023-05-01', '2024-04-30')).toBe(9782);
  });

  it('counts a person who started twice in the period once', async () => {
    const [row] = await ministry.db.execute<{ person_id: string; first: string; last: string }>(sql`
      select person_id, min(acquired_on)::text as first, max(acquired_on)::text as last
      from ministry.insurance_records where residence_region_code = '11620'
      group by person_id having count(*) > 1 limit 1`);
    expect(row).toBeDefined();
    const both = await starts('11620', row?.first as string, row?.last as string);
    expect(both).toBe(await countInTable(['11620'], row?.first as string, row?.last as string));
  });

  it('counts Iksan under its old code (45140, until 2024-01-17) and its new one (52140)', async () => {
    const from = '2023-01-01';
    const to = '2026-12-31';
    const newCodeOnly = await countInTable(['52140'], from, to);
    const both = await countInTable(['45140', '52140'], from, to);
    expect(both).toBeGreaterThan(newCodeOnly);
    expect(await starts('52140', from, to)).toBe(both);
    expect(await starts('45140', from, to)).toBe(both);
    // The sido was renumbered with it: Jeonbuk is 45 before and 52 after.
    const jeonbuk = await countInTable(['45%', '52%'], from, to);
    expect(await starts('52', from, to)).toBe(jeonbuk);
    expect(await starts('45', from, to)).toBe(jeonbuk);
  });

  it('counts a sido with all its sigungu', async () => {
    const from = '2025-01-01';
    const to = '2025-12-31';
    const seoul = await starts('11', from, to);
    expect(seoul).toBe(await countInTable(['11%'], from, to));
    expect(seoul).toBeGreaterThan(await starts('11590', from, to));
  });

  it('refuses a malformed or unknown region and a backwards period, all at once', async () => {
    const malformed = await graphql(ministry.url, STARTS, {
      region: 'Seoul',
      from: '2025-02-01',
      to: '2025-01-01',
    });
    expect(errorCodes(malformed)).toEqual(['BAD_USER_INPUT']);
    expect(problemFields(malformed)).toEqual(['region', 'to']);
    const unknown = await graphql(ministry.url, STARTS, {
      region: '99999',
      from: '2025-01-01',
      to: '2025-01-31',
    });
    expect(problemFields(unknown)).toEqual(['region']);
    const notADate = await graphql(ministry.url, STARTS, {
      region: '11',
      from: '2025-02-30',
      to: '2025-03-01',
    });
    expect(errorCodes(notADate)).toEqual(['BAD_USER_INPUT']);
  });
});

interface RecordData {
  id: string;
  person: { id: string };
  employer: { id: string };
  industry: { code: string; name: string; nameEn: string };
  workplaceRegion: { code: string };
  residenceRegion: { code: string };
  acquiredOn: string;
  lostOn: string | null;
  employedDays: number;
}

const RECORD_FIELDS =
  'id person { id } employer { id } industry { code name nameEn } workplaceRegion { code } residenceRegion { code } acquiredOn lostOn employedDays';

type InsuranceCsv = Record<
  | 'id'
  | 'person_id'
  | 'employer_id'
  | 'industry_code'
  | 'workplace_region_code'
  | 'residence_region_code'
  | 'acquired_on'
  | 'lost_on',
  string
>;

const dayNumber = (day: string) => Date.parse(`${day}T00:00:00Z`) / 86_400_000;

describe('EmploymentInsuranceRecord', () => {
  it('is served as the source file has it, with days insured to the loss or to today', async () => {
    const rows = await readCsv<InsuranceCsv>(syntheticData('ministry'), 'insurance-records.csv');
    const ended = rows.find((row) => row.lost_on !== '') as InsuranceCsv;
    const ongoing = rows.find((row) => row.lost_on === '') as InsuranceCsv;
    for (const row of [ended, ongoing]) {
      const data = await query<{ employmentInsuranceRecord: RecordData }>(
        ministry,
        `query($id: ID!) { employmentInsuranceRecord(id: $id) { ${RECORD_FIELDS} } }`,
        { id: row.id },
        gwanakCounselor,
      );
      const lostOn = orNull(row.lost_on);
      expect(data.employmentInsuranceRecord).toMatchObject({
        id: row.id,
        person: { id: row.person_id },
        employer: { id: row.employer_id },
        industry: { code: row.industry_code },
        workplaceRegion: { code: row.workplace_region_code },
        residenceRegion: { code: row.residence_region_code },
        acquiredOn: row.acquired_on,
        lostOn,
        employedDays:
          lostOn === null
            ? dayNumber(koreanToday()) - dayNumber(row.acquired_on) + 1
            : dayNumber(lostOn) - dayNumber(row.acquired_on),
      });
    }
  });

  it('names its KSIC section', async () => {
    const data = await query<{ employmentInsuranceRecord: RecordData }>(
      ministry,
      `{ employmentInsuranceRecord(id: "IR0000001") { ${RECORD_FIELDS} } }`,
      undefined,
      gwanakCounselor,
    );
    expect(data.employmentInsuranceRecord.industry).toEqual({
      code: 'G',
      name: '도매 및 소매업',
      nameEn: 'Wholesale and retail trade',
    });
  });

  it("lists a person's records, oldest first, and resolves references", async () => {
    const rows = (
      await readCsv<InsuranceCsv>(syntheticData('ministry'), 'insurance-records.csv')
    ).filter((row) => row.person_id === 'M00000002');
    expect(rows.length).toBeGreaterThan(0);
    const data = await query<{
      _entities: Array<{ id?: string; employmentInsuranceRecords?: Array<{ id: string }> }>;
    }>(
      ministry,
      `query($r: [_Any!]!) { _entities(representations: $r) {
        ... on Person { id employmentInsuranceRecords { id } }
        ... on EmploymentInsuranceRecord { id }
      } }`,
      {
        r: [
          { __typename: 'Person', id: 'M00000002' },
          { __typename: 'EmploymentInsuranceRecord', id: rows[0]?.id },
          { __typename: 'Person', id: 'M99999999' },
        ],
      },
      gwanakCounselor,
    );
    const sorted = [...rows].sort((a, b) =>
      a.acquired_on === b.acquired_on
        ? a.id.localeCompare(b.id)
        : a.acquired_on.localeCompare(b.acquired_on),
    );
    expect(data._entities).toEqual([
      { id: 'M00000002', employmentInsuranceRecords: sorted.map((row) => ({ id: row.id })) },
      { id: rows[0]?.id },
      { id: 'M99999999', employmentInsuranceRecords: [] },
    ]);
  });
});

describe('DistrictEmploymentCenter first-year figures', () => {
  const FIGURES = /* GraphQL */ `
    query Figures($representations: [_Any!]!) {
      _entities(representations: $representations) {
        ... on DistrictEmploymentCenter { id firstYearEmploymentStarts firstYearShareOfLocalEmployment }
      }
    }
  `;

  interface Figures {
    id: string;
    firstYearEmploymentStarts: number;
    firstYearShareOfLocalEmployment: number;
  }

  it('puts Dongjak’s 1,614 first-year placements at 16.5% of the 9,782 starts in Dongjak-gu', async () => {
    const data = await query<{ _entities: Figures[] }>(ministry, FIGURES, {
      representations: [
        {
          __typename: 'DistrictEmploymentCenter',
          id: 'dc-dongjak',
          region: { code: '11590' },
          openedOn: '2023-05-01',
          firstYearPlacements: 1614,
        },
      ],
    });
    const [dongjak] = data._entities;
    expect(dongjak?.firstYearEmploymentStarts).toBe(9782);
    expect(dongjak?.firstYearShareOfLocalEmployment).toBeCloseTo(1614 / 9782, 10);
    expect(Math.round((dongjak?.firstYearShareOfLocalEmployment ?? 0) * 1000) / 10).toBe(16.5);
  });

  it('counts a first year across a renumbering, for several centers in one request', async () => {
    const data = await query<{ _entities: Figures[] }>(ministry, FIGURES, {
      representations: [
        {
          __typename: 'DistrictEmploymentCenter',
          id: 'dc-iksan',
          region: { code: '52140' },
          openedOn: '2023-09-01',
          firstYearPlacements: 10,
        },
        {
          __typename: 'DistrictEmploymentCenter',
          id: 'dc-gwanak',
          region: { code: '11620' },
          openedOn: '2024-03-01',
          firstYearPlacements: 0,
        },
      ],
    });
    const [iksan, gwanak] = data._entities;
    const iksanStarts = await countInTable(['45140', '52140'], '2023-09-01', '2024-08-31');
    expect(iksanStarts).toBeGreaterThan(await countInTable(['52140'], '2023-09-01', '2024-08-31'));
    expect(iksan?.firstYearEmploymentStarts).toBe(iksanStarts);
    expect(iksan?.firstYearShareOfLocalEmployment).toBeCloseTo(10 / iksanStarts, 10);
    expect(gwanak?.firstYearEmploymentStarts).toBe(
      await countInTable(['11620'], '2024-03-01', '2025-02-28'),
    );
    expect(gwanak?.firstYearShareOfLocalEmployment).toBe(0);
  });

  it('refuses a representation without the fields the figures require', async () => {
    const response = await graphql(ministry.url, FIGURES, {
      representations: [{ __typename: 'DistrictEmploymentCenter', id: 'dc-dongjak' }],
    });
    expect(errorCodes(response)).toContain('BAD_USER_INPUT');
  });
});
