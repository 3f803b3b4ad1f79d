import { asViewer, counselor, errorCodes, graphql } from '@jobgraph/testkit';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  asMember,
  asStaff,
  COUNSELLING_REASON,
  freshCourse,
  koreanDay,
  newMemberId,
  registerTalent,
  SOUTH_COUNSELOR,
  startFiftyPlus,
  type TestFiftyPlus,
  talentInput,
} from './support.js';

let subgraph: TestFiftyPlus;
beforeAll(async () => {
  subgraph = await startFiftyPlus();
});
afterAll(() => subgraph?.close());

const RECORDS = /* GraphQL */ `
  query Records($r: [_Any!]!) {
    _entities(representations: $r) {
      ... on Person {
        id
        talentProfile { name phone birthDate residenceRegion { code } readiness }
        courseEnrollments { status }
        experiencedTalentPlacements { id }
      }
    }
  }
`;
const of = (...ids: string[]) => ({ r: ids.map((id) => ({ __typename: 'Person', id })) });

interface Records {
  _entities: Array<{
    id: string;
    talentProfile: { name: string; phone: string } | null;
    courseEnrollments: unknown[];
    experiencedTalentPlacements: Array<{ id: string }>;
  } | null>;
}

/**
 * The different error codes of a response. A refused field of a person's fails on its own, and a
 * non-null one takes its parent with it (so the other fields may never run): the count varies.
 */
function refusals(response: Parameters<typeof errorCodes>[0]): string[] {
  return [...new Set(errorCodes(response))];
}

interface LogRow {
  account: string;
  subject_person_id: string;
  action: string;
  reason: string;
}

async function accessLog(): Promise<LogRow[]> {
  return subgraph.db.execute<LogRow & Record<string, unknown>>(sql`
    select account, subject_person_id, action, reason from fiftyplus.access_log order by id`);
}

/** The name the seed gave a person, to check that no refused answer carries it. */
async function seededName(personId: string): Promise<string> {
  const [row] = await subgraph.db.execute<{ name: string }>(
    sql`select name from fiftyplus.talent_profiles where person_id = ${personId}`,
  );
  return row?.name as string;
}

const DIAGNOSE = /* GraphQL */ `
  mutation Diagnose($input: RecordCareerDiagnosisInput!) {
    recordCareerDiagnosis(input: $input) { ok error { code } diagnosis { counselorId } }
  }
`;
const FOLLOW_UP = /* GraphQL */ `
  mutation FollowUp($input: RecordFollowUpInput!) {
    recordFollowUp(input: $input) { ok error { code } followUp { staffId } }
  }
`;
const diagnosis = (memberId: string) => ({
  memberId,
  readinessScore: 55,
  strengths: ['사무 경력'],
});

async function storedDiagnoses(memberId: string): Promise<number> {
  const [row] = await subgraph.db.execute<{ count: number }>(sql`
    select count(*)::int as count from fiftyplus.career_diagnoses where person_id = ${memberId}`);
  return row?.count ?? 0;
}

/** A placement of a member the given campus serves, and the member. */
async function placementAt(campusId: string): Promise<{ id: string; personId: string }> {
  const [row] = await subgraph.db.execute<{ id: string; person_id: string }>(sql`
    select p.id, p.person_id from fiftyplus.placements p
    join fiftyplus.talent_profiles t on t.person_id = p.person_id
    where t.campus_id = ${campusId} and p.started_on <= ${koreanDay(-14)}
    order by p.id limit 1`);
  if (!row) throw new Error(`no placement at ${campusId}`);
  return { id: row.id, personId: row.person_id };
}

async function followUps(placementId: string): Promise<number> {
  const [row] = await subgraph.db.execute<{ count: number }>(sql`
    select count(*)::int as count from fiftyplus.follow_ups where placement_id = ${placementId}`);
  return row?.count ?? 0;
}

