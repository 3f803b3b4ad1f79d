import { graphql } from '@jobgraph/testkit';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ACADEMY_ID, asStaff, startFiftyPlus, TALENT_ID, type TestFiftyPlus } from './support.js';

let subgraph: TestFiftyPlus;
beforeAll(async () => {
  subgraph = await startFiftyPlus();
});
afterAll(() => subgraph?.close());

/** Statements the subgraph sends for one request (the counter sees every statement). */
async function statementsFor(
  query: string,
  variables: Record<string, unknown> = {},
  headers?: Record<string, string>,
) {
  const before = subgraph.statements.count;
  const response = await graphql(subgraph.url, query, variables, headers);
  expect(response.errors).toBeUndefined();
  return { statements: subgraph.statements.count - before, data: response.data };
}

const COURSE_FIELDS =
  'id title enrolledCount seatsAvailable openForEnrollment campus { name region { code } } program { name }';

describe('SQL statements per request do not grow with list sizes', () => {
  it('is the same for five campuses with all their courses as for one', async () => {
    const one = await statementsFor(
      `{ campus(id: "campus-west") { name courses { ${COURSE_FIELDS} } } }`,
    );
    const all = await statementsFor(`{ campuses { name courses { ${COURSE_FIELDS} } } }`);
    const campuses = (all.data as { campuses: Array<{ courses: unknown[] }> }).campuses;
    expect(campuses.flatMap((campus) => campus.courses)).toHaveLength(120);
    expect(all.statements).toBe(one.statements);
    // the courses, their seat counts; campuses and programmes are in memory
    expect(all.statements).toBe(2);
  });

  it('is the same for a 100-course page as for a 5-course page', async () => {
    const query = `query($first: Int!) { courses(first: $first) { totalCount edges { node { ${COURSE_FIELDS} } } } }`;
    const small = await statementsFor(query, { first: 5 });
    const large = await statementsFor(query, { first: 100 });
    expect(large.statements).toBe(small.statements);
    // the page, its count, the seat counts
    expect(large.statements).toBe(3);
  });

  it('is the same for 25 people’s profiles, recommendations, enrolments and placements as for 2', async () => {
    const rows = await subgraph.db.execute<{ person_id: string }>(sql`
      select distinct e.person_id from fiftyplus.enrollments e
      join fiftyplus.placements p on p.person_id = e.person_id
      order by e.person_id limit 25`);
    const ids = rows.map((row) => row.person_id);
    expect(ids).toHaveLength(25);
    const query = /* GraphQL */ `
      query People($representations: [_Any!]!) {
        _entities(representations: $representations) {
          ... on Person {
            id
            talentProfile {
              name readiness campus { name }
              careerHistory { occupation { name } years }
              desiredConditions { regions { code } employmentTypes }
              diagnoses { readinessScore profile { name } }
              enrollments { status course { title enrolledCount campus { name } } }
              recommendedJobs(first: 5, asOf: "2026-11-25") { posting { id } score reasons { factor } }
            }
            courseEnrollments { course { track } person { id } }
            experiencedTalentPlacements {
              supportType employer { id } insuranceRecord { id } program { name }
              followUps { status }
            }
          }
        }
      }
    `;
    const representations = (people: string[]) =>
      people.map((id) => ({ __typename: 'Person', id }));
    // Many people's records at once: the foundation's staff, whose reads are recorded.
    const staff = await asStaff();
    const logged = async () =>
      (
        await subgraph.db.execute<{ count: number }>(
          sql`select count(*)::int as count from fiftyplus.access_log`,
        )
      )[0]?.count ?? 0;
    // The day's open postings are read once and reused across requests for a few minutes.
    const first = await statementsFor(
      query,
      { representations: representations(ids.slice(0, 1)) },
      staff,
    );
    const few = await statementsFor(
      query,
      { representations: representations(ids.slice(0, 2)) },
      staff,
    );
    const before = await logged();
    const many = await statementsFor(query, { representations: representations(ids) }, staff);
    expect(first.statements).toBe(few.statements + 1);
    expect(many.statements).toBe(few.statements);
    // profiles, careers, diagnoses, enrolments, their courses, seat counts, placements,
    // follow-ups, and the one insert into the access log
    expect(many.statements).toBe(9);
    // Each person's talent profile, name, enrolments and placements, written by that one insert.
    expect((await logged()) - before).toBe(25 * 4);
  });

  it('resolves many region and programme references in one batch each', async () => {
    const query = /* GraphQL */ `
      query Entities($representations: [_Any!]!) {
        _entities(representations: $representations) {
          ... on Region {
            code
            fiftyPlusPrograms { id }
            fiftyPlusCampuses { name courses(track: BASIC) { enrolledCount } }
          }
          ... on FiftyPlusProgram {
            id name
            academy { courseCount seatCount enrolledCount campuses { name } }
            experiencedTalent { placementCount supportTypes { placementCount } }
          }
        }
      }
    `;
    const regions = (
      await subgraph.db.execute<{ code: string }>(sql`
      select code from fiftyplus.regions where code like '11%' order by code`)
    ).map((row) => ({
      __typename: 'Region',
      code: row.code,
    }));
    expect(regions.length).toBeGreaterThanOrEqual(26);
    const programs = [ACADEMY_ID, TALENT_ID].map((id) => ({ __typename: 'FiftyPlusProgram', id }));
    const few = await statementsFor(query, {
      representations: [regions[0], regions[4], ...programs],
    });
    const many = await statementsFor(query, { representations: [...regions, ...programs] });
    expect(many.statements).toBe(few.statements);
  });
});
