import { errorCodes, graphql } from '@jobgraph/testkit';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  asMember,
  asStaff,
  birthDateForAge,
  completeBasic,
  freshCourse,
  koreanDay,
  newMemberId,
  registerTalent,
  setReadiness,
  startFiftyPlus,
  type TestFiftyPlus,
} from './support.js';

let subgraph: TestFiftyPlus;
beforeAll(async () => {
  subgraph = await startFiftyPlus();
});
afterAll(() => subgraph?.close());

const ENROLL = /* GraphQL */ `
  mutation Enroll($input: EnrollInCourseInput!) {
    enrollInCourse(input: $input) {
      ok
      error { code message }
      enrollment { id status enrolledOn person { id } course { id enrolledCount seatsAvailable openForEnrollment } }
    }
  }
`;
const WITHDRAW = /* GraphQL */ `
  mutation Withdraw($input: WithdrawFromCourseInput!) {
    withdrawFromCourse(input: $input) {
      ok
      error { code }
      enrollment { status withdrawnOn course { enrolledCount } }
    }
  }
`;

interface EnrollData {
  enrollInCourse: {
    ok: boolean;
    error: { code: string; message: string } | null;
    enrollment: {
      id: string;
      status: string;
      enrolledOn: string;
      person: { id: string };
      course: {
        id: string;
        enrolledCount: number;
        seatsAvailable: number;
        openForEnrollment: boolean;
      };
    } | null;
  };
}

/** Enrols as the signed-in member `memberId`. */
async function enrol(courseId: string, memberId: string) {
  const response = await graphql<EnrollData>(
    subgraph.url,
    ENROLL,
    { input: { courseId } },
    await asMember(memberId),
  );
  expect(response.errors).toBeUndefined();
  return response.data?.enrollInCourse as EnrollData['enrollInCourse'];
}

const codeOf = (result: EnrollData['enrollInCourse']) => result.error?.code ?? 'OK';

/** Withdraws as the signed-in member `memberId`. */
async function withdrawAs<Data = { withdrawFromCourse: Record<string, unknown> }>(
  memberId: string,
  enrollmentId: unknown,
) {
  return graphql<Data>(
    subgraph.url,
    WITHDRAW,
    { input: { enrollmentId } },
    await asMember(memberId),
  );
}

async function seatsTaken(courseId: string): Promise<number> {
  const [row] = await subgraph.db.execute<{ taken: number }>(sql`
    select count(*)::int as taken from fiftyplus.enrollments
    where course_id = ${courseId} and status <> 'WITHDRAWN'`);
  return row?.taken ?? 0;
}

/** A registered member with a readiness and, if asked, a completed basic education. */
async function member(
  readiness: 'LOW' | 'MEDIUM' | 'HIGH' | null,
  options: { basic?: boolean; birthDate?: string } = {},
): Promise<string> {
  const memberId = newMemberId();
  await registerTalent(
    subgraph,
    memberId,
    options.birthDate ? { birthDate: options.birthDate } : {},
  );
  await setReadiness(subgraph, memberId, readiness);
  if (options.basic) await completeBasic(subgraph, memberId);
  return memberId;
}

