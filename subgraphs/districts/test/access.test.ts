import { asViewer, counselor, errorCodes, graphql } from '@jobgraph/testkit';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  asMember,
  asStaff,
  newMemberId,
  PROGRAM_ID,
  STAFF_REASON,
  startDistricts,
  type TestDistricts,
} from './support.js';

let districts: TestDistricts;
beforeAll(async () => {
  districts = await startDistricts();
});
afterAll(() => districts?.close());

const PERSON = /* GraphQL */ `
  query Person($r: [_Any!]!) {
    _entities(representations: $r) {
      ... on Person {
        id
        consultations { status note person { id } }
        jobFairRegistrations { id }
        placements { id person { id } }
        hiringIncentiveApplications { status person { id } }
      }
    }
  }
`;
const CONSULTATIONS = /* GraphQL */ `
  query Consultations($r: [_Any!]!) {
    _entities(representations: $r) { ... on Person { consultations { status } } }
  }
`;
const of = (...ids: string[]) => ({ r: ids.map((id) => ({ __typename: 'Person', id })) });

const CENTER_PLACEMENTS = /* GraphQL */ `
  { districtEmploymentCenter(id: "dc-dongjak") {
      placements(first: 3) { edges { node { id person { id } } } } } }
`;
const LIST = /* GraphQL */ `
  query List($programId: ID!, $first: Int) {
    hiringIncentiveApplications(programId: $programId, first: $first) {
      edges { node { id person { id } } }
    }
  }
`;
const APPLY = /* GraphQL */ `
  mutation Apply($input: ApplyForHiringIncentiveInput!) {
    applyForHiringIncentive(input: $input) { ok error { code } application { id } }
  }
`;
const DECIDE = /* GraphQL */ `
  mutation Decide($input: DecideHiringIncentiveInput!) {
    decideHiringIncentive(input: $input) {
      ok error { code } application { status statusHistory { status staffId } }
    }
  }
`;
const PAY = /* GraphQL */ `
  mutation Pay($input: MarkHiringIncentivePaidInput!) {
    markHiringIncentivePaid(input: $input) { ok error { code } }
  }
`;
const BOOK = /* GraphQL */ `
  mutation Book($input: BookConsultationInput!) { bookConsultation(input: $input) { ok } }
`;
const CANCEL = /* GraphQL */ `
  mutation Cancel($input: CancelConsultationInput!) { cancelConsultation(input: $input) { ok } }
`;
const REGISTER = /* GraphQL */ `
  mutation Register($input: RegisterForJobFairInput!) { registerForJobFair(input: $input) { ok } }
`;

type LogRow = {
  account: string;
  subject_person_id: string;
  action: string;
  reason: string;
};

async function accessLog(): Promise<LogRow[]> {
  return [
    ...(await districts.db.execute<LogRow>(sql`
      select account, subject_person_id, action, reason from districts.access_log order by id`)),
  ];
}

/** The log rows written since `before`, in a stable order for comparison. */
async function loggedSince(before: number): Promise<LogRow[]> {
  return (await accessLog())
    .slice(before)
    .sort(
      (a, b) =>
        a.subject_person_id.localeCompare(b.subject_person_id) || a.action.localeCompare(b.action),
    );
}

/** A Dongjak placement with a small or medium employer that no application names yet. */
async function unclaimedHire() {
  const [hire] = await districts.db.execute<{
    personId: string;
    employerId: string;
    placedOn: string;
  }>(sql`
    select p.person_id as "personId", p.employer_id as "employerId", p.placed_on::text as "placedOn"
    from districts.placements p join districts.employers e on e.id = p.employer_id
    where p.center_id = 'dc-dongjak' and e.size = 'SMALL_OR_MEDIUM'
      and not exists (select 1 from districts.incentive_applications a
                      where a.person_id = p.person_id and a.employer_id = p.employer_id)
    order by p.id limit 1`);
  if (!hire) throw new Error('no unclaimed Dongjak placement');
  return hire;
}

function applicationFor(hire: { personId: string; employerId: string; placedOn: string }) {
  return {
    input: {
      programId: PROGRAM_ID,
      employerId: hire.employerId,
      memberId: hire.personId,
      hiredOn: hire.placedOn,
      monthsClaimed: 6,
    },
  };
}

/** A SUBMITTED application to Dongjak's programme, filed by Dongjak's staff. */
async function submittedApplication(): Promise<string> {
  const filed = await graphql<{ applyForHiringIncentive: { application: { id: string } | null } }>(
    districts.url,
    APPLY,
    applicationFor(await unclaimedHire()),
    await asStaff(),
  );
  const id = filed.data?.applyForHiringIncentive.application?.id;
  if (!id) throw new Error(`application refused: ${JSON.stringify(filed)}`);
  return id;
}

