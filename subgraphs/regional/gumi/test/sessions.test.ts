import { errorCodes, graphql } from '@jobgraph/testkit';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  asMember,
  bookingsInDatabase,
  bornYearsAgo,
  freshSession,
  newMemberId,
  problemFields,
  query,
  startGumi,
  type TestGumi,
} from './support.js';

let gumi: TestGumi;
beforeAll(async () => {
  gumi = await startGumi();
});
afterAll(() => gumi?.close());

const BOOK = /* GraphQL */ `
  mutation Book($input: BookCareerDesignSessionInput!) {
    bookCareerDesignSession(input: $input) {
      ok
      error { code message }
      booking { id status person { id } session { id booked available } }
    }
  }
`;
interface BookData {
  bookCareerDesignSession: {
    ok: boolean;
    error: { code: string; message: string } | null;
    booking: {
      status: string;
      person: { id: string };
      session: { id: string; booked: number; available: number };
    } | null;
  };
}

async function book(sessionId: string, birthDate = bornYearsAgo(55), memberId = newMemberId()) {
  return graphql<BookData>(
    gumi.url,
    BOOK,
    { input: { sessionId, birthDate } },
    await asMember(memberId),
  );
}

describe('bookCareerDesignSession', () => {
  it('books the member a place and shows them the booking; the birth date is not stored', async () => {
    const sessionId = await freshSession(gumi, 3);
    const memberId = newMemberId();
    const result = await book(sessionId, bornYearsAgo(52), memberId);
    expect(result.data?.bookCareerDesignSession).toMatchObject({
      ok: true,
      error: null,
      booking: {
        status: 'BOOKED',
        person: { id: memberId },
        session: { id: sessionId, booked: 1, available: 2 },
      },
    });
    const mine = await query<{
      _entities: Array<{ careerDesignBookings: Array<{ session: { id: string } }> }>;
    }>(
      gumi,
      `query($r: [_Any!]!) { _entities(representations: $r) {
          ... on Person { careerDesignBookings { session { id } } } } }`,
      { r: [{ __typename: 'Person', id: memberId }] },
      await asMember(memberId),
    );
    expect(mine._entities[0]?.careerDesignBookings).toEqual([{ session: { id: sessionId } }]);
    const columns = await gumi.db.execute<{ column_name: string }>(sql`
      select column_name from information_schema.columns
      where table_schema = 'gumi' and table_name = 'career_bookings'`);
    expect([...columns].map((c) => c.column_name)).not.toContain('birth_date');
  });

  it('applies the session’s minimum age (data) on the session’s day', async () => {
    const fifties = await freshSession(gumi, 10, { minimumAge: 50, daysAhead: 7 });
    const forties = await freshSession(gumi, 10, { minimumAge: 40, daysAhead: 7 });
    const young = await book(fifties, bornYearsAgo(49));
    expect(young.data?.bookCareerDesignSession).toMatchObject({
      ok: false,
      booking: null,
      error: { code: 'BELOW_MINIMUM_AGE' },
    });
    expect((await book(forties, bornYearsAgo(49))).data?.bookCareerDesignSession.ok).toBe(true);
    // Turns 50 three days from now: 50 on the session's day, a week away.
    expect((await book(fifties, bornYearsAgo(50, -3))).data?.bookCareerDesignSession.ok).toBe(true);
    expect((await book(forties, bornYearsAgo(39))).data?.bookCareerDesignSession.error?.code).toBe(
      'BELOW_MINIMUM_AGE',
    );
    expect(await bookingsInDatabase(gumi, fifties)).toEqual({ active: 1, counted: 1 });
  });

  it('never books more places than the session has, under concurrent requests', async () => {
    const sessionId = await freshSession(gumi, 5);
    const attempts = 30;
    const results = await Promise.all(Array.from({ length: attempts }, () => book(sessionId)));
    const codes = results.map((result) => result.data?.bookCareerDesignSession.error?.code ?? 'OK');
    expect(codes.filter((code) => code === 'OK')).toHaveLength(5);
    expect(codes.filter((code) => code === 'SESSION_FULL')).toHaveLength(attempts - 5);
    expect(await bookingsInDatabase(gumi, sessionId)).toEqual({ active: 5, counted: 5 });
  });

  it('books a person once per session, even when they click many times at once', async () => {
    const sessionId = await freshSession(gumi, 20);
    const memberId = newMemberId();
    const results = await Promise.all(
      Array.from({ length: 10 }, () => book(sessionId, bornYearsAgo(60), memberId)),
    );
    const codes = results.map((result) => result.data?.bookCareerDesignSession.error?.code ?? 'OK');
    expect(codes.filter((code) => code === 'OK')).toHaveLength(1);
    expect(codes.filter((code) => code === 'ALREADY_BOOKED')).toHaveLength(9);
    expect(await bookingsInDatabase(gumi, sessionId)).toEqual({ active: 1, counted: 1 });
  });

  it('refuses a session that has started', async () => {
    const started = await freshSession(gumi, 5, { daysAhead: -0.01 });
    expect((await book(started)).data?.bookCareerDesignSession.error?.code).toBe('SESSION_STARTED');
    expect(await bookingsInDatabase(gumi, started)).toEqual({ active: 0, counted: 0 });
  });

  it('reports bad input as BAD_USER_INPUT naming each field, and stores nothing', async () => {
    const memberId = newMemberId();
    const bad = await book('No Session!', '2999-01-01', memberId);
    expect(errorCodes(bad)).toEqual(['BAD_USER_INPUT']);
    expect(problemFields(bad)).toEqual(['input.birthDate', 'input.sessionId']);
    const ancient = await book(await freshSession(gumi, 5), '1900-01-01', memberId);
    expect(problemFields(ancient)).toEqual(['input.birthDate']);
    const malformed = await book('cds-2026-12-16-am', '1970-02-30', memberId);
    expect(errorCodes(malformed)).toEqual(['BAD_USER_INPUT']);
    const [stored] = await gumi.db.execute<{ count: number }>(sql`
      select count(*)::int as count from gumi.career_bookings where member_id = ${memberId}`);
    expect(stored?.count).toBe(0);
  });

  it('refuses anonymous callers: the person comes from the signed identity only', async () => {
    const sessionId = await freshSession(gumi, 5);
    const anonymous = await graphql(gumi.url, BOOK, {
      input: { sessionId, birthDate: bornYearsAgo(55) },
    });
    expect(errorCodes(anonymous)).toEqual(['UNAUTHENTICATED']);
    expect(await bookingsInDatabase(gumi, sessionId)).toEqual({ active: 0, counted: 0 });
  });
});