describe('enrollInCourse', () => {
  it('enrols a prepared member and counts the seat', async () => {
    const course = await freshCourse(subgraph, { track: 'REGULAR', capacity: 3 });
    const memberId = await member('MEDIUM', { basic: true });
    const result = await enrol(course.id, memberId);
    expect(result).toMatchObject({
      ok: true,
      error: null,
      enrollment: {
        status: 'ENROLLED',
        enrolledOn: koreanDay(),
        person: { id: memberId },
        course: { id: course.id, enrolledCount: 1, seatsAvailable: 2, openForEnrollment: true },
      },
    });
    const person = await graphql<{
      _entities: Array<{
        courseEnrollments: Array<{ status: string; course: { id: string; track: string } }>;
        talentProfile: { enrollments: Array<{ course: { id: string } }> };
      }>;
    }>(
      subgraph.url,
      `query($r: [_Any!]!) { _entities(representations: $r) { ... on Person {
         courseEnrollments { status course { id track } }
         talentProfile { enrollments { course { id } } } } } }`,
      { r: [{ __typename: 'Person', id: memberId }] },
      await asMember(memberId),
    );
    const enrolments = person.data?._entities[0]?.courseEnrollments ?? [];
    expect(enrolments.map((each) => [each.course.track, each.status])).toEqual([
      ['BASIC', 'COMPLETED'],
      ['REGULAR', 'ENROLLED'],
    ]);
    expect(person.data?._entities[0]?.talentProfile.enrollments.at(-1)?.course.id).toBe(course.id);
  });

  it('refuses a member with no talent profile', async () => {
    const course = await freshCourse(subgraph);
    const memberId = newMemberId();
    expect(codeOf(await enrol(course.id, memberId))).toBe('NO_TALENT_PROFILE');
    expect(await seatsTaken(course.id)).toBe(0);
  });

  it('judges the age on the course’s first day', async () => {
    // 64 today, 65 in ten days.
    const memberId = await member('LOW', { birthDate: birthDateForAge(64, 10) });
    const soon = await freshCourse(subgraph, { startsInDays: 5 });
    const later = await freshCourse(subgraph, { startsInDays: 20 });
    const refused = await enrol(later.id, memberId);
    expect(refused.error?.code).toBe('NOT_ELIGIBLE');
    expect(refused.error?.message).toContain('Aged 65');
    expect(codeOf(await enrol(soon.id, memberId))).toBe('OK');
  });

  it('refuses a member who no longer lives in Seoul', async () => {
    const memberId = await member('HIGH');
    await subgraph.db.execute(sql`
      update fiftyplus.talent_profiles set residence_region_code = '28237'
      where person_id = ${memberId}`);
    const course = await freshCourse(subgraph);
    expect(codeOf(await enrol(course.id, memberId))).toBe('NOT_ELIGIBLE');
  });

  it('needs a completed basic course before any other', async () => {
    const memberId = await member('HIGH');
    const fastTrack = await freshCourse(subgraph, { track: 'FAST_TRACK' });
    const exploration = await freshCourse(subgraph, { track: 'EXPLORATION' });
    expect(codeOf(await enrol(fastTrack.id, memberId))).toBe('PREREQUISITE_MISSING');
    expect(codeOf(await enrol(exploration.id, memberId))).toBe('PREREQUISITE_MISSING');
    // An enrolment in a basic course that has not been completed does not count.
    const basic = await freshCourse(subgraph, { track: 'BASIC' });
    expect(codeOf(await enrol(basic.id, memberId))).toBe('OK');
    expect(codeOf(await enrol(fastTrack.id, memberId))).toBe('PREREQUISITE_MISSING');
  });

  it('suits the track to the readiness', async () => {
    const fastTrack = await freshCourse(subgraph, { track: 'FAST_TRACK' });
    const regular = await freshCourse(subgraph, { track: 'REGULAR' });
    const exploration = await freshCourse(subgraph, { track: 'EXPLORATION' });
    const medium = await member('MEDIUM', { basic: true });
    const low = await member('LOW', { basic: true });
    const undiagnosed = await member(null, { basic: true });
    const high = await member('HIGH', { basic: true });
    expect(codeOf(await enrol(fastTrack.id, medium))).toBe('TRACK_NOT_SUITED');
    expect(codeOf(await enrol(regular.id, low))).toBe('TRACK_NOT_SUITED');
    expect(codeOf(await enrol(regular.id, undiagnosed))).toBe('TRACK_NOT_SUITED');
    expect(codeOf(await enrol(exploration.id, low))).toBe('OK');
    expect(codeOf(await enrol(regular.id, medium))).toBe('OK');
    expect(codeOf(await enrol(fastTrack.id, high))).toBe('OK');
  });

  it('refuses a course that has started, today or earlier', async () => {
    const memberId = await member('LOW');
    const today = await freshCourse(subgraph, { startsInDays: 0 });
    const started = await freshCourse(subgraph, { startsInDays: -3 });
    expect(codeOf(await enrol(today.id, memberId))).toBe('COURSE_STARTED');
    expect(codeOf(await enrol(started.id, memberId))).toBe('COURSE_STARTED');
    expect(codeOf(await enrol('fp26-south-r1-basic', memberId))).toBe('COURSE_STARTED');
  });

  it('refuses a full course and a second seat for the same member', async () => {
    const course = await freshCourse(subgraph, { capacity: 1 });
    const first = await member('LOW');
    const second = await member('LOW');
    expect(codeOf(await enrol(course.id, first))).toBe('OK');
    expect(codeOf(await enrol(course.id, first))).toBe('ALREADY_ENROLLED');
    const full = await enrol(course.id, second);
    expect(full.error).toEqual({ code: 'COURSE_FULL', message: 'All 1 seats are taken.' });
    expect(await seatsTaken(course.id)).toBe(1);
  });

  it('never over-fills a course under many concurrent requests over HTTP', async () => {
    const capacity = 5;
    const course = await freshCourse(subgraph, { capacity });
    const members = await Promise.all(Array.from({ length: 30 }, () => member('LOW')));
    const results = await Promise.all(members.map((memberId) => enrol(course.id, memberId)));
    const codes = results.map(codeOf);
    expect(codes.filter((code) => code === 'OK')).toHaveLength(capacity);
    expect(codes.filter((code) => code === 'COURSE_FULL')).toHaveLength(30 - capacity);
    expect(await seatsTaken(course.id)).toBe(capacity);
  });

  it('gives one member one seat, even when they click many times at once', async () => {
    const course = await freshCourse(subgraph, { capacity: 10 });
    const memberId = await member('LOW');
    const results = await Promise.all(Array.from({ length: 10 }, () => enrol(course.id, memberId)));
    const codes = results.map(codeOf);
    expect(codes.filter((code) => code === 'OK')).toHaveLength(1);
    expect(codes.filter((code) => code === 'ALREADY_ENROLLED')).toHaveLength(9);
    expect(await seatsTaken(course.id)).toBe(1);
  });

  const invalid: Array<[string, Record<string, string>, string]> = [
    ['an unknown course', { courseId: 'no-such-course' }, 'input.courseId'],
    ['a malformed course id', { courseId: 'DROP TABLE' }, 'input.courseId'],
  ];
  for (const [what, overrides, field] of invalid) {
    it(`refuses ${what} with BAD_USER_INPUT naming ${field}`, async () => {
      const course = await freshCourse(subgraph);
      const memberId = await member('LOW');
      const response = await graphql(
        subgraph.url,
        ENROLL,
        { input: { courseId: course.id, ...overrides } },
        await asMember(memberId),
      );
      expect(errorCodes(response)).toEqual(['BAD_USER_INPUT']);
      expect(response.errors?.[0]?.message).toContain(field);
      expect(await seatsTaken(course.id)).toBe(0);
    });
  }

  it('refuses anyone not signed in, and staff (the member enrols themself)', async () => {
    const course = await freshCourse(subgraph);
    const anonymous = await graphql(subgraph.url, ENROLL, { input: { courseId: course.id } });
    expect(errorCodes(anonymous)).toEqual(['UNAUTHENTICATED']);
    const staff = await graphql(
      subgraph.url,
      ENROLL,
      { input: { courseId: course.id } },
      await asStaff(),
    );
    expect(errorCodes(staff)).toEqual(['FORBIDDEN']);
    expect(await seatsTaken(course.id)).toBe(0);
  });
});

