import { errorCodes, graphql } from '@jobgraph/testkit';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { asStaff, startFiftyPlus, type TestFiftyPlus } from './support.js';

let subgraph: TestFiftyPlus;
beforeAll(async () => {
  subgraph = await startFiftyPlus();
});
afterAll(() => subgraph?.close());

interface CourseData {
  id: string;
  track: string;
  title: string;
  startsOn: string;
  endsOn: string;
  hours: number;
  capacity: number;
  enrolledCount: number;
  seatsAvailable: number;
  campus: { id: string };
}

const COURSE_FIELDS =
  'id track title startsOn endsOn hours capacity enrolledCount seatsAvailable campus { id }';

describe('campuses', () => {
  it('lists the five campuses with their regions and 24 courses each', async () => {
    const response = await graphql<{
      campuses: Array<{
        id: string;
        name: string;
        nameEn: string;
        region: { code: string };
        courses: CourseData[];
      }>;
    }>(
      subgraph.url,
      `{ campuses { id name nameEn region { code } courses { ${COURSE_FIELDS} } } }`,
    );
    expect(response.errors).toBeUndefined();
    const campuses = response.data?.campuses ?? [];
    expect(campuses.map(({ id, name, nameEn, region }) => ({ id, name, nameEn, region }))).toEqual([
      {
        id: 'campus-west',
        name: '서울시50플러스 서부캠퍼스',
        nameEn: 'Seoul 50Plus West Campus',
        region: { code: '11380' },
      },
      {
        id: 'campus-central',
        name: '서울시50플러스 중부캠퍼스',
        nameEn: 'Seoul 50Plus Central Campus',
        region: { code: '11440' },
      },
      {
        id: 'campus-south',
        name: '서울시50플러스 남부캠퍼스',
        nameEn: 'Seoul 50Plus South Campus',
        region: { code: '11530' },
      },
      {
        id: 'campus-north',
        name: '서울시50플러스 북부캠퍼스',
        nameEn: 'Seoul 50Plus North Campus',
        region: { code: '11350' },
      },
      {
        id: 'campus-east',
        name: '서울시50플러스 동부캠퍼스',
        nameEn: 'Seoul 50Plus East Campus',
        region: { code: '11215' },
      },
    ]);
    for (const campus of campuses) {
      expect(campus.courses).toHaveLength(24);
      const tracks = campus.courses.map((course) => course.track);
      for (const track of ['BASIC', 'EXPLORATION', 'FAST_TRACK', 'REGULAR']) {
        expect(tracks.filter((each) => each === track)).toHaveLength(6);
      }
      const starts = campus.courses.map((course) => course.startsOn);
      expect([...starts].sort()).toEqual(starts);
      for (const course of campus.courses) {
        expect(course.campus.id).toBe(campus.id);
        expect(course.startsOn.startsWith('2026-')).toBe(true);
        expect(course.endsOn >= course.startsOn).toBe(true);
        expect(course.enrolledCount).toBeLessThanOrEqual(course.capacity);
        expect(course.seatsAvailable).toBe(course.capacity - course.enrolledCount);
      }
    }
    const all = campuses.flatMap((campus) => campus.courses);
    expect(all).toHaveLength(120);
    expect(all.reduce((sum, course) => sum + course.capacity, 0)).toBe(3000);
    // Some courses of the year are still ahead of the seeded snapshot, with seats left.
    expect(all.some((course) => course.startsOn > '2026-11-25' && course.seatsAvailable > 0)).toBe(
      true,
    );
  });

  it('finds one campus, and filters its courses by track and start', async () => {
    const response = await graphql<{
      campus: { name: string; courses: CourseData[] } | null;
      unknown: unknown;
    }>(
      subgraph.url,
      `{ campus(id: "campus-south") { name courses(track: BASIC, startsFrom: "2026-09-01") { ${COURSE_FIELDS} } }
         unknown: campus(id: "campus-nowhere") { id } }`,
    );
    expect(response.errors).toBeUndefined();
    expect(response.data?.unknown).toBeNull();
    expect(response.data?.campus?.courses.map((course) => [course.id, course.title])).toEqual([
      ['fp26-south-r5-basic', '중장년 취업 기초교육 5기'],
      ['fp26-south-r6-basic', '중장년 취업 기초교육 6기'],
    ]);
  });
});