describe('who sees a member’s records', () => {
  it('shows members their own records and no one else’s', async () => {
    const own = await graphql<Records>(
      subgraph.url,
      RECORDS,
      of('M00000002'),
      await asMember('M00000002'),
    );
    expect(own.errors).toBeUndefined();
    expect(own.data?._entities[0]).toMatchObject({
      id: 'M00000002',
      talentProfile: { name: await seededName('M00000002') },
      experiencedTalentPlacements: [{ id: 'TP00001' }],
    });

    const other = await graphql<Records>(
      subgraph.url,
      RECORDS,
      of('M00000002'),
      await asMember('M00000001'),
    );
    expect(refusals(other)).toEqual(['FORBIDDEN']);
    expect(JSON.stringify(other.data)).not.toContain(await seededName('M00000002'));
    expect(JSON.stringify(other.data)).not.toContain('TP00001');
  });

  it('shows nothing to a caller the gateway did not sign for', async () => {
    const anonymous = await graphql<Records>(subgraph.url, RECORDS, of('M00000002'));
    expect(refusals(anonymous)).toEqual(['UNAUTHENTICATED']);

    const [header, token] = Object.entries(await asMember('M00000001'))[0] ?? [];
    if (!header || !token) throw new Error('asViewer gave no identity header');
    const encode = (json: unknown) => Buffer.from(JSON.stringify(json)).toString('base64url');
    const [head = '', body = '', signature = ''] = token.split('.');
    const claims = JSON.parse(Buffer.from(body, 'base64url').toString());
    // Unsigned ("alg": "none"), and the gateway's token with its subject swapped for another's.
    const unsigned = `${encode({ alg: 'none' })}.${encode({ ...claims, sub: 'M00000002' })}.`;
    const swapped = `${head}.${encode({ ...claims, sub: 'M00000002' })}.${signature}`;
    for (const forged of [unsigned, swapped]) {
      const response = await graphql<Records>(subgraph.url, RECORDS, of('M00000002'), {
        [header]: forged,
      });
      expect(refusals(response)).toEqual(['UNAUTHENTICATED']);
      expect(JSON.stringify(response.data)).not.toContain('TP00001');
    }
  });

  it('lets the foundation’s staff read with a stated reason, and records each read', async () => {
    const before = (await accessLog()).length;
    const response = await graphql<Records>(
      subgraph.url,
      RECORDS,
      of('M00000001', 'M00000002'),
      await asStaff(),
    );
    expect(response.errors).toBeUndefined();
    expect(response.data?._entities[1]?.experiencedTalentPlacements).toEqual([{ id: 'TP00001' }]);
    const entry = (subject: string, action: string) => ({
      account: SOUTH_COUNSELOR,
      subject_person_id: subject,
      action,
      reason: COUNSELLING_REASON,
    });
    const log = (await accessLog()).slice(before);
    const expected = ['M00000001', 'M00000002'].flatMap((person) =>
      [
        'read:talent-profile',
        'read:name',
        'read:phone',
        'read:birth-date',
        'read:residence-region',
        'read:course-enrollments',
        'read:experienced-talent-placements',
      ].map((action) => entry(person, action)),
    );
    const order = (rows: LogRow[]) =>
      [...rows].sort((a, b) =>
        `${a.subject_person_id} ${a.action}`.localeCompare(`${b.subject_person_id} ${b.action}`),
      );
    expect(order(log)).toEqual(order(expected));

    // The placement looked up by its id is recorded too.
    const placement = await graphql(
      subgraph.url,
      '{ experiencedTalentPlacement(id: "TP00001") { id person { id } } }',
      undefined,
      await asStaff(),
    );
    expect(placement.errors).toBeUndefined();
    expect((await accessLog()).slice(before + expected.length)).toEqual([
      entry('M00000002', 'read:experienced-talent-placement'),
    ]);

    // A member's own reads are not staff access and are not recorded.
    await graphql(subgraph.url, RECORDS, of('M00000002'), await asMember('M00000002'));
    expect((await accessLog()).length).toBe(before + expected.length + 1);
  });

  it('refuses staff without a reason, and staff of another agency, recording nothing', async () => {
    const before = (await accessLog()).length;
    const noReason = await graphql<Records>(
      subgraph.url,
      RECORDS,
      of('M00000002'),
      await asStaff({ reason: null }),
    );
    expect(refusals(noReason)).toEqual(['FORBIDDEN']);
    expect(noReason.errors?.[0]?.message).toMatch(/reason/);
    expect(JSON.stringify(noReason.data)).not.toContain('TP00001');
    const noReasonById = await graphql(
      subgraph.url,
      '{ experiencedTalentPlacement(id: "TP00001") { id } }',
      undefined,
      await asStaff({ reason: null }),
    );
    expect(errorCodes(noReasonById)).toEqual(['FORBIDDEN']);

    for (const [agency, subject, center] of [
      ['ministry', 'cs-gwanak-01', 'moel-seoul-gwanak'],
      ['districts', 'st-dongjak-01', 'dc-dongjak'],
      ['city', 'st-city-01', undefined],
    ] as const) {
      const outsider = await asViewer(
        counselor(agency, subject, { ...(center ? { center } : {}), reason: 'case review' }),
      );
      const records = await graphql<Records>(subgraph.url, RECORDS, of('M00000002'), outsider);
      expect(refusals(records)).toEqual(['FORBIDDEN']);
      expect(JSON.stringify(records.data)).not.toContain('TP00001');
      const byId = await graphql(
        subgraph.url,
        '{ experiencedTalentPlacement(id: "TP00001") { id } }',
        undefined,
        outsider,
      );
      expect(errorCodes(byId)).toEqual(['FORBIDDEN']);
    }
    expect((await accessLog()).length).toBe(before);
  });

  it('guards personal fields of a profile reached other than through the person', async () => {
    const memberId = newMemberId();
    await registerTalent(subgraph, memberId);
    const query = /* GraphQL */ `
      mutation Diagnose($input: RecordCareerDiagnosisInput!) {
        recordCareerDiagnosis(input: $input) { ok diagnosis { profile { name phone readiness } } }
      }
    `;
    // The counselor diagnoses without a reason: the diagnosis is recorded, the name and phone
    // of the profile in its answer are refused.
    const noReason = await graphql<{
      recordCareerDiagnosis: { ok: boolean; diagnosis: { profile: unknown } | null };
    }>(subgraph.url, query, { input: diagnosis(memberId) }, await asStaff({ reason: null }));
    expect(refusals(noReason)).toEqual(['FORBIDDEN']);
    expect(JSON.stringify(noReason.data)).not.toContain('김서연');
    const before = (await accessLog()).length;
    const withReason = await graphql(
      subgraph.url,
      query,
      { input: diagnosis(memberId) },
      await asStaff(),
    );
    expect(withReason.errors).toBeUndefined();
    expect(JSON.stringify(withReason.data)).toContain('김서연');
    expect(
      (await accessLog())
        .slice(before)
        .map((row) => [row.subject_person_id, row.action])
        .sort(),
    ).toEqual([
      [memberId, 'read:name'],
      [memberId, 'read:phone'],
    ]);
  });

  it('keeps the access log append-only', async () => {
    await expect(subgraph.sql`update fiftyplus.access_log set reason = 'edited'`).rejects.toThrow(
      /append-only/,
    );
    await expect(subgraph.sql`delete from fiftyplus.access_log`).rejects.toThrow(/append-only/);
    expect((await accessLog()).length).toBeGreaterThan(0);
  });
});