describe('withdrawFromCourse', () => {
  it('frees the seat for someone else; only the member may withdraw, once', async () => {
    const course = await freshCourse(subgraph, { capacity: 1 });
    const holder = await member('LOW');
    const other = await member('LOW');
    const taken = await enrol(course.id, holder);
    const enrollmentId = taken.enrollment?.id as string;
    expect(codeOf(await enrol(course.id, other))).toBe('COURSE_FULL');

    const anonymous = await graphql(subgraph.url, WITHDRAW, { input: { enrollmentId } });
    expect(errorCodes(anonymous)).toEqual(['UNAUTHENTICATED']);
    const stranger = await withdrawAs(other, enrollmentId);
    expect(errorCodes(stranger)).toEqual(['NOT_FOUND']);

    const withdrawn = await withdrawAs(holder, enrollmentId);
    expect(withdrawn.data?.withdrawFromCourse).toEqual({
      ok: true,
      error: null,
      enrollment: { status: 'WITHDRAWN', withdrawnOn: koreanDay(), course: { enrolledCount: 0 } },
    });
    const again = await withdrawAs<{
      withdrawFromCourse: { ok: boolean; error: { code: string } };
    }>(holder, enrollmentId);
    expect(again.data?.withdrawFromCourse).toMatchObject({
      ok: false,
      error: { code: 'NOT_ENROLLED' },
    });

    expect(codeOf(await enrol(course.id, other))).toBe('OK');
    expect(await seatsTaken(course.id)).toBe(1);
  });

  it('refuses after the course has ended', async () => {
    const memberId = await member('LOW');
    const course = await freshCourse(subgraph, { startsInDays: -20 });
    const [row] = await subgraph.db.execute<{ id: string }>(sql`
      insert into fiftyplus.enrollments (course_id, person_id, enrolled_on)
      values (${course.id}, ${memberId}, ${koreanDay(-25)}) returning id`);
    const response = await withdrawAs<{
      withdrawFromCourse: { ok: boolean; error: { code: string } };
    }>(memberId, row?.id);
    expect(response.data?.withdrawFromCourse).toMatchObject({
      ok: false,
      error: { code: 'COURSE_ENDED' },
    });
    expect(await seatsTaken(course.id)).toBe(1);
  });

  it('refuses a malformed id with BAD_USER_INPUT', async () => {
    const response = await withdrawAs(newMemberId(), 'seat-1');
    expect(errorCodes(response)).toEqual(['BAD_USER_INPUT']);
    const problems = response.errors?.[0]?.extensions?.problems as Array<{ field: string }>;
    expect(problems.map((problem) => problem.field)).toEqual(['input.enrollmentId']);
  });
});
