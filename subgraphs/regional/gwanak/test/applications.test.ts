import { errorCodes, graphql } from '@jobgraph/testkit';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  applicationsInDatabase,
  asMember,
  freshOpening,
  newMemberId,
  problemFields,
  query,
  startGwanak,
  type TestGwanak,
} from './support.js';

let gwanak: TestGwanak;
beforeAll(async () => {
  gwanak = await startGwanak();
});
afterAll(() => gwanak?.close());

const APPLY = /* GraphQL */ `
  mutation Apply($input: ApplyToGwanakPartnerOpeningInput!) {
    applyToGwanakPartnerOpening(input: $input) {
      ok
      error { code message }
      application { id status motivation person { id } opening { id applicationCount available } }
    }
  }
`;
interface ApplyData {
  applyToGwanakPartnerOpening: {
    ok: boolean;
    error: { code: string; message: string } | null;
    application: {
      id: string;
      status: string;
      motivation: string | null;
      person: { id: string };
      opening: { id: string; applicationCount: number; available: number };
    } | null;
  };
}
const WITHDRAW = /* GraphQL */ `
  mutation Withdraw($input: WithdrawGwanakOpeningApplicationInput!) {
    withdrawGwanakOpeningApplication(input: $input) {
      ok error { code } application { status withdrawnAt opening { applicationCount } }
    }
  }
`;
interface WithdrawData {
  withdrawGwanakOpeningApplication: {
    ok: boolean;
    error: { code: string } | null;
    application: { status: string; withdrawnAt: string; opening: { applicationCount: number } };
  };
}

async function apply(openingId: string, memberId = newMemberId(), motivation?: string) {
  return graphql<ApplyData>(
    gwanak.url,
    APPLY,
    { input: { openingId, ...(motivation === undefined ? {} : { motivation }) } },
    await asMember(memberId),
  );
}

describe('applyToGwanakPartnerOpening', () => {
  it('applies the signed-in member and shows them the application', async () => {
    const openingId = await freshOpening(gwanak, 4);
    const memberId = newMemberId();
    const result = await apply(openingId, memberId, '  품질관리 경력 20년입니다.  ');
    expect(result.data?.applyToGwanakPartnerOpening).toMatchObject({
      ok: true,
      error: null,
      application: {
        status: 'APPLIED',
        motivation: '품질관리 경력 20년입니다.',
        person: { id: memberId },
        opening: { id: openingId, applicationCount: 1, available: 3 },
      },
    });
    const mine = await query<{
      _entities: Array<{ gwanakOpeningApplications: Array<{ opening: { id: string } }> }>;
    }>(
      gwanak,
      `query($r: [_Any!]!) { _entities(representations: $r) {
          ... on Person { gwanakOpeningApplications { opening { id } } } } }`,
      { r: [{ __typename: 'Person', id: memberId }] },
      await asMember(memberId),
    );
    expect(mine._entities[0]?.gwanakOpeningApplications).toEqual([{ opening: { id: openingId } }]);
  });

  it('never takes more applications than places, under concurrent requests', async () => {
    const openingId = await freshOpening(gwanak, 5);
    const attempts = 30;
    const results = await Promise.all(Array.from({ length: attempts }, () => apply(openingId)));
    const codes = results.map(
      (result) => result.data?.applyToGwanakPartnerOpening.error?.code ?? 'OK',
    );
    expect(codes.filter((code) => code === 'OK')).toHaveLength(5);
    expect(codes.filter((code) => code === 'OPENING_FULL')).toHaveLength(attempts - 5);
    expect(await applicationsInDatabase(gwanak, openingId)).toEqual({ active: 5, counted: 5 });
  });

  it('takes one application per person, even when they click many times at once', async () => {
    const openingId = await freshOpening(gwanak, 50);
    const memberId = newMemberId();
    const results = await Promise.all(Array.from({ length: 10 }, () => apply(openingId, memberId)));
    const codes = results.map(
      (result) => result.data?.applyToGwanakPartnerOpening.error?.code ?? 'OK',
    );
    expect(codes.filter((code) => code === 'OK')).toHaveLength(1);
    expect(codes.filter((code) => code === 'ALREADY_APPLIED')).toHaveLength(9);
    expect(await applicationsInDatabase(gwanak, openingId)).toEqual({ active: 1, counted: 1 });
  });

  it('refuses an opening that has closed or not yet opened, storing nothing', async () => {
    const closed = await freshOpening(gwanak, 5, { opensIn: -20, closesIn: -1 });
    const upcoming = await freshOpening(gwanak, 5, { opensIn: 3, closesIn: 30 });
    for (const openingId of [closed, upcoming]) {
      const result = await apply(openingId);
      expect(result.data?.applyToGwanakPartnerOpening).toMatchObject({
        ok: false,
        application: null,
        error: { code: 'OPENING_CLOSED' },
      });
      expect(await applicationsInDatabase(gwanak, openingId)).toEqual({ active: 0, counted: 0 });
    }
  });

  it('reports bad input as BAD_USER_INPUT naming each field, and stores nothing', async () => {
    const memberId = newMemberId();
    const bad = await apply('No Such Opening!', memberId, '주민번호 680314-1234567');
    expect(errorCodes(bad)).toEqual(['BAD_USER_INPUT']);
    expect(problemFields(bad)).toEqual(['input.motivation', 'input.openingId']);
    const unknown = await apply('gwo-no-such-opening', memberId);
    expect(problemFields(unknown)).toEqual(['input.openingId']);
    const tooLong = await apply(await freshOpening(gwanak, 5), memberId, '가'.repeat(1001));
    expect(problemFields(tooLong)).toEqual(['input.motivation']);
    const [stored] = await gwanak.db.execute<{ count: number }>(sql`
      select count(*)::int as count from gwanak.opening_applications where member_id = ${memberId}`);
    expect(stored?.count).toBe(0);
  });

  it('takes the person from the signed identity only: anonymous and staff callers are refused', async () => {
    const openingId = await freshOpening(gwanak, 5);
    const anonymous = await graphql(gwanak.url, APPLY, { input: { openingId } });
    expect(errorCodes(anonymous)).toEqual(['UNAUTHENTICATED']);
    const forged = await graphql(
      gwanak.url,
      APPLY,
      { input: { openingId } },
      {
        'x-jobgraph-identity': 'not-a-token',
      },
    );
    expect(errorCodes(forged)).toEqual(['UNAUTHENTICATED']);
    expect(await applicationsInDatabase(gwanak, openingId)).toEqual({ active: 0, counted: 0 });
  });
});

