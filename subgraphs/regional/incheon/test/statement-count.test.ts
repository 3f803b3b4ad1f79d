import { graphql } from '@jobgraph/testkit';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { asStaff, startIncheon, type TestIncheon } from './support.js';

let incheon: TestIncheon;
beforeAll(async () => {
  incheon = await startIncheon();
  // postgres.js asks a new connection for its types once; open the whole pool first.
  await Promise.all(
    Array.from({ length: 30 }, () => graphql(incheon.url, '{ incheonWorkingGroups { id } }')),
  );
});
afterAll(() => incheon?.close());

/** Statements the subgraph sends for one request, as the Ministry's staff with a reason. */
async function statementsFor(operation: string, variables: Record<string, unknown>) {
  const headers = await asStaff();
  const before = incheon.statements.count;
  const response = await graphql(incheon.url, operation, variables, headers);
  expect(response.errors).toBeUndefined();
  return { statements: incheon.statements.count - before, data: response.data };
}

describe('SQL statements per request do not grow with list sizes', () => {
  it('resolves 1 or 4 centers with days, employers, groups, members, fairs and training alike', async () => {
    const operation = /* GraphQL */ `
      query Centers($r: [_Any!]!) {
        _entities(representations: $r) {
          ... on EmploymentCenter {
            id
            jobDemandDays { id available employers { name employer { id } } }
            root: jobDemandDays(industry: ROOT) { id }
            jobCreationWorkingGroups { id members { kind name employer { id } region { code } } }
            jointJobFairs { id hosts { id } industries region { code } }
            polytechnicTrainings { id course }
          }
        }
      }
    `;
    const represent = (ids: string[]) => ({
      r: ids.map((id) => ({ __typename: 'EmploymentCenter', id })),
    });
    const one = await statementsFor(operation, represent(['moel-incheon-bukbu']));
    const four = await statementsFor(
      operation,
      represent(['moel-incheon-bukbu', 'moel-incheon-seobu', 'moel-gumi', 'dc-dongjak']),
    );
    expect(four.statements).toBe(one.statements);
    expect(four.statements).toBeLessThanOrEqual(9);
  });

  it('resolves 3 or 40 people with their registrations alike (one access-log insert)', async () => {
    const people = await incheon.db.execute<{ id: string }>(sql`
      select distinct member_id as id from incheon.demand_day_registrations order by id limit 40`);
    const ids = [...people].map((person) => person.id);
    expect(ids).toHaveLength(40);
    const operation = /* GraphQL */ `
      query People($r: [_Any!]!) {
        _entities(representations: $r) {
          ... on Person {
            id
            jobDemandDayRegistrations { registeredAt person { id } jobDemandDay { title center { id } employers { name } } }
          }
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
});
