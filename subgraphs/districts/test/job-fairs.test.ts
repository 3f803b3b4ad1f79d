import { errorCodes, graphql } from '@jobgraph/testkit';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  asMember,
  koreanDay,
  newMemberId,
  problemFields,
  query,
  startDistricts,
  type TestDistricts,
} from './support.js';

let districts: TestDistricts;
beforeAll(async () => {
  districts = await startDistricts();
});
afterAll(() => districts?.close());

interface Fair {
  id: string;
  title: string;
  titleEn: string;
  kind: string;
  date: string;
  venue: string;
  capacity: number;
  registrationCount: number;
  registrationOpen: boolean;
  visitors: number | null;
  onSiteInterviews: number | null;
  center: { id: string };
  participatingEmployers: Array<{ id: string }>;
}

const FAIRS = /* GraphQL */ `
  query Fairs($centerId: ID, $kind: JobFairKind, $from: Date, $to: Date) {
    jobFairs(centerId: $centerId, kind: $kind, from: $from, to: $to) {
      id title titleEn kind date venue capacity registrationCount registrationOpen
      visitors onSiteInterviews center { id } participatingEmployers { id }
    }
  }
`;

const REGISTER = /* GraphQL */ `
  mutation Register($input: RegisterForJobFairInput!) {
    registerForJobFair(input: $input) {
      ok
      error { code message }
      registration { id registeredAt person { id } jobFair { id registrationCount } }
    }
  }
`;
interface RegisterData {
  registerForJobFair: {
    ok: boolean;
    error: { code: string } | null;
    registration: { id: string; jobFair: { registrationCount: number } } | null;
  };
}

/** Registers the signed-in member `memberId` (a new member unless given) for `jobFairId`. */
async function register(jobFairId: string, memberId = newMemberId()) {
  return graphql<RegisterData>(
    districts.url,
    REGISTER,
    { input: { jobFairId } },
    await asMember(memberId),
  );
}

let fairCounter = 0;
/** A fair of its own for a test, `daysAhead` from today in Korea (negative: past). */
async function freshFair(capacity: number, daysAhead = 10): Promise<string> {
  fairCounter += 1;
  const id = `jf-test-${process.pid}-${fairCounter}`;
  await districts.db.execute(sql`
    insert into districts.job_fairs (id, center_id, kind, title_ko, title_en, held_on, venue, capacity)
    values (${id}, 'dc-guro', 'SPECIAL', '테스트 박람회', 'Test fair', ${koreanDay(daysAhead)}::date,
            '구로구청', ${capacity})`);
  return id;
}

async function registrationsInDatabase(fairId: string): Promise<number> {
  const [row] = await districts.db.execute<{ count: number }>(sql`
    select count(*)::int as count from districts.job_fair_registrations where job_fair_id = ${fairId}`);
  return row?.count ?? 0;
}

describe('Dongjak’s job fairs of 2026', () => {
  it('holds four quarterly fairs, counted from the records', async () => {
    const { jobFairs } = await query<{ jobFairs: Fair[] }>(districts, FAIRS, {
      centerId: 'dc-dongjak',
      kind: 'QUARTERLY',
      from: '2026-01-01',
      to: '2026-12-31',
    });
    expect(jobFairs.map((fair) => fair.date)).toEqual([
      '2026-03-19',
      '2026-06-18',
      '2026-09-17',
      '2026-12-10',
    ]);
    const counts = await query<{
      districtEmploymentCenter: { quarterly: number; all: number; nextYear: number };
    }>(
      districts,
      `{ districtEmploymentCenter(id: "dc-dongjak") {
          quarterly: jobFairCount(year: 2026, kind: QUARTERLY)
          all: jobFairCount(year: 2026)
          nextYear: jobFairCount(year: 2027, kind: QUARTERLY) } }`,
    );
    expect(counts.districtEmploymentCenter).toEqual({ quarterly: 4, all: 5, nextYear: 0 });
    const badYear = await graphql(
      districts.url,
      '{ districtEmploymentCenter(id: "dc-dongjak") { jobFairCount(year: 26) } }',
    );
    expect(problemFields(badYear)).toEqual(['year']);
  });

  it('counts a fair added to the records', async () => {
    await districts.db.execute(sql`
      insert into districts.job_fairs (id, center_id, kind, title_ko, title_en, held_on, venue, capacity)
      values ('jf-test-gwanak-2026', 'dc-gwanak', 'QUARTERLY', '관악구 박람회', 'Gwanak fair',
              '2026-05-14', '관악구청', 100)`);
    const counts = await query<{ districtEmploymentCenter: { jobFairCount: number } }>(
      districts,
      '{ districtEmploymentCenter(id: "dc-gwanak") { jobFairCount(year: 2026, kind: QUARTERLY) } }',
    );
    expect(counts.districtEmploymentCenter.jobFairCount).toBe(1);
  });

  it('records 440 visitors and 163 on-site interviews at the part-time fair on the 20th', async () => {
    const { jobFairs } = await query<{ jobFairs: Fair[] }>(districts, FAIRS, {
      centerId: 'dc-dongjak',
      kind: 'PART_TIME',
    });
    expect(jobFairs).toHaveLength(1);
    expect(jobFairs[0]).toMatchObject({
      id: 'jf-dongjak-2026-parttime-1020',
      date: '2026-10-20',
      visitors: 440,
      onSiteInterviews: 163,
      center: { id: 'dc-dongjak' },
      registrationOpen: false,
    });
    expect(jobFairs[0]?.participatingEmployers.length).toBeGreaterThan(0);
  });

  it('keeps the December fair’s outcome unrecorded and counts its registrations', async () => {
    const { jobFair } = await query<{ jobFair: Fair }>(
      districts,
      `{ jobFair(id: "jf-dongjak-2026-q4") {
          id title date capacity registrationCount registrationOpen visitors onSiteInterviews
          participatingEmployers { id } } }`,
    );
    expect(jobFair).toMatchObject({
      title: '2026 동작구 4분기 일자리박람회',
      date: '2026-12-10',
      capacity: 400,
      visitors: null,
      onSiteInterviews: null,
      registrationOpen: jobFair.date >= koreanDay(0),
    });
    expect(jobFair.registrationCount).toBe(await registrationsInDatabase('jf-dongjak-2026-q4'));
    expect(jobFair.registrationCount).toBeGreaterThan(0);
    expect(jobFair.participatingEmployers.every((employer) => /^E\d{5}$/.test(employer.id))).toBe(
      true,
    );
  });

  it('lists fairs from the center too, and refuses a backwards period or an unknown center', async () => {
    const data = await query<{
      districtEmploymentCenter: { jobFairs: Array<{ id: string }> };
    }>(
      districts,
      '{ districtEmploymentCenter(id: "dc-dongjak") { jobFairs(from: "2026-06-01", to: "2026-10-31") { id } } }',
    );
    expect(data.districtEmploymentCenter.jobFairs.map((fair) => fair.id)).toEqual([
      'jf-dongjak-2026-q2',
      'jf-dongjak-2026-q3',
      'jf-dongjak-2026-parttime-1020',
    ]);
    const bad = await graphql(districts.url, FAIRS, {
      centerId: 'dc-nowhere',
      from: '2026-12-01',
      to: '2026-01-01',
    });
    expect(errorCodes(bad)).toEqual(['BAD_USER_INPUT']);
    expect(problemFields(bad)).toEqual(['centerId', 'to']);
    const unknown = await query<{ jobFair: unknown }>(
      districts,
      '{ jobFair(id: "jf-none") { id } }',
    );
    expect(unknown.jobFair).toBeNull();
  });
});

