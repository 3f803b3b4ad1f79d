import { errorCodes, graphql } from '@jobgraph/testkit';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  asMember,
  koreanDay,
  newMemberId,
  registerTalent,
  setReadiness,
  startFiftyPlus,
  type TestFiftyPlus,
} from './support.js';

let subgraph: TestFiftyPlus;
beforeAll(async () => {
  subgraph = await startFiftyPlus();
});
afterAll(() => subgraph?.close());

const RECOMMENDED = /* GraphQL */ `
  query Recommended($representations: [_Any!]!, $first: Int, $asOf: Date) {
    _entities(representations: $representations) {
      ... on Person {
        talentProfile {
          recommendedJobs(first: $first, asOf: $asOf) {
            posting { id } score reasons { factor points detail }
          }
        }
      }
    }
  }
`;

interface Recommendation {
  posting: { id: string };
  score: number;
  reasons: Array<{ factor: string; points: number; detail: string }>;
}

/** The member's recommendations, as the member sees them. */
async function recommended(memberId: string, variables: Record<string, unknown> = {}) {
  const response = await graphql<{
    _entities: Array<{ talentProfile: { recommendedJobs: Recommendation[] } }>;
  }>(
    subgraph.url,
    RECOMMENDED,
    { representations: [{ __typename: 'Person', id: memberId }], ...variables },
    await asMember(memberId),
  );
  expect(response.errors).toBeUndefined();
  return response.data?._entities[0]?.talentProfile.recommendedJobs ?? [];
}

/** Postings of a day long before the feed's snapshot, so that only they are open then. */
async function insertPostings() {
  await subgraph.db.execute(sql`
    insert into fiftyplus.job_postings
      (id, occupation_code, region_code, employment_type, wage_type, wage_min, career_kind,
       career_min_years, work_hours_per_week, registered_on, closes_on)
    values
      ('KTEST-OFFICE', '0', '11590', 'PERMANENT', 'MONTHLY', 3000000, 'ANY', null, 40, '2019-12-10', null),
      ('KTEST-SALES', '6', '11620', 'FIXED_TERM', 'ANNUAL', 27000000, 'EXPERIENCED', 3, 40, '2019-12-20', null),
      ('KTEST-PLANT', '8', '28237', 'DISPATCHED', 'HOURLY', 12000, 'ANY', null, 40, '2019-12-15', '2020-02-01'),
      ('KTEST-CLOSED', '0', '11590', 'PERMANENT', 'MONTHLY', 3000000, 'ANY', null, 40, '2019-12-01', '2019-12-31'),
      ('KTEST-LATER', '0', '11590', 'PERMANENT', 'MONTHLY', 3000000, 'ANY', null, 40, '2020-01-02', null)`);
}

describe('recommendedJobs', () => {
  it('ranks the postings open on the day, with every reason, through GraphQL', async () => {
    await insertPostings();
    const memberId = newMemberId();
    await registerTalent(subgraph, memberId);
    await setReadiness(subgraph, memberId, 'MEDIUM');
    const ranked = await recommended(memberId, { asOf: '2020-01-01' });
    expect(ranked.map((item) => [item.posting.id, item.score])).toEqual([
      ['KTEST-OFFICE', 90],
      ['KTEST-SALES', 55],
      ['KTEST-PLANT', 10.08],
    ]);
    expect(ranked[1]?.reasons).toEqual([
      {
        factor: 'OCCUPATION',
        points: 25,
        detail: '5 years of career in 영업·판매·운전·운송직 (occupation group 6)',
      },
      { factor: 'REGION', points: 20, detail: 'In a desired region (11620)' },
      {
        factor: 'WAGE',
        points: -10,
        detail:
          'Pays 27,000,000 KRW a year, about 2,250,000 KRW a month, below the desired 2,500,000',
      },
      { factor: 'HOURS', points: 10, detail: '40 hours a week, within the desired 40' },
      { factor: 'EMPLOYMENT_TYPE', points: 10, detail: 'FIXED_TERM is a desired employment type' },
    ]);

    const top = await recommended(memberId, { asOf: '2020-01-01', first: 1 });
    expect(top.map((item) => item.posting.id)).toEqual(['KTEST-OFFICE']);
  });

  it('moves postings up and down as the readiness changes', async () => {
    const memberId = newMemberId();
    await registerTalent(subgraph, memberId);
    await setReadiness(subgraph, memberId, 'LOW');
    const low = await recommended(memberId, { asOf: '2020-01-01' });
    // Low readiness: +10 for postings asking no experience, -10 for the one asking 3 years.
    expect(low.map((item) => [item.posting.id, item.score])).toEqual([
      ['KTEST-OFFICE', 100],
      ['KTEST-SALES', 45],
      ['KTEST-PLANT', 20.08],
    ]);
  });

  it('recommends open postings of today by default, best first, for a seeded member', async () => {
    const ranked = await recommended('M00000001');
    expect(ranked).toHaveLength(10);
    const scores = ranked.map((item) => item.score);
    expect([...scores].sort((a, b) => b - a)).toEqual(scores);
    for (const item of ranked) {
      const sum = item.reasons.reduce((total, reason) => total + reason.points, 0);
      expect(item.score).toBeCloseTo(sum, 6);
    }
    const ids = ranked.map((item) => item.posting.id);
    const today = koreanDay();
    const [open] = await subgraph.db.execute<{ open: number }>(sql`
      select count(*)::int as open from fiftyplus.job_postings
      where id in ${ids} and registered_on <= ${today}
        and (closes_on is null or closes_on >= ${today})`);
    expect(open?.open).toBe(10);
  });

  it('gives the same ranking on every call', async () => {
    const first = await recommended('M00000006', { asOf: '2026-11-25', first: 20 });
    const second = await recommended('M00000006', { asOf: '2026-11-25', first: 20 });
    expect(second).toEqual(first);
    // 한수진 wants part-time work in Guro: the top postings are part-time.
    expect(first[0]?.reasons.map((reason) => reason.factor)).toContain('EMPLOYMENT_TYPE');
    expect(first[0]?.reasons.find((reason) => reason.factor === 'EMPLOYMENT_TYPE')?.points).toBe(
      10,
    );
  });

  it('refuses first outside 1–50 with BAD_USER_INPUT', async () => {
    for (const first of [0, 51]) {
      const response = await graphql(
        subgraph.url,
        RECOMMENDED,
        { representations: [{ __typename: 'Person', id: 'M00000001' }], first },
        await asMember('M00000001'),
      );
      expect(errorCodes(response)).toEqual(['BAD_USER_INPUT']);
      expect(response.errors?.[0]?.message).toContain('first must be between 1 and 50');
    }
  });
});
