import { graphql } from '@jobgraph/testkit';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { asStaff, startGumi, type TestGumi } from './support.js';

let gumi: TestGumi;
beforeAll(async () => {
  gumi = await startGumi();
  // postgres.js asks a new connection for its types once; open the whole pool first.
  await Promise.all(
    Array.from({ length: 30 }, () => graphql(gumi.url, '{ gumiTargetEmployers { id } }')),
  );
});
afterAll(() => gumi?.close());

/** Statements the subgraph sends for one request, as Gumi's staff with a reason. */
async function statementsFor(operation: string, variables: Record<string, unknown> = {}) {
  const headers = await asStaff();
  const before = gumi.statements.count;
  const response = await graphql(gumi.url, operation, variables, headers);
  expect(response.errors).toBeUndefined();
  return { statements: gumi.statements.count - before, data: response.data };
}

describe('SQL statements per request do not grow with list sizes', () => {
  it('resolves 1 or 4 centers with employers, measures and sessions alike', async () => {
    const operation = /* GraphQL */ `
      query Centers($r: [_Any!]!) {
        _entities(representations: $r) {
          ... on EmploymentCenter {
            id
            targetEmployers { id name }
            hrImprovementMeasures { code maxAmountKrw }
            careerDesignSessions { id available center { id } }
            open: careerDesignSessions(onlyAvailable: true) { id }
          }
        }
      }
    `;
    const represent = (ids: string[]) => ({
      r: ids.map((id) => ({ __typename: 'EmploymentCenter', id })),
    });
    const one = await statementsFor(operation, represent(['moel-gumi']));
    const four = await statementsFor(
      operation,
      represent(['moel-gumi', 'moel-seoul-gwanak', 'moel-incheon-bukbu', 'dc-dongjak']),
    );
    expect(four.statements).toBe(one.statements);
    expect(four.statements).toBeLessThanOrEqual(4);
  });

  it('resolves 3 or 40 people with their bookings alike (one access-log insert)', async () => {
    const people = await gumi.db.execute<{ id: string }>(sql`
      select distinct member_id as id from gumi.career_bookings order by id limit 40`);
    const ids = [...people].map((person) => person.id);
    expect(ids).toHaveLength(40);
    const operation = /* GraphQL */ `
      query People($r: [_Any!]!) {
        _entities(representations: $r) {
          ... on Person { id careerDesignBookings { status person { id } session { title minimumAge center { id } } } }
        }
      }
    `;
    const represent = (list: string[]) => ({
      r: list.map((id) => ({ __typename: 'Person', id })),
    });
    const few = await statementsFor(operation, represent(ids.slice(0, 3)));
    const many = await statementsFor(operation, represent(ids));
    expect(many.statements).toBe(few.statements);
  });

  it('lists 3 or 18 applications with their employers and measures alike', async () => {
    const listing = /* GraphQL */ `
      { hrImprovementApplications { id amountKrw employer { name industry } measure { name maxAmountKrw } } }
    `;
    const three = await statementsFor(listing);
    expect(
      (three.data as { hrImprovementApplications: unknown[] }).hrImprovementApplications,
    ).toHaveLength(3);
    const employers = ['E00196', 'E00236', 'E00394', 'E00477', 'E00636'];
    // Measures none of these employers has an open application for in the seed.
    const measures = ['RETIREMENT_AGE_EXTENSION', 'MIDCAREER_HIRING', 'WORKING_HOURS_REDESIGN'];
    for (const employerId of employers) {
      for (const measureCode of measures) {
        const filed = await graphql<{ submitHrImprovementApplication: { ok: boolean } }>(
          gumi.url,
          `mutation($input: SubmitHrImprovementApplicationInput!) {
             submitHrImprovementApplication(input: $input) { ok } }`,
          {
            input: {
              employerId,
              measureCode,
              workersCovered: 2,
              plan: '중장년 근로자 고용 유지를 위한 인사제도 개선',
            },
          },
          await asStaff(),
        );
        expect(filed.data?.submitHrImprovementApplication.ok).toBe(true);
      }
    }
    const eighteen = await statementsFor(listing);
    expect(
      (eighteen.data as { hrImprovementApplications: unknown[] }).hrImprovementApplications,
    ).toHaveLength(18);
    expect(eighteen.statements).toBe(three.statements);
  });
});