describe('withdrawGwanakOpeningApplication', () => {
  it('withdraws the member’s own application once and frees its place', async () => {
    const openingId = await freshOpening(gwanak, 1);
    const memberId = newMemberId();
    const applied = await apply(openingId, memberId);
    const applicationId = applied.data?.applyToGwanakPartnerOpening.application?.id;
    expect((await apply(openingId)).data?.applyToGwanakPartnerOpening.error?.code).toBe(
      'OPENING_FULL',
    );
    const headers = await asMember(memberId);
    const results = await Promise.all(
      Array.from({ length: 5 }, () =>
        graphql<WithdrawData>(gwanak.url, WITHDRAW, { input: { applicationId } }, headers),
      ),
    );
    const codes = results.map(
      (result) => result.data?.withdrawGwanakOpeningApplication.error?.code ?? 'OK',
    );
    expect(codes.sort()).toEqual([
      'NOT_APPLIED',
      'NOT_APPLIED',
      'NOT_APPLIED',
      'NOT_APPLIED',
      'OK',
    ]);
    expect(await applicationsInDatabase(gwanak, openingId)).toEqual({ active: 0, counted: 0 });
    // The freed place can be taken, and the person may apply again.
    expect((await apply(openingId, memberId)).data?.applyToGwanakPartnerOpening.ok).toBe(true);
  });

  it('treats another member’s application as unknown', async () => {
    const openingId = await freshOpening(gwanak, 3);
    const applied = await apply(openingId);
    const applicationId = applied.data?.applyToGwanakPartnerOpening.application?.id;
    const other = await graphql<WithdrawData>(
      gwanak.url,
      WITHDRAW,
      { input: { applicationId } },
      await asMember(newMemberId()),
    );
    expect(errorCodes(other)).toEqual(['BAD_USER_INPUT']);
    expect(problemFields(other)).toEqual(['input.applicationId']);
    const malformed = await graphql<WithdrawData>(
      gwanak.url,
      WITHDRAW,
      { input: { applicationId: 'nope' } },
      await asMember(newMemberId()),
    );
    expect(problemFields(malformed)).toEqual(['input.applicationId']);
    expect(await applicationsInDatabase(gwanak, openingId)).toEqual({ active: 1, counted: 1 });
  });
});
