import { asViewer, counselor, errorCodes, graphql } from '@jobgraph/testkit';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { asMember, asStaff, STAFF_REASON, startGumi, type TestGumi } from './support.js';

let gumi: TestGumi;
beforeAll(async () => {
  gumi = await startGumi();
});
afterAll(() => gumi?.close());

const APPLICATIONS = /* GraphQL */ `
  query Applications($r: [_Any!]!) {
    _entities(representations: $r) {
      ... on Person { id careerDesignBookings { status person { id } session { id } } }
    }
  }
`;
const of = (...ids: string[]) => ({ r: ids.map((id) => ({ __typename: 'Person', id })) });

async function logRows() {
  return [
    ...(await gumi.db.execute<{
      account: string;
      subject_person_id: string;
      action: string;
      reason: string;
    }>(sql`select account, subject_person_id, action, reason from gumi.access_log order by id`)),
  ];
}

describe('who sees a member’s career design bookings', () => {
  it('shows the member their own, and records nothing for it', async () => {
    const before = (await logRows()).length;
    const own = await graphql<{
      _entities: Array<{ careerDesignBookings: Array<{ session: { id: string } }> }>;
    }>(gumi.url, APPLICATIONS, of('M00000004'), await asMember('M00000004'));
    expect(own.errors).toBeUndefined();
    expect(own.data?._entities[0]?.careerDesignBookings).toMatchObject([
      { status: 'BOOKED', person: { id: 'M00000004' }, session: { id: 'cds-2026-12-16-am' } },
    ]);
    expect((await logRows()).length).toBe(before);
  });

  it('refuses another member (FORBIDDEN) and an anonymous caller (UNAUTHENTICATED), with no data', async () => {
    const other = await graphql(
      gumi.url,
      APPLICATIONS,
      of('M00000004'),
      await asMember('M00000005'),
    );
    expect(errorCodes(other)).toEqual(['FORBIDDEN']);
    expect(JSON.stringify(other.data)).not.toContain('cds-2026-12-16-am');
    const anonymous = await graphql(gumi.url, APPLICATIONS, of('M00000004'));
    expect(errorCodes(anonymous)).toEqual(['UNAUTHENTICATED']);
    expect(JSON.stringify(anonymous.data)).not.toContain('cds-2026-12-16-am');
  });

  it('refuses staff of another agency', async () => {
    const district = await graphql(
      gumi.url,
      APPLICATIONS,
      of('M00000004'),
      await asStaff({ agency: 'districts' }),
    );
    expect(errorCodes(district)).toEqual(['FORBIDDEN']);
  });

  it('shows the Ministry’s staff with a reason, recording each person read once', async () => {
    const before = (await logRows()).length;
    const [applicant] = await gumi.db.execute<{ member_id: string }>(sql`
      select member_id from gumi.career_bookings where member_id <> 'M00000004'
      order by member_id limit 1`);
    const staff = await graphql<{
      _entities: Array<{ careerDesignBookings: unknown[] }>;
    }>(gumi.url, APPLICATIONS, of('M00000004', applicant?.member_id ?? ''), await asStaff());
    expect(staff.errors).toBeUndefined();
    expect(staff.data?._entities.every((person) => person.careerDesignBookings.length > 0)).toBe(
      true,
    );
    const rows = (await logRows()).slice(before);
    expect(rows.map((row) => row.subject_person_id).sort()).toEqual(
      ['M00000004', applicant?.member_id].sort(),
    );
    for (const row of rows) {
      expect(row).toMatchObject({
        account: 'cs-gumi-01',
        action: 'read:career-design-bookings',
        reason: STAFF_REASON,
      });
    }
  });

  it('refuses staff without a reason, and records nothing', async () => {
    const before = (await logRows()).length;
    const noReason = await graphql(
      gumi.url,
      APPLICATIONS,
      of('M00000004'),
      await asStaff({ reason: null }),
    );
    expect(errorCodes(noReason)).toEqual(['FORBIDDEN']);
    expect((await logRows()).length).toBe(before);
  });

  it('keeps the access log append-only', async () => {
    await graphql(
      gumi.url,
      APPLICATIONS,
      of('M00000004'),
      await asViewer(counselor('ministry', 'cs-gumi-02', { reason: 'audit' })),
    );
    await expect(gumi.db.execute(sql`delete from gumi.access_log`)).rejects.toThrow();
    await expect(gumi.db.execute(sql`update gumi.access_log set reason = 'x'`)).rejects.toThrow();
  });
});