describe('who acts for a member', () => {
  it('refuses the member’s own operations to anyone not signed in', async () => {
    const course = await freshCourse(subgraph);
    const operations: Array<[string, Record<string, unknown>]> = [
      [
        'mutation($input: RegisterTalentProfileInput!) { registerTalentProfile(input: $input) { created } }',
        { input: talentInput() },
      ],
      [
        'mutation($input: EnrollInCourseInput!) { enrollInCourse(input: $input) { ok } }',
        { input: { courseId: course.id } },
      ],
      [
        'mutation($input: WithdrawFromCourseInput!) { withdrawFromCourse(input: $input) { ok } }',
        { input: { enrollmentId: '00000000-0000-4000-8000-000000000000' } },
      ],
    ];
    for (const [mutation, variables] of operations) {
      const response = await graphql(subgraph.url, mutation, variables);
      expect(errorCodes(response)).toEqual(['UNAUTHENTICATED']);
    }
    const [seats] = await subgraph.db.execute<{ count: number }>(sql`
      select count(*)::int as count from fiftyplus.enrollments where course_id = ${course.id}`);
    expect(seats?.count).toBe(0);
  });

  it('refuses staff operations to members and to anyone not signed in', async () => {
    const memberId = newMemberId();
    await registerTalent(subgraph, memberId);
    const placement = await placementAt('campus-south');
    const followUp = { placementId: placement.id, checkedOn: koreanDay(-1), status: 'EMPLOYED' };
    const before = await followUps(placement.id);
    for (const headers of [
      undefined,
      await asMember(memberId),
      await asMember(placement.personId),
    ]) {
      const diagnosed = await graphql(
        subgraph.url,
        DIAGNOSE,
        { input: diagnosis(memberId) },
        headers,
      );
      const followed = await graphql(subgraph.url, FOLLOW_UP, { input: followUp }, headers);
      const expected = headers ? 'FORBIDDEN' : 'UNAUTHENTICATED';
      expect(errorCodes(diagnosed)).toEqual([expected]);
      expect(errorCodes(followed)).toEqual([expected]);
    }
    expect(await storedDiagnoses(memberId)).toBe(0);
    expect(await followUps(placement.id)).toBe(before);
  });

  it('lets a campus’s staff act only for the members their campus serves', async () => {
    const memberId = newMemberId();
    await registerTalent(subgraph, memberId); // at the South campus
    const west = await asStaff({ subject: 'st-campus-west-01', center: 'campus-west' });
    const refused = await graphql(subgraph.url, DIAGNOSE, { input: diagnosis(memberId) }, west);
    expect(errorCodes(refused)).toEqual(['FORBIDDEN']);
    expect(await storedDiagnoses(memberId)).toBe(0);

    const south = await placementAt('campus-south');
    const followUp = { placementId: south.id, checkedOn: koreanDay(-1), status: 'EMPLOYED' };
    const before = await followUps(south.id);
    const notTheirs = await graphql(subgraph.url, FOLLOW_UP, { input: followUp }, west);
    expect(errorCodes(notTheirs)).toEqual(['FORBIDDEN']);
    expect(await followUps(south.id)).toBe(before);

    // The member's own campus may; so may staff of no one campus (an admin).
    const own = await graphql<{ recordCareerDiagnosis: { diagnosis: { counselorId: string } } }>(
      subgraph.url,
      DIAGNOSE,
      { input: diagnosis(memberId) },
      await asStaff(),
    );
    expect(own.data?.recordCareerDiagnosis.diagnosis.counselorId).toBe(SOUTH_COUNSELOR);
    const admin = await asViewer({ subject: 'admin-01', roles: ['admin'], scopes: [] });
    const byAdmin = await graphql<{ recordFollowUp: { followUp: { staffId: string } } }>(
      subgraph.url,
      FOLLOW_UP,
      { input: followUp },
      admin,
    );
    expect(byAdmin.errors).toBeUndefined();
    expect(byAdmin.data?.recordFollowUp.followUp.staffId).toBe('admin-01');
    expect(await followUps(south.id)).toBe(before + 1);
    expect(await storedDiagnoses(memberId)).toBe(1);
  });

  it('takes who acts from the signed identity, never from the input', async () => {
    const memberId = newMemberId();
    await registerTalent(subgraph, memberId);
    const claimedCounselor = await graphql(
      subgraph.url,
      DIAGNOSE,
      { input: { ...diagnosis(memberId), counselorId: 'st-campus-south-09' } },
      await asStaff(),
    );
    expect(errorCodes(claimedCounselor)).toEqual(['BAD_USER_INPUT']);
    expect(await storedDiagnoses(memberId)).toBe(0);
    const course = await freshCourse(subgraph);
    const claimedMember = await graphql(
      subgraph.url,
      'mutation($input: EnrollInCourseInput!) { enrollInCourse(input: $input) { ok } }',
      { input: { courseId: course.id, memberId: 'M00000001' } },
      await asMember(memberId),
    );
    expect(errorCodes(claimedMember)).toEqual(['BAD_USER_INPUT']);
  });
});
