import { errorCodes, graphql } from '@jobgraph/testkit';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  asMember,
  freshDay,
  newMemberId,
  problemFields,
  query,
  registrationsInDatabase,
  startIncheon,
  type TestIncheon,
} from './support.js';

let incheon: TestIncheon;
beforeAll(async () => {
  incheon = await startIncheon();
});
afterAll(() => incheon?.close());

const REGISTER = /* GraphQL */ `
  mutation Register($input: RegisterForJobDemandDayInput!) {
    registerForJobDemandDay(input: $input) {
      ok
      error { code message }
      registration { id person { id } jobDemandDay { id registrationCount available } }
    }
  }
`;
interface RegisterData {
  registerForJobDemandDay: {
    ok: boolean;
    error: { code: string } | null;
    registration: {
      person: { id: string };
      jobDemandDay: { id: string; registrationCount: number; available: number };
    } | null;
  };
}

async function register(jobDemandDayId: string, memberId = newMemberId()) {
  return graphql<RegisterData>(
    incheon.url,
    REGISTER,
    { input: { jobDemandDayId } },
    await asMember(memberId),
  );
}

describe('registerForJobDemandDay', () => {
  it('registers the member for a day today and shows them the registration', async () => {
    const dayId = await freshDay(incheon, 10, 0);
    const memberId = newMemberId();
    const result = await register(dayId, memberId);
    expect(result.data?.registerForJobDemandDay).toMatchObject({
      ok: true,
      error: null,
      registration: {
        person: { id: memberId },
        jobDemandDay: { id: dayId, registrationCount: 1, available: 9 },
      },
    });
    const mine = await query<{
      _entities: Array<{ jobDemandDayRegistrations: Array<{ jobDemandDay: { id: string } }> }>;
    }>(
      incheon,
      `query($r: [_Any!]!) { _entities(representations: $r) {
          ... on Person { jobDemandDayRegistrations { jobDemandDay { id } } } } }`,
      { r: [{ __typename: 'Person', id: memberId }] },
      await asMember(memberId),
    );
    expect(mine._entities[0]?.jobDemandDayRegistrations).toEqual([{ jobDemandDay: { id: dayId } }]);
  });

  it('never takes more registrations than places, under concurrent requests', async () => {
    const dayId = await freshDay(incheon, 5);
    const attempts = 30;
    const results = await Promise.all(Array.from({ length: attempts }, () => register(dayId)));
    const codes = results.map((result) => result.data?.registerForJobDemandDay.error?.code ?? 'OK');
    expect(codes.filter((code) => code === 'OK')).toHaveLength(5);
    expect(codes.filter((code) => code === 'DAY_FULL')).toHaveLength(attempts - 5);
    expect(await registrationsInDatabase(incheon, dayId)).toEqual({ rows: 5, counted: 5 });
  });

  it('registers a person once per day, even when they click many times at once', async () => {
    const dayId = await freshDay(incheon, 50);
    const memberId = newMemberId();
    const results = await Promise.all(Array.from({ length: 10 }, () => register(dayId, memberId)));
    const codes = results.map((result) => result.data?.registerForJobDemandDay.error?.code ?? 'OK');
    expect(codes.filter((code) => code === 'OK')).toHaveLength(1);
    expect(codes.filter((code) => code === 'ALREADY_REGISTERED')).toHaveLength(9);
    expect(await registrationsInDatabase(incheon, dayId)).toEqual({ rows: 1, counted: 1 });
  });

  it('refuses a day that has taken place, storing nothing', async () => {
    const past = await register('jdd-bukbu-2026-03-11');
    expect(past.data?.registerForJobDemandDay).toMatchObject({
      ok: false,
      registration: null,
      error: { code: 'DAY_PASSED' },
    });
    const yesterday = await freshDay(incheon, 10, -1);
    expect((await register(yesterday)).data?.registerForJobDemandDay.error?.code).toBe(
      'DAY_PASSED',
    );
    expect(await registrationsInDatabase(incheon, yesterday)).toEqual({ rows: 0, counted: 0 });
  });

  it('reports bad input as BAD_USER_INPUT naming the field, and stores nothing', async () => {
    const memberId = newMemberId();
    const bad = await register('Not A Day!', memberId);
    expect(errorCodes(bad)).toEqual(['BAD_USER_INPUT']);
    expect(problemFields(bad)).toEqual(['input.jobDemandDayId']);
    const unknown = await register('jdd-no-such-day', memberId);
    expect(problemFields(unknown)).toEqual(['input.jobDemandDayId']);
    const [stored] = await incheon.db.execute<{ count: number }>(sql`
      select count(*)::int as count from incheon.demand_day_registrations where member_id = ${memberId}`);
    expect(stored?.count).toBe(0);
  });

  it('refuses anonymous callers: the person comes from the signed identity only', async () => {
    const dayId = await freshDay(incheon, 5);
    const anonymous = await graphql(incheon.url, REGISTER, { input: { jobDemandDayId: dayId } });
    expect(errorCodes(anonymous)).toEqual(['UNAUTHENTICATED']);
    expect(await registrationsInDatabase(incheon, dayId)).toEqual({ rows: 0, counted: 0 });
  });
});
