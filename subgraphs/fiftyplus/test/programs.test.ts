import { graphql } from '@jobgraph/testkit';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  ACADEMY_ID,
  freshCourse,
  startFiftyPlus,
  TALENT_ID,
  type TestFiftyPlus,
} from './support.js';

let subgraph: TestFiftyPlus;
beforeAll(async () => {
  subgraph = await startFiftyPlus();
});
afterAll(() => subgraph?.close());

const PROGRAMS = /* GraphQL */ `
  query Programs($year: Int) {
    fiftyPlusPrograms(year: $year) {
      id name nameEn agency kind year
      eligibility { minAge maxAge seoulResidentsOnly }
      academy {
        plannedCourses plannedTrainees courseCount seatCount enrolledCount
        campusCount campuses { id } plannedSites plannedSitesBy
        regionalJobFairsPerYear largeJobFairMonth
        survey {
          year month respondents population ageFrom ageTo
          findings { kind share people }
        }
      }
      experiencedTalent {
        plannedPeople previousYear previousYearPeople placementCount
        supportTypes { type name nameEn placementCount }
      }
    }
  }
`;

interface ProgramData {
  id: string;
  academy: {
    courseCount: number;
    seatCount: number;
    enrolledCount: number;
  } | null;
  experiencedTalent: {
    placementCount: number;
    supportTypes: Array<{ type: string; placementCount: number }>;
  } | null;
}

async function programs(year?: number) {
  const response = await graphql<{ fiftyPlusPrograms: ProgramData[] }>(
    subgraph.url,
    PROGRAMS,
    year === undefined ? {} : { year },
  );
  expect(response.errors).toBeUndefined();
  return response.data?.fiftyPlusPrograms ?? [];
}

describe('the Mid-career Job Academy 2026', () => {
  it('carries the published plan as data and reproduces it from the records', async () => {
    const academy = (await programs()).find((program) => program.id === ACADEMY_ID);
    expect(academy).toMatchObject({
      name: '중장년취업사관학교',
      nameEn: 'Mid-career Job Academy',
      agency: 'SEOUL_50PLUS_FOUNDATION',
      kind: 'MIDCAREER_JOB_ACADEMY',
      year: 2026,
      eligibility: { minAge: 40, maxAge: 64, seoulResidentsOnly: true },
      academy: {
        plannedCourses: 120,
        plannedTrainees: 3000,
        // counted from the 120 course records and summed from their capacities
        courseCount: 120,
        seatCount: 3000,
        campusCount: 5,
        campuses: [
          { id: 'campus-west' },
          { id: 'campus-central' },
          { id: 'campus-south' },
          { id: 'campus-north' },
          { id: 'campus-east' },
        ],
        plannedSites: 16,
        plannedSitesBy: 2028,
        regionalJobFairsPerYear: 5,
        largeJobFairMonth: 7,
        survey: {
          year: 2025,
          month: 9,
          respondents: 10_000,
          population: 3_500_000,
          ageFrom: 40,
          ageTo: 64,
          findings: [
            { kind: 'PLANS_JOB_CHANGE_WITHIN_FIVE_YEARS', share: 0.537, people: 1_870_000 },
            { kind: 'PLANS_JOB_CHANGE_IF_CHANCE_COMES', share: 0.826, people: 2_890_000 },
          ],
        },
      },
      experiencedTalent: null,
    });
  });

  it('counts seats taken from the enrolments', async () => {
    const before = (await programs()).find((program) => program.id === ACADEMY_ID)?.academy;
    const [row] = await subgraph.db.execute<{ taken: number }>(sql`
      select count(*)::int as taken from fiftyplus.enrollments e
      join fiftyplus.courses c on c.id = e.course_id
      where c.program_id = ${ACADEMY_ID} and e.status <> 'WITHDRAWN'`);
    expect(before?.enrolledCount).toBe(row?.taken);
    expect(before?.enrolledCount).toBeGreaterThan(1000);
  });

  it('derives the course count and seats from the records, not from the plan', async () => {
    await freshCourse(subgraph, { capacity: 7 });
    const after = (await programs()).find((program) => program.id === ACADEMY_ID)?.academy;
    expect(after).toMatchObject({ courseCount: 121, seatCount: 3007 });
    await subgraph.db.execute(sql`delete from fiftyplus.courses where id like 'test-%'`);
  });
});

