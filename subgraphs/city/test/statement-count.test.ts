import { graphql } from '@jobgraph/testkit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startCity, type TestCity } from './support.js';

let city: TestCity;
beforeAll(async () => {
  city = await startCity();
});
afterAll(() => city?.close());

/** Statements the subgraph sends for one request (the counter sees every statement). */
async function statementsFor(query: string, variables: Record<string, unknown>) {
  const before = city.statements.count;
  const response = await graphql(city.url, query, variables);
  expect(response.errors).toBeUndefined();
  return { statements: city.statements.count - before, data: response.data };
}

const PAGE_WITH_JOINS = /* GraphQL */ `
  query Page($first: Int!) {
    jobPostings(first: $first) {
      totalCount
      edges {
        node {
          title
          occupation { name }
          region { name parent { name } }
          employer { name industry { name } region { name parent { name } } }
        }
      }
    }
  }
`;

describe('SQL statements per request do not grow with list sizes', () => {
  it('is the same for a 100-posting page as for a 10-posting page, employers and regions included', async () => {
    const small = await statementsFor(PAGE_WITH_JOINS, { first: 10 });
    const large = await statementsFor(PAGE_WITH_JOINS, { first: 100 });
    const edges = (large.data as { jobPostings: { edges: unknown[] } }).jobPostings.edges;
    expect(edges).toHaveLength(100);
    expect(large.statements).toBe(small.statements);
    // the page, its count, the employers; code lists (regions, KECO, KSIC) are in memory
    expect(large.statements).toBe(3);
  });

  it('is the same for nested connections over 2 regions as over 25 regions', async () => {
    const query = /* GraphQL */ `
      query Districts($parent: ID!, $first: Int!) {
        regions(parentCode: $parent) {
          code
          jobPostings(first: $first) { totalCount edges { node { title employer { name } } } }
        }
      }
    `;
    const incheon = await statementsFor(query, { parent: '28', first: 5 });
    const seoul = await statementsFor(query, { parent: '11', first: 5 });
    const regions = (seoul.data as { regions: unknown[] }).regions;
    expect(regions).toHaveLength(25);
    expect(seoul.statements).toBe(incheon.statements);
  });

  it('resolves many entity references in one batch', async () => {
    const ids = (
      (
        await graphql<{ jobPostings: { edges: Array<{ node: { id: string } }> } }>(
          city.url,
          '{ jobPostings(first: 60) { edges { node { id } } } }',
        )
      ).data?.jobPostings.edges ?? []
    ).map((edge) => edge.node.id);
    const query = /* GraphQL */ `
      query Entities($representations: [_Any!]!) {
        _entities(representations: $representations) {
          ... on JobPosting { title employer { name } region { name } }
        }
      }
    `;
    const few = await statementsFor(query, {
      representations: ids.slice(0, 3).map((id) => ({ __typename: 'JobPosting', id })),
    });
    const many = await statementsFor(query, {
      representations: ids.map((id) => ({ __typename: 'JobPosting', id })),
    });
    expect(many.statements).toBe(few.statements);
  });
});
