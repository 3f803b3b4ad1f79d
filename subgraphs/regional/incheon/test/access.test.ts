import { asViewer, counselor, errorCodes, graphql } from '@jobgraph/testkit';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { asMember, asStaff, STAFF_REASON, startIncheon, type TestIncheon } from './support.js';

let incheon: TestIncheon;
beforeAll(async () => {
  incheon = await startIncheon();
});
afterAll(() => incheon?.close());

const APPLICATIONS = /* GraphQL */ `
  query Applications($r: [_Any!]!) {
    _entities(representations: $r) {
      ... on Person { id jobDemandDayRegistrations { person { id } jobDemandDay { id } } }
    }
  }
`;
const of = (...ids: string[]) => ({ r: ids.map((id) => ({ __typename: 'Person', id })) });

async function logRows() {
  return [
    ...(await incheon.db.execute<{
      account: string;
      subject_person_id: string;
      action: string;
      reason: string;
    }>(sql`select account, subject_person_id, action, reason from incheon.access_log order by id`)),
  ];
}

describe('who sees a member’s job-demand-day registrations', () => {
  it('shows the member their own, and records nothing for it', async () => {
    const before = (await logRows()).length;
    const own = await graphql<{
      _entities: Array<{ jobDemandDayRegistrations: Array<{ jobDemandDay: { id: string } }> }>;
    }>(incheon.url, APPLICATIONS, of('M00000003'), await asMember('M00000003'));
    expect(own.errors).toBeUndefined();
    expect(own.data?._entities[0]?.jobDemandDayRegistrations).toMatchObject([
      { person: { id: 'M00000003' }, jobDemandDay: { id: 'jdd-bukbu-2027-01-13' } },
    ]);
    expect((await logRows()).length).toBe(before);
  });

  it('refuses another member (FORBIDDEN) and an anonymous caller (UNAUTHENTICATED), with no data', async () => {
    const other = await graphql(
      incheon.url,
      APPLICATIONS,
      of('M00000003'),
      await asMember('M00000005'),
    );
    expect(errorCodes(other)).toEqual(['FORBIDDEN']);
    expect(JSON.stringify(other.data)).not.toContain('jdd-bukbu-2027-01-13');
    const anonymous = await graphql(incheon.url, APPLICATIONS, of('M00000003'));
    expect(errorCodes(anonymous)).toEqual(['UNAUTHENTICATED']);
    expect(JSON.stringify(anonymous.data)).not.toContain('jdd-bukbu-2027-01-13');
  });

  it('refuses staff of another agency', async () => {
    const district = await graphql(
      incheon.url,
      APPLICATIONS,
      of('M00000003'),
      await asStaff({ agency: 'districts' }),
    );
    expect(errorCodes(district)).toEqual(['FORBIDDEN']);
  });

  it('shows the Ministry’s staff with a reason, recording each person read once', async () => {
    const before = (await logRows()).length;
    const [applicant] = await incheon.db.execute<{ member_id: string }>(sql`
      select member_id from incheon.demand_day_registrations where member_id <> 'M00000003'
      order by member_id limit 1`);
    const staff = await graphql<{
      _entities: Array<{ jobDemandDayRegistrations: unknown[] }>;
    }>(incheon.url, APPLICATIONS, of('M00000003', applicant?.member_id ?? ''), await asStaff());
    expect(staff.errors).toBeUndefined();
    expect(
      staff.data?._entities.every((person) => person.jobDemandDayRegistrations.length > 0),
    ).toBe(true);
    const rows = (await logRows()).slice(before);
    expect(rows.map((row) => row.subject_person_id).sort()).toEqual(
      ['M00000003', applicant?.member_id].sort(),
    );
    for (const row of rows) {
      expect(row).toMatchObject({
        account: 'cs-incheon-bukbu-01',
        action: 'read:job-demand-day-registrations',
        reason: STAFF_REASON,
      });
    }
  });

  it('refuses staff without a reason, and records nothing', async () => {
    const before = (await logRows()).length;
    const noReason = await graphql(
      incheon.url,
      APPLICATIONS,
      of('M00000003'),
      await asStaff({ reason: null }),
    );
    expect(errorCodes(noReason)).toEqual(['FORBIDDEN']);
    expect((await logRows()).length).toBe(before);
  });

  it('keeps the access log append-only', async () => {
    await graphql(
      incheon.url,
      APPLICATIONS,
      of('M00000003'),
      await asViewer(counselor('ministry', 'cs-incheon-seobu-01', { reason: 'audit' })),
    );
    await expect(incheon.db.execute(sql`delete from incheon.access_log`)).rejects.toThrow();
    await expect(
      incheon.db.execute(sql`update incheon.access_log set reason = 'x'`),
    ).rejects.toThrow();
  });
});
