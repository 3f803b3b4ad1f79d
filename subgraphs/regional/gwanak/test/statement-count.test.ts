import { graphql } from '@jobgraph/testkit';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { asStaff, startGwanak, type TestGwanak } from './support.js';

let gwanak: TestGwanak;
beforeAll(async () => {
  gwanak = await startGwanak();
  // postgres.js asks a new connection for its types once; open the whole pool first.
  await Promise.all(
    Array.from({ length: 30 }, () => graphql(gwanak.url, '{ gwanakPartnerEmployers { id } }')),
  );
});
afterAll(() => gwanak?.close());

/** Statements the subgraph sends for one request, as the Ministry's staff with a reason. */
async function statementsFor(operation: string, variables: Record<string, unknown>) {
  const headers = await asStaff();
  const before = gwanak.statements.count;
  const response = await graphql(gwanak.url, operation, variables, headers);
  expect(response.errors).toBeUndefined();
  return { statements: gwanak.statements.count - before, data: response.data };
}

describe('SQL statements per request do not grow with list sizes', () => {
  it('resolves 1 or 4 centers, with partners, openings and their partners, alike', async () => {
    const operation = /* GraphQL */ `
      query Centers($r: [_Any!]!) {
        _entities(representations: $r) {
          ... on EmploymentCenter {
            id
            partnerEmployers { id name region { code } openings(includeClosed: true) { id sector partner { name } } }
            it: partnerEmployers(sector: IT) { id }
            partnerOpenings(includeClosed: true) { id available sector partner { id openings { id } } }
          }
        }
      }
    `;
    const represent = (ids: string[]) => ({
      r: ids.map((id) => ({ __typename: 'EmploymentCenter', id })),
    });
    const one = await statementsFor(operation, represent(['moel-seoul-gwanak']));
    const four = await statementsFor(
      operation,
      represent(['moel-seoul-gwanak', 'moel-gumi', 'moel-incheon-bukbu', 'dc-dongjak']),
    );
    const gwanakCenter = (four.data as { _entities: Array<{ partnerOpenings: unknown[] }> })
      ._entities[0];
    expect(gwanakCenter?.partnerOpenings).toHaveLength(30);
    expect(four.statements).toBe(one.statements);
    expect(four.statements).toBeLessThanOrEqual(6);
  });

  it('resolves 3 or 40 people with their applications alike (one access-log insert)', async () => {
    const people = await gwanak.db.execute<{ id: string }>(sql`
      select distinct member_id as id from gwanak.opening_applications order by id limit 40`);
    const ids = [...people].map((person) => person.id);
    expect(ids).toHaveLength(40);
    const operation = /* GraphQL */ `
      query People($r: [_Any!]!) {
        _entities(representations: $r) {
          ... on Person {
            id
            gwanakOpeningApplications { status appliedAt person { id } opening { title sector partner { name region { code } } } }
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

  it('lists 1 or 6 regions’ partners alike', async () => {
    const operation = /* GraphQL */ `
      query Regions($r: [_Any!]!) {
        _entities(representations: $r) {
          ... on Region { code gwanakPartnerEmployers { id openings { id partner { id } } } }
        }
      }
    `;
    const represent = (codes: string[]) => ({
      r: codes.map((code) => ({ __typename: 'Region', code })),
    });
    const one = await statementsFor(operation, represent(['11530']));
    const six = await statementsFor(
      operation,
      represent(['11530', '11545', '11620', '11590', '11', '47190']),
    );
    expect(six.statements).toBe(one.statements);
  });
});
