import { IDENTITY_HEADER } from '@jobgraph/auth';
import { asViewer, citizen, counselor, errorCodes, graphql } from '@jobgraph/testkit';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startCity, type TestCity } from './support.js';

let city: TestCity;
beforeAll(async () => {
  city = await startCity();
});
afterAll(() => city?.close());

const APPLICATIONS = `query($r: [_Any!]!) { _entities(representations: $r) { ... on Person { id programApplications { status } } } }`;
const of = (...ids: string[]) => ({ r: ids.map((id) => ({ __typename: 'Person', id })) });

async function accessLog() {
  return city.db.execute<{
    account: string;
    subject_person_id: string;
    action: string;
    reason: string;
  }>(sql`select account, subject_person_id, action, reason from city.access_log order by id`);
}

describe('who sees a member’s records', () => {
  it('shows members their own applications and no one else’s', async () => {
    const own = await graphql(
      city.url,
      APPLICATIONS,
      of('M00000001'),
      await asViewer(citizen('M00000001')),
    );
    expect(own.errors).toBeUndefined();
    const other = await graphql(
      city.url,
      APPLICATIONS,
      of('M00000005'),
      await asViewer(citizen('M00000001')),
    );
    expect(errorCodes(other)).toEqual(['FORBIDDEN']);
    expect(JSON.stringify(other.data)).not.toContain('SUBMITTED');
  });

  it('shows nothing to a caller the gateway did not sign for', async () => {
    const anonymous = await graphql(city.url, APPLICATIONS, of('M00000001'));
    expect(errorCodes(anonymous)).toEqual(['UNAUTHENTICATED']);
    const forged = await graphql(city.url, APPLICATIONS, of('M00000001'), {
      [IDENTITY_HEADER]:
        'eyJhbGciOiJub25lIn0.eyJzdWIiOiJNMDAwMDAwMDEiLCJyb2xlcyI6WyJjaXRpemVuIl19.',
    });
    expect(errorCodes(forged)).toEqual(['UNAUTHENTICATED']);
  });

  it('lets city staff read with a stated reason, and records each read', async () => {
    const before = (await accessLog()).length;
    const staff = counselor('city', 'st-city-01', { reason: 'application review 2026-03' });
    const response = await graphql(
      city.url,
      APPLICATIONS,
      of('M00000001', 'M00000005'),
      await asViewer(staff),
    );
    expect(response.errors).toBeUndefined();
    const log = (await accessLog()).slice(before);
    expect(log).toEqual([
      {
        account: 'st-city-01',
        subject_person_id: 'M00000001',
        action: 'read:program-applications',
        reason: 'application review 2026-03',
      },
      {
        account: 'st-city-01',
        subject_person_id: 'M00000005',
        action: 'read:program-applications',
        reason: 'application review 2026-03',
      },
    ]);
    // A member's own reads are not staff access and are not recorded.
    await graphql(city.url, APPLICATIONS, of('M00000001'), await asViewer(citizen('M00000001')));
    expect((await accessLog()).length).toBe(before + 2);
  });

  it('refuses staff without a reason, and staff of another agency', async () => {
    const noReason = await graphql(
      city.url,
      APPLICATIONS,
      of('M00000001'),
      await asViewer(counselor('city', 'st-city-01')),
    );
    expect(errorCodes(noReason)).toEqual(['FORBIDDEN']);
    expect(noReason.errors?.[0]?.message).toMatch(/reason/);
    const ministry = await graphql(
      city.url,
      APPLICATIONS,
      of('M00000001'),
      await asViewer(counselor('ministry', 'cs-gwanak-01', { reason: 'case review' })),
    );
    expect(errorCodes(ministry)).toEqual(['FORBIDDEN']);
  });

  it('keeps the access log append-only', async () => {
    await expect(city.sql`update city.access_log set reason = 'edited'`).rejects.toThrow(
      /append-only/,
    );
    await expect(city.sql`delete from city.access_log`).rejects.toThrow(/append-only/);
  });
});