describe('Mid-career Experienced Talent 2026', () => {
  it('carries the plan as data and counts this year’s placements from the records', async () => {
    const talent = (await programs(2026)).find((program) => program.id === TALENT_ID);
    expect(talent).toMatchObject({
      name: '중장년 경력인재',
      nameEn: 'Mid-career Experienced Talent support',
      agency: 'SEOUL_50PLUS_FOUNDATION',
      kind: 'EXPERIENCED_TALENT_SUPPORT',
      academy: null,
      experiencedTalent: {
        plannedPeople: 2000,
        previousYear: 2025,
        previousYearPeople: 450,
        supportTypes: [
          { type: 'HIRING', name: '채용형', nameEn: 'Hiring' },
          { type: 'JOB_EXPERIENCE', name: '직무체험형', nameEn: 'Job experience' },
        ],
      },
    });
    const rows = await subgraph.db.execute<{ support_type: string; count: number }>(sql`
      select support_type, count(*)::int as count from fiftyplus.placements
      where started_on between '2026-01-01' and '2026-12-31' group by support_type`);
    const counted = Object.fromEntries(rows.map((row) => [row.support_type, row.count]));
    const support = talent?.experiencedTalent;
    expect(support?.placementCount).toBe(1151);
    expect(
      Object.fromEntries(
        support?.supportTypes.map((type) => [type.type, type.placementCount]) ?? [],
      ),
    ).toEqual(counted);
  });

  it('lists programmes by year', async () => {
    expect((await programs(2026)).map((program) => program.id).sort()).toEqual(
      [ACADEMY_ID, TALENT_ID].sort(),
    );
    expect(await programs(2025)).toEqual([]);
  });
});

const ENTITIES = /* GraphQL */ `
  query Entities($representations: [_Any!]!) {
    _entities(representations: $representations) {
      ... on FiftyPlusProgram { id name nameEn agency }
      ... on Region { code fiftyPlusPrograms { id } fiftyPlusCampuses { id name region { code } } }
    }
  }
`;

describe('entity references', () => {
  it('resolves programmes by id, and null for an unknown one', async () => {
    const response = await graphql<{ _entities: Array<{ id: string; name: string } | null> }>(
      subgraph.url,
      ENTITIES,
      {
        representations: [
          { __typename: 'FiftyPlusProgram', id: TALENT_ID },
          { __typename: 'FiftyPlusProgram', id: 'seoul50plus-nothing' },
        ],
      },
    );
    expect(response.errors).toBeUndefined();
    expect(response.data?._entities).toEqual([
      {
        id: TALENT_ID,
        name: '중장년 경력인재',
        nameEn: 'Mid-career Experienced Talent support',
        agency: 'SEOUL_50PLUS_FOUNDATION',
      },
      null,
    ]);
  });

  it('gives every Seoul region the Seoul programmes, and each region its campuses', async () => {
    const response = await graphql<{
      _entities: Array<{
        code: string;
        fiftyPlusPrograms: Array<{ id: string }>;
        fiftyPlusCampuses: Array<{ id: string; name: string; region: { code: string } }>;
      }>;
    }>(subgraph.url, ENTITIES, {
      representations: ['11', '11530', '11590', '28', '28237'].map((code) => ({
        __typename: 'Region',
        code,
      })),
    });
    expect(response.errors).toBeUndefined();
    const [seoul, guro, dongjak, incheon, bupyeong] = response.data?._entities ?? [];
    const seoulPrograms = [ACADEMY_ID, TALENT_ID].sort();
    expect(seoul?.fiftyPlusPrograms.map((program) => program.id).sort()).toEqual(seoulPrograms);
    expect(guro?.fiftyPlusPrograms.map((program) => program.id).sort()).toEqual(seoulPrograms);
    expect(dongjak?.fiftyPlusPrograms.map((program) => program.id).sort()).toEqual(seoulPrograms);
    expect(incheon?.fiftyPlusPrograms).toEqual([]);
    expect(bupyeong?.fiftyPlusPrograms).toEqual([]);

    expect(seoul?.fiftyPlusCampuses.map((campus) => campus.region.code)).toEqual([
      '11380',
      '11440',
      '11530',
      '11350',
      '11215',
    ]);
    expect(guro?.fiftyPlusCampuses).toEqual([
      { id: 'campus-south', name: '서울시50플러스 남부캠퍼스', region: { code: '11530' } },
    ]);
    expect(dongjak?.fiftyPlusCampuses).toEqual([]);
    expect(incheon?.fiftyPlusCampuses).toEqual([]);
  });
});