async function applicationState(id: string) {
  const [row] = await districts.db.execute<{ status: string; events: number }>(sql`
    select a.status, (select count(*)::int from districts.incentive_events e
                      where e.application_id = a.id) as events
    from districts.incentive_applications a where a.id = ${id}`);
  return row;
}

describe('who sees a member’s records', () => {
  it('shows members their own records and no one else’s', async () => {
    const own = await graphql<{
      _entities: Array<{
        consultations: Array<{ status: string; person: { id: string } }>;
        placements: Array<{ id: string }>;
        hiringIncentiveApplications: Array<{ status: string }>;
      }>;
    }>(districts.url, PERSON, of('M00000005'), await asMember('M00000005'));
    expect(own.errors).toBeUndefined();
    expect(own.data?._entities[0]).toMatchObject({
      consultations: [{ status: 'ATTENDED', person: { id: 'M00000005' } }],
      placements: [{ id: 'PL000001', person: { id: 'M00000005' } }],
      hiringIncentiveApplications: [{ status: 'PAID', person: { id: 'M00000005' } }],
    });

    const other = await graphql(
      districts.url,
      CONSULTATIONS,
      of('M00000001'),
      await asMember('M00000005'),
    );
    expect(errorCodes(other)).toEqual(['FORBIDDEN']);
    expect(JSON.stringify(other.data)).not.toContain('BOOKED');

    // The public page of a center's placements does not name the people placed to a member.
    const placed = await graphql(
      districts.url,
      CENTER_PLACEMENTS,
      undefined,
      await asMember('M00000005'),
    );
    expect(new Set(errorCodes(placed))).toEqual(new Set(['FORBIDDEN']));

    // One application by its id: the person hired sees it, another member does not.
    const [paid] = await districts.db.execute<{ id: string }>(sql`
      select id from districts.incentive_applications where person_id = 'M00000005'`);
    const ONE = `{ hiringIncentiveApplication(id: "${paid?.id}") { status person { id } } }`;
    const mine = await graphql(districts.url, ONE, undefined, await asMember('M00000005'));
    expect(mine.data).toEqual({
      hiringIncentiveApplication: { status: 'PAID', person: { id: 'M00000005' } },
    });
    const theirs = await graphql(districts.url, ONE, undefined, await asMember('M00000001'));
    expect(errorCodes(theirs)).toEqual(['FORBIDDEN']);
    expect(theirs.data?.hiringIncentiveApplication).toBeNull();
  });

  it('shows nothing to a caller the gateway did not sign for', async () => {
    const anonymous = await graphql(districts.url, CONSULTATIONS, of('M00000001'));
    expect(errorCodes(anonymous)).toEqual(['UNAUTHENTICATED']);
    const forged = await graphql(districts.url, CONSULTATIONS, of('M00000001'), {
      'x-jobgraph-identity':
        'eyJhbGciOiJub25lIn0.eyJzdWIiOiJNMDAwMDAwMDEiLCJyb2xlcyI6WyJjaXRpemVuIl19.',
    });
    expect(errorCodes(forged)).toEqual(['UNAUTHENTICATED']);
    const placed = await graphql(districts.url, CENTER_PLACEMENTS);
    expect(new Set(errorCodes(placed))).toEqual(new Set(['UNAUTHENTICATED']));
    // The centers' public figures need nobody signed in.
    const publicPage = await graphql(
      districts.url,
      '{ districtEmploymentCenter(id: "dc-dongjak") { firstYearPlacements placements(first: 3) { edges { node { id placedOn } } } } }',
    );
    expect(publicPage.errors).toBeUndefined();
  });

  it('lets district staff read with a stated reason, and records each read', async () => {
    const before = (await accessLog()).length;
    const staff = await asStaff('st-dongjak-07');
    const response = await graphql(districts.url, PERSON, of('M00000001', 'M00000005'), staff);
    expect(response.errors).toBeUndefined();
    const read = (subject: string, action: string) => ({
      account: 'st-dongjak-07',
      subject_person_id: subject,
      action,
      reason: STAFF_REASON,
    });
    expect(await loggedSince(before)).toEqual(
      ['M00000001', 'M00000005'].flatMap((subject) => [
        read(subject, 'read:consultations'),
        read(subject, 'read:hiring-incentive-applications'),
        read(subject, 'read:job-fair-registrations'),
        read(subject, 'read:placements'),
      ]),
    );

    // A member's own reads are not staff access and are not recorded.
    const afterStaff = (await accessLog()).length;
    await graphql(districts.url, PERSON, of('M00000005'), await asMember('M00000005'));
    expect((await accessLog()).length).toBe(afterStaff);
  });

  it('records every person a staff list or page shows', async () => {
    await submittedApplication();
    await submittedApplication();
    const before = (await accessLog()).length;
    const listed = await graphql<{
      hiringIncentiveApplications: { edges: Array<{ node: { person: { id: string } } }> };
    }>(districts.url, LIST, { programId: PROGRAM_ID, first: 3 }, await asStaff());
    expect(listed.errors).toBeUndefined();
    const people = (listed.data?.hiringIncentiveApplications.edges ?? []).map(
      (edge) => edge.node.person.id,
    );
    expect(people).toHaveLength(3);
    expect((await loggedSince(before)).map((row) => [row.subject_person_id, row.action])).toEqual(
      [...new Set(people)].sort().map((id) => [id, 'read:hiring-incentive-applications']),
    );

    const beforePage = (await accessLog()).length;
    const page = await graphql<{
      districtEmploymentCenter: {
        placements: { edges: Array<{ node: { person: { id: string } } }> };
      };
    }>(districts.url, CENTER_PLACEMENTS, undefined, await asStaff());
    expect(page.errors).toBeUndefined();
    const placed = (page.data?.districtEmploymentCenter.placements.edges ?? []).map(
      (edge) => edge.node.person.id,
    );
    expect((await loggedSince(beforePage)).map((row) => row.subject_person_id)).toEqual(
      [...new Set(placed)].sort(),
    );
  });

  it('refuses staff without a reason, and staff of another agency, recording nothing', async () => {
    const before = (await accessLog()).length;
    const noReason = await graphql(
      districts.url,
      CONSULTATIONS,
      of('M00000001'),
      await asStaff('st-dongjak-01', { reason: null }),
    );
    expect(errorCodes(noReason)).toEqual(['FORBIDDEN']);
    expect(noReason.errors?.[0]?.message).toMatch(/reason/);
    const ministry = await graphql(
      districts.url,
      CONSULTATIONS,
      of('M00000001'),
      await asViewer(counselor('ministry', 'cs-gwanak-01', { reason: 'case review' })),
    );
    expect(errorCodes(ministry)).toEqual(['FORBIDDEN']);
    const city = await graphql(
      districts.url,
      LIST,
      { programId: PROGRAM_ID },
      await asViewer(counselor('city', 'st-city-01', { reason: 'application review' })),
    );
    expect(errorCodes(city)).toEqual(['FORBIDDEN']);
    expect((await accessLog()).length).toBe(before);
  });
});