describe('registerForJobFair', () => {
  it('never takes more registrations than the fair has places, under concurrent requests', async () => {
    const fairId = await freshFair(5);
    const attempts = 30;
    const results = await Promise.all(Array.from({ length: attempts }, () => register(fairId)));
    const codes = results.map((result) => result.data?.registerForJobFair.error?.code ?? 'OK');
    expect(codes.filter((code) => code === 'OK')).toHaveLength(5);
    expect(codes.filter((code) => code === 'FAIR_FULL')).toHaveLength(attempts - 5);
    expect(await registrationsInDatabase(fairId)).toBe(5);
  });

  it('registers a person once per fair, even when they click many times at once', async () => {
    const fairId = await freshFair(50);
    const memberId = newMemberId();
    const results = await Promise.all(Array.from({ length: 10 }, () => register(fairId, memberId)));
    const codes = results.map((result) => result.data?.registerForJobFair.error?.code ?? 'OK');
    expect(codes.filter((code) => code === 'OK')).toHaveLength(1);
    expect(codes.filter((code) => code === 'ALREADY_REGISTERED')).toHaveLength(9);
    expect(await registrationsInDatabase(fairId)).toBe(1);
  });

  it('registers the member for a fair today and shows them the registration', async () => {
    const fairId = await freshFair(10, 0);
    const memberId = newMemberId();
    const result = await register(fairId, memberId);
    expect(result.data?.registerForJobFair).toMatchObject({
      ok: true,
      error: null,
      registration: { jobFair: { registrationCount: 1 } },
    });
    const person = await query<{
      _entities: Array<{
        jobFairRegistrations: Array<{ jobFair: { id: string }; person: { id: string } }>;
      }>;
    }>(
      districts,
      `query($representations: [_Any!]!) { _entities(representations: $representations) {
          ... on Person { jobFairRegistrations { jobFair { id } person { id } } } } }`,
      { representations: [{ __typename: 'Person', id: memberId }] },
      await asMember(memberId),
    );
    expect(person._entities[0]?.jobFairRegistrations).toEqual([
      { jobFair: { id: fairId }, person: { id: memberId } },
    ]);
  });

  it('refuses a fair that has taken place (the part-time fair of 20 October)', async () => {
    const result = await register('jf-dongjak-2026-parttime-1020');
    expect(result.data?.registerForJobFair).toMatchObject({
      ok: false,
      registration: null,
      error: { code: 'FAIR_PASSED' },
    });
    const yesterday = await freshFair(10, -1);
    const late = await register(yesterday);
    expect(late.data?.registerForJobFair.error?.code).toBe('FAIR_PASSED');
    expect(await registrationsInDatabase(yesterday)).toBe(0);
  });

  it('reports bad input as BAD_USER_INPUT naming the field, and stores nothing', async () => {
    const memberId = newMemberId();
    const bad = await register('No Such Fair!', memberId);
    expect(errorCodes(bad)).toEqual(['BAD_USER_INPUT']);
    expect(problemFields(bad)).toEqual(['input.jobFairId']);
    const unknown = await register('jf-no-such-fair', memberId);
    expect(problemFields(unknown)).toEqual(['input.jobFairId']);
    const [stored] = await districts.db.execute<{ count: number }>(sql`
      select count(*)::int as count from districts.job_fair_registrations where member_id = ${memberId}`);
    expect(stored?.count).toBe(0);
  });
});
