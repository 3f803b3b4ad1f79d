import { errorCodes, graphql } from '@jobgraph/testkit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startCity, type TestCity } from './support.js';

let city: TestCity;
beforeAll(async () => {
  city = await startCity();
});
afterAll(() => city?.close());

const SEARCH = /* GraphQL */ `
  query Search($filter: JobPostingFilter, $first: Int, $after: String) {
    jobPostings(filter: $filter, first: $first, after: $after) {
      totalCount
      pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
      edges { cursor node { id title registeredOn closesOn employmentType region { code } occupation { code } employer { name } } }
    }
  }
`;

interface SearchData {
  jobPostings: {
    totalCount: number;
    pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; endCursor: string | null };
    edges: Array<{
      cursor: string;
      node: {
        id: string;
        title: string;
        registeredOn: string;
        closesOn: string | null;
        employmentType: string;
        region: { code: string };
        occupation: { code: string };
        employer: { name: string };
      };
    }>;
  };
}

async function search(variables: Record<string, unknown>) {
  const response = await graphql<SearchData>(city.url, SEARCH, variables);
  expect(response.errors).toBeUndefined();
  return response.data?.jobPostings as SearchData['jobPostings'];
}

describe('jobPostings', () => {
  it('has thousands of seeded postings, newest first', async () => {
    const page = await search({ first: 50 });
    expect(page.totalCount).toBeGreaterThanOrEqual(4000);
    const dates = page.edges.map((edge) => edge.node.registeredOn);
    expect([...dates].sort().reverse()).toEqual(dates);
  });

  it('pages through a filter with opaque cursors, every posting exactly once', async () => {
    const filter = { region: '11620' };
    const seen: string[] = [];
    let after: string | null = null;
    let total = 0;
    for (let pages = 0; pages < 50; pages += 1) {
      const page: SearchData['jobPostings'] = await search({ filter, first: 37, after });
      total = page.totalCount;
      seen.push(...page.edges.map((edge) => edge.node.id));
      expect(page.pageInfo.hasPreviousPage).toBe(after !== null);
      if (!page.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor;
      expect(after).not.toMatch(/11620|K1/); // opaque: no raw ids or codes
    }
    expect(total).toBeGreaterThan(37);
    expect(seen).toHaveLength(total);
    expect(new Set(seen).size).toBe(total);
  });

  it('finds Korean keywords in titles and employer names', async () => {
    const care = await search({ filter: { keyword: '요양보호사' }, first: 100 });
    expect(care.totalCount).toBeGreaterThan(0);
    for (const { node } of care.edges) expect(node.title).toContain('요양보호사');

    const byEmployer = await search({ filter: { keyword: '구청' }, first: 100 });
    expect(byEmployer.totalCount).toBeGreaterThan(0);
    for (const { node } of byEmployer.edges) {
      expect(`${node.title} ${node.employer.name}`).toContain('구청');
    }

    const bothWords = await search({ filter: { keyword: '간호사 모집' }, first: 100 });
    for (const { node } of bothWords.edges) {
      expect(node.title).toContain('간호사');
      expect(`${node.title} ${node.employer.name}`).toContain('모집');
    }
  });

  it('treats LIKE wildcards in a keyword literally', async () => {
    const page = await search({ filter: { keyword: '%%' }, first: 5 });
    expect(page.totalCount).toBe(0);
  });

  it('includes every sigungu of a sido, and filters by occupation, type and open date', async () => {
    const seoul = await search({ filter: { region: '11' }, first: 100 });
    const gwanak = await search({ filter: { region: '11620' }, first: 1 });
    expect(seoul.totalCount).toBeGreaterThan(gwanak.totalCount);
    for (const { node } of seoul.edges) expect(node.region.code.startsWith('11')).toBe(true);

    const health = await search({
      filter: { occupation: '3', employmentType: 'PERMANENT' },
      first: 100,
    });
    expect(health.totalCount).toBeGreaterThan(0);
    for (const { node } of health.edges) {
      expect(node.occupation.code).toBe('3');
      expect(node.employmentType).toBe('PERMANENT');
    }

    const day = '2026-10-01';
    const open = await search({ filter: { openOn: day }, first: 100 });
    expect(open.totalCount).toBeGreaterThan(0);
    for (const { node } of open.edges) {
      expect(node.registeredOn <= day).toBe(true);
      expect(node.closesOn === null || node.closesOn >= day).toBe(true);
    }
  });

  it('joins region, employer and the employer’s region', async () => {
    const response = await graphql<{
      region: {
        name: string;
        jobPostings: {
          edges: Array<{ node: { employer: { name: string; region: { code: string } } } }>;
        };
      };
    }>(
      city.url,
      `{ region(code: "11590") { name jobPostings(first: 5) { edges { node { employer { name region { code } } } } } } }`,
    );
    expect(response.data?.region.name).toBe('동작구');
    expect(response.data?.region.jobPostings.edges.length).toBeGreaterThan(0);
    for (const { node } of response.data?.region.jobPostings.edges ?? []) {
      expect(node.employer.region.code).toBe('11590');
    }
  });
});

describe('bad input to jobPostings', () => {
  const cases: Array<[string, Record<string, unknown>, RegExp]> = [
    ['an unknown region code', { filter: { region: '99999' } }, /no region has the code 99999/],
    ['a malformed region code', { filter: { region: 'Seoul' } }, /filter.region must be/],
    ['a malformed cursor', { after: 'not-a-cursor' }, /after is not a cursor/],
    [
      'a forged cursor',
      { after: Buffer.from('{"d":"x"}').toString('base64url') },
      /after is not a cursor/,
    ],
    ['first over 100', { first: 101 }, /first must be between 1 and 100/],
    ['first of 0', { first: 0 }, /first must be between 1 and 100/],
    [
      'a one-letter keyword',
      { filter: { keyword: '간' } },
      /filter.keyword must be between 2 and 100/,
    ],
  ];
  for (const [what, variables, message] of cases) {
    it(`refuses ${what} with BAD_USER_INPUT`, async () => {
      const response = await graphql(city.url, SEARCH, variables);
      expect(errorCodes(response)).toEqual(['BAD_USER_INPUT']);
      expect(response.errors?.[0]?.message).toMatch(message);
      expect(response.data).toBeNull();
    });
  }

  it('refuses a wrongly typed variable with BAD_USER_INPUT', async () => {
    const response = await graphql(city.url, SEARCH, { first: 'ten' });
    expect(errorCodes(response)).toEqual(['BAD_USER_INPUT']);
    expect(response.errors?.[0]?.message).toMatch(/Int cannot represent/);
  });

  it('refuses an invalid date with BAD_USER_INPUT', async () => {
    const response = await graphql(city.url, SEARCH, { filter: { openOn: '2026-02-30' } });
    expect(errorCodes(response)).toEqual(['BAD_USER_INPUT']);
    expect(response.errors?.[0]?.message).toMatch(/calendar date/);
  });
});