describe('staff operations', () => {
  it('keeps a center’s staff to their own center’s records', async () => {
    const id = await submittedApplication();
    const gwanak = await asStaff('st-gwanak-01', { center: 'dc-gwanak' });
    const decided = await graphql(
      districts.url,
      DECIDE,
      { input: { applicationId: id, decision: 'APPROVE' } },
      gwanak,
    );
    expect(errorCodes(decided)).toEqual(['FORBIDDEN']);
    const paid = await graphql(districts.url, PAY, { input: { applicationId: id } }, gwanak);
    expect(errorCodes(paid)).toEqual(['FORBIDDEN']);
    expect(await applicationState(id)).toEqual({ status: 'SUBMITTED', events: 1 });

    const hire = await unclaimedHire();
    const filed = await graphql(districts.url, APPLY, applicationFor(hire), gwanak);
    expect(errorCodes(filed)).toEqual(['FORBIDDEN']);
    const [stored] = await districts.db.execute<{ count: number }>(sql`
      select count(*)::int as count from districts.incentive_applications
      where person_id = ${hire.personId} and employer_id = ${hire.employerId}`);
    expect(stored?.count).toBe(0);

    const listed = await graphql(districts.url, LIST, { programId: PROGRAM_ID }, gwanak);
    expect(errorCodes(listed)).toEqual(['FORBIDDEN']);

    // An employer's applications: a center's staff see those to their own center's programmes.
    const EMPLOYER = `query($r: [_Any!]!) { _entities(representations: $r) {
        ... on Employer { hiringIncentiveApplications { status } } } }`;
    const employer = { r: [{ __typename: 'Employer', id: 'E00133' }] };
    const fromGwanak = await graphql(districts.url, EMPLOYER, employer, gwanak);
    expect(fromGwanak.data).toEqual({ _entities: [{ hiringIncentiveApplications: [] }] });
    const fromDongjak = await graphql(districts.url, EMPLOYER, employer, await asStaff());
    expect(fromDongjak.data?._entities).toEqual([
      { hiringIncentiveApplications: expect.arrayContaining([{ status: 'PAID' }]) },
    ]);

    // Staff of no one center act for every center, as themselves.
    const agencyWide = await graphql<{
      decideHiringIncentive: { application: { statusHistory: Array<{ staffId: string | null }> } };
    }>(
      districts.url,
      DECIDE,
      { input: { applicationId: id, decision: 'APPROVE' } },
      await asStaff('st-districts-01', { center: null }),
    );
    expect(agencyWide.errors).toBeUndefined();
    expect(agencyWide.data?.decideHiringIncentive.application.statusHistory).toEqual([
      { status: 'SUBMITTED', staffId: null },
      { status: 'APPROVED', staffId: 'st-districts-01' },
    ]);
  });

  it('refuses staff operations to members, other agencies and anonymous callers', async () => {
    const id = await submittedApplication();
    const input = { input: { applicationId: id, decision: 'APPROVE' } };
    const anonymous = await graphql(districts.url, DECIDE, input);
    expect(errorCodes(anonymous)).toEqual(['UNAUTHENTICATED']);
    const member = await graphql(districts.url, DECIDE, input, await asMember('M00000005'));
    expect(errorCodes(member)).toEqual(['FORBIDDEN']);
    const ministry = await graphql(
      districts.url,
      DECIDE,
      input,
      await asViewer(counselor('ministry', 'cs-gwanak-01', { center: 'moel-gwanak' })),
    );
    expect(errorCodes(ministry)).toEqual(['FORBIDDEN']);
    const memberList = await graphql(
      districts.url,
      LIST,
      { programId: PROGRAM_ID },
      await asMember('M00000005'),
    );
    expect(errorCodes(memberList)).toEqual(['FORBIDDEN']);
    const anonymousApply = await graphql(
      districts.url,
      APPLY,
      applicationFor(await unclaimedHire()),
    );
    expect(errorCodes(anonymousApply)).toEqual(['UNAUTHENTICATED']);
    expect(await applicationState(id)).toEqual({ status: 'SUBMITTED', events: 1 });
  });

  it('refuses member mutations to anonymous callers and to staff, storing nothing', async () => {
    const [slot] = await districts.db.execute<{ id: string; booked: number }>(sql`
      select id, booked from districts.consultation_slots where starts_at > now() + interval '1 day'
      order by starts_at, id limit 1`);
    const booking = {
      input: { slotId: slot?.id, name: '홍길동', phone: '010-5555-1234', topic: 'JOB_SEARCH' },
    };
    expect(errorCodes(await graphql(districts.url, BOOK, booking))).toEqual(['UNAUTHENTICATED']);
    expect(errorCodes(await graphql(districts.url, BOOK, booking, await asStaff()))).toEqual([
      'FORBIDDEN',
    ]);
    const [after] = await districts.db.execute<{ booked: number }>(sql`
      select booked from districts.consultation_slots where id = ${slot?.id ?? ''}`);
    expect(after?.booked).toBe(slot?.booked);

    // A real booking, which nobody but its holder may cancel: not anonymously.
    const holder = newMemberId();
    const booked = await graphql<{ bookConsultation: { ok: boolean } }>(
      districts.url,
      `mutation($input: BookConsultationInput!) { bookConsultation(input: $input) { ok consultation { id } } }`,
      booking,
      await asMember(holder),
    );
    expect(booked.data?.bookConsultation.ok).toBe(true);
    const [consultation] = await districts.db.execute<{ id: string }>(sql`
      select id from districts.consultations where member_id = ${holder}`);
    const cancel = { input: { consultationId: consultation?.id } };
    expect(errorCodes(await graphql(districts.url, CANCEL, cancel))).toEqual(['UNAUTHENTICATED']);
    const [status] = await districts.db.execute<{ status: string }>(sql`
      select status from districts.consultations where member_id = ${holder}`);
    expect(status?.status).toBe('BOOKED');

    const countRegistrations = async () => {
      const [row] = await districts.db.execute<{ count: number }>(sql`
        select count(*)::int as count from districts.job_fair_registrations`);
      return row?.count;
    };
    const registrations = await countRegistrations();
    const register = { input: { jobFairId: 'jf-dongjak-2026-q4' } };
    expect(errorCodes(await graphql(districts.url, REGISTER, register))).toEqual([
      'UNAUTHENTICATED',
    ]);
    expect(await countRegistrations()).toBe(registrations);
  });
});

describe('the access log', () => {
  it('is append-only', async () => {
    await expect(districts.sql`update districts.access_log set reason = 'edited'`).rejects.toThrow(
      /append-only/,
    );
    await expect(districts.sql`delete from districts.access_log`).rejects.toThrow(/append-only/);
  });
});