const COURSES = /* GraphQL */ `
  query Courses($filter: CourseFilter, $first: Int, $after: String) {
    courses(filter: $filter, first: $first, after: $after) {
      totalCount
      pageInfo { hasNextPage hasPreviousPage endCursor }
      edges { cursor node { id track startsOn openForEnrollment campus { id } program { id } } }
    }
  }
`;

interface CoursePage {
  totalCount: number;
  pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; endCursor: string | null };
  edges: Array<{
    node: {
      id: string;
      track: string;
      startsOn: string;
      openForEnrollment: boolean;
      campus: { id: string };
      program: { id: string };
    };
  }>;
}

async function coursePage(variables: Record<string, unknown>): Promise<CoursePage> {
  const response = await graphql<{ courses: CoursePage }>(subgraph.url, COURSES, variables);
  expect(response.errors).toBeUndefined();
  return response.data?.courses as CoursePage;
}

describe('courses', () => {
  it('pages through all 120 courses, earliest first, each exactly once', async () => {
    const seen: string[] = [];
    let after: string | null = null;
    let previousStart = '';
    for (let pages = 0; pages < 10; pages += 1) {
      const page: CoursePage = await coursePage({ first: 33, after });
      expect(page.totalCount).toBe(120);
      expect(page.pageInfo.hasPreviousPage).toBe(after !== null);
      for (const { node } of page.edges) {
        expect(node.startsOn >= previousStart).toBe(true);
        expect(node.program.id).toBe('seoul50plus-midcareer-academy-2026');
        previousStart = node.startsOn;
        seen.push(node.id);
      }
      if (!page.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor;
    }
    expect(seen).toHaveLength(120);
    expect(new Set(seen).size).toBe(120);
  });

  it('filters by campus, track and start date', async () => {
    const page = await coursePage({
      filter: { campusId: 'campus-north', track: 'REGULAR', startsFrom: '2026-07-01' },
      first: 100,
    });
    expect(page.totalCount).toBe(3);
    expect(page.edges.map((edge) => edge.node.id)).toEqual([
      'fp26-north-r4-regular',
      'fp26-north-r5-regular',
      'fp26-north-r6-regular',
    ]);
    const fastTrack = await coursePage({ filter: { track: 'FAST_TRACK' }, first: 100 });
    expect(fastTrack.totalCount).toBe(30);
    expect(fastTrack.edges.every((edge) => edge.node.track === 'FAST_TRACK')).toBe(true);
  });

  it('counts seats from the enrolments, withdrawn ones excluded', async () => {
    const [row] = await subgraph.db.execute<{ course_id: string; taken: number }>(sql`
      select course_id, count(*) filter (where status <> 'WITHDRAWN')::int as taken
      from fiftyplus.enrollments group by course_id
      having count(*) filter (where status = 'WITHDRAWN') > 0
      order by course_id limit 1`);
    expect(row).toBeDefined();
    const response = await graphql<{ course: { enrolledCount: number } }>(
      subgraph.url,
      'query($id: ID!) { course(id: $id) { enrolledCount } }',
      { id: row?.course_id },
    );
    expect(response.data?.course.enrolledCount).toBe(row?.taken);
  });

  const bad: Array<[string, Record<string, unknown>, string]> = [
    ['an unknown campus', { filter: { campusId: 'campus-moon' } }, 'filter.campusId'],
    ['first of 0', { first: 0 }, 'first'],
    ['first over 100', { first: 101 }, 'first'],
    ['a forged cursor', { after: 'bm90LWEtY3Vyc29y' }, 'after'],
  ];
  for (const [what, variables, field] of bad) {
    it(`refuses ${what} with BAD_USER_INPUT`, async () => {
      const response = await graphql(subgraph.url, COURSES, variables);
      expect(errorCodes(response)).toEqual(['BAD_USER_INPUT']);
      expect(response.errors?.[0]?.message).toContain(field);
    });
  }

  it('refuses an unknown track with BAD_USER_INPUT', async () => {
    const response = await graphql(subgraph.url, COURSES, { filter: { track: 'ADVANCED' } });
    expect(errorCodes(response)).toEqual(['BAD_USER_INPUT']);
  });
});

const JOURNEY = /* GraphQL */ `
  query Journey($representations: [_Any!]!) {
    _entities(representations: $representations) {
      ... on Person {
        id
        courseEnrollments {
          status enrolledOn completedOn withdrawnOn person { id }
          course { id track startsOn endsOn campus { id } }
        }
      }
    }
  }
`;

describe('the story people’s Academy journeys', () => {
  it('김영수 completed a basic course and is enrolled in an upcoming Regular one; 한수진 in an upcoming basic one', async () => {
    const response = await graphql<{
      _entities: Array<{
        id: string;
        courseEnrollments: Array<{
          status: string;
          completedOn: string | null;
          person: { id: string };
          course: { id: string; track: string; startsOn: string; endsOn: string };
        }>;
      }>;
    }>(
      subgraph.url,
      JOURNEY,
      {
        representations: [
          { __typename: 'Person', id: 'M00000001' },
          { __typename: 'Person', id: 'M00000006' },
        ],
      },
      // Two people's records at once: the foundation's staff, for a reason.
      await asStaff(),
    );
    expect(response.errors).toBeUndefined();
    const [youngsoo, sujin] = response.data?._entities ?? [];
    // "Upcoming" as of the day the synthetic records describe.
    const snapshot = '2026-11-25';
    expect(youngsoo?.courseEnrollments).toHaveLength(2);
    const [basic, regular] = youngsoo?.courseEnrollments ?? [];
    expect(basic).toMatchObject({ status: 'COMPLETED', course: { track: 'BASIC' } });
    expect(basic?.completedOn).toBe(basic?.course.endsOn);
    expect(regular).toMatchObject({ status: 'ENROLLED', course: { track: 'REGULAR' } });
    expect((regular?.course.startsOn ?? '') > snapshot).toBe(true);
    expect(regular?.person.id).toBe('M00000001');

    expect(sujin?.courseEnrollments).toHaveLength(1);
    expect(sujin?.courseEnrollments[0]).toMatchObject({
      status: 'ENROLLED',
      course: { track: 'BASIC' },
    });
    expect((sujin?.courseEnrollments[0]?.course.startsOn ?? '') > snapshot).toBe(true);
  });

  it('seeds every enrolment within the rules: ages 40–64 on the first day, seats, basic first', async () => {
    const [check] = await subgraph.db.execute<{
      too_young_or_old: number;
      over_capacity: number;
      advanced_without_basic: number;
    }>(sql`
      select
        (select count(*)::int from fiftyplus.enrollments e
           join fiftyplus.courses c on c.id = e.course_id
           join fiftyplus.talent_profiles p on p.person_id = e.person_id
          where extract(year from age(c.starts_on, p.birth_date)) not between 40 and 64) as too_young_or_old,
        (select count(*)::int from fiftyplus.courses c
          where c.capacity < (select count(*) from fiftyplus.enrollments e
                              where e.course_id = c.id and e.status <> 'WITHDRAWN')) as over_capacity,
        (select count(*)::int from fiftyplus.enrollments e
           join fiftyplus.courses c on c.id = e.course_id
          where c.track <> 'BASIC' and not exists (
            select 1 from fiftyplus.enrollments b join fiftyplus.courses bc on bc.id = b.course_id
             where b.person_id = e.person_id and bc.track = 'BASIC' and b.status = 'COMPLETED'
               and bc.ends_on <= e.enrolled_on)) as advanced_without_basic`);
    expect(check).toEqual({ too_young_or_old: 0, over_capacity: 0, advanced_without_basic: 0 });
  });
});
