import { asViewer, counselor, errorCodes, graphql } from '@jobgraph/testkit';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { asMember, asStaff, STAFF_REASON, startGwanak, type TestGwanak } from './support.js';

let gwanak: TestGwanak;
beforeAll(async () => {
  gwanak = await startGwanak();
});
afterAll(() => gwanak?.close());

const APPLICATIONS = /* GraphQL */ `
  query Applications($r: [_Any!]!) {
    _entities(representations: $r) {
      ... on Person { id gwanakOpeningApplications { status motivation person { id } opening { id } } }
    }
  }
`;
const of = (...ids: string[]) => ({ r: ids.map((id) => ({ __typename: 'Person', id })) });

async function logRows() {
  return [
    ...(await gwanak.db.execute<{
      account: string;
      subject_person_id: string;
      action: string;
      reason: string;
    }>(sql`select account, subject_person_id, action, reason from gwanak.access_log order by id`)),
  ];
}

describe('who sees a member’s applications', () => {
  it('shows the member their own, and records nothing for it', async () => {
    const before = (await logRows()).length;
    const own = await graphql<{
      _entities: Array<{ gwanakOpeningApplications: Array<{ opening: { id: string } }> }>;
    }>(gwanak.url, APPLICATIONS, of('M00000002'), await asMember('M00000002'));
    expect(own.errors).toBeUndefined();
    expect(own.data?._entities[0]?.gwanakOpeningApplications).toMatchObject([
      { status: 'APPLIED', person: { id: 'M00000002' }, opening: { id: 'gwo-2026-018' } },
    ]);
    expect((await logRows()).length).toBe(before);
  });

  it('refuses another member (FORBIDDEN) and an anonymous caller (UNAUTHENTICATED), with no data', async () => {
    const other = await graphql(
      gwanak.url,
      APPLICATIONS,
      of('M00000002'),
      await asMember('M00000005'),
    );
    expect(errorCodes(other)).toEqual(['FORBIDDEN']);
    expect(JSON.stringify(other.data)).not.toContain('gwo-2026-018');
    const anonymous = await graphql(gwanak.url, APPLICATIONS, of('M00000002'));
    expect(errorCodes(anonymous)).toEqual(['UNAUTHENTICATED']);
    expect(JSON.stringify(anonymous.data)).not.toContain('gwo-2026-018');
  });

  it('refuses staff of another agency', async () => {
    const district = await graphql(
      gwanak.url,
      APPLICATIONS,
      of('M00000002'),
      await asStaff({ agency: 'districts' }),
    );
    expect(errorCodes(district)).toEqual(['FORBIDDEN']);
  });

  it('shows the Ministry’s staff with a reason, recording each person read once', async () => {
    const before = (await logRows()).length;
    const [applicant] = await gwanak.db.execute<{ member_id: string }>(sql`
      select member_id from gwanak.opening_applications where member_id <> 'M00000002'
      order by member_id limit 1`);
    const staff = await graphql<{
      _entities: Array<{ gwanakOpeningApplications: unknown[] }>;
    }>(gwanak.url, APPLICATIONS, of('M00000002', applicant?.member_id ?? ''), await asStaff());
    expect(staff.errors).toBeUndefined();
    expect(
      staff.data?._entities.every((person) => person.gwanakOpeningApplications.length > 0),
    ).toBe(true);
    const rows = (await logRows()).slice(before);
    expect(rows.map((row) => row.subject_person_id).sort()).toEqual(
      ['M00000002', applicant?.member_id].sort(),
    );
    for (const row of rows) {
      expect(row).toMatchObject({
        account: 'cs-gwanak-01',
        action: 'read:gwanak-opening-applications',
        reason: STAFF_REASON,
      });
    }
  });

  it('refuses staff without a reason, and records nothing', async () => {
    const before = (await logRows()).length;
    const noReason = await graphql(
      gwanak.url,
      APPLICATIONS,
      of('M00000002'),
      await asStaff({ reason: null }),
    );
    expect(errorCodes(noReason)).toEqual(['FORBIDDEN']);
    expect((await logRows()).length).toBe(before);
  });

  it('keeps the access log append-only', async () => {
    await graphql(
      gwanak.url,
      APPLICATIONS,
      of('M00000002'),
      await asViewer(counselor('ministry', 'cs-gwanak-02', { reason: 'audit' })),
    );
    await expect(gwanak.db.execute(sql`delete from gwanak.access_log`)).rejects.toThrow();
    await expect(
      gwanak.db.execute(sql`update gwanak.access_log set reason = 'x'`),
    ).rejects.toThrow();
  });
});
