import {
  asViewer,
  citizen,
  counselor,
  graphql,
  startTestSubgraph,
  type TestSubgraph,
} from '@jobgraph/testkit';
import { sql } from 'drizzle-orm';
import { expect } from 'vitest';
import type { FiftyPlusTables } from '../src/graphql/context.js';
import { fiftyplusSubgraph } from '../src/index.js';

export type TestFiftyPlus = TestSubgraph<FiftyPlusTables>;

/** The fiftyplus subgraph on a random port over a seeded database of its own. */
export function startFiftyPlus(): Promise<TestFiftyPlus> {
  return startTestSubgraph(fiftyplusSubgraph);
}

export const ACADEMY_ID = 'seoul50plus-midcareer-academy-2026';
export const TALENT_ID = 'seoul50plus-experienced-talent-2026';

/** The campus test members register at, and whose staff the tests act as by default. */
export const SOUTH_CAMPUS = 'campus-south';
export const SOUTH_COUNSELOR = 'st-campus-south-01';
export const COUNSELLING_REASON = 'career counselling 2026-11';

/** The headers the gateway sends for the signed-in member `memberId`. */
export function asMember(memberId: string): Promise<Record<string, string>> {
  return asViewer(citizen(memberId));
}

/**
 * The headers the gateway sends for a counselor of the foundation: of the South campus, reading
 * for a counselling reason, unless told otherwise (`reason: null` for none).
 */
export function asStaff(
  options: { subject?: string; center?: string; reason?: string | null } = {},
): Promise<Record<string, string>> {
  const reason = options.reason === undefined ? COUNSELLING_REASON : options.reason;
  return asViewer(
    counselor('fiftyplus', options.subject ?? SOUTH_COUNSELOR, {
      center: options.center ?? SOUTH_CAMPUS,
      ...(reason === null ? {} : { reason }),
    }),
  );
}

let members = 0;
/** A fresh integrated-member id per call, so tests never share a person. */
export function newMemberId(): string {
  members += 1;
  return `MT${process.pid.toString(36).toUpperCase().padStart(6, '0')}${String(members).padStart(6, '0')}`;
}

const DAY_MS = 86_400_000;
/** Today in Korea, moved by a number of days, as YYYY-MM-DD. */
export function koreanDay(offsetDays = 0): string {
  return new Date(Date.now() + 9 * 3_600_000 + offsetDays * DAY_MS).toISOString().slice(0, 10);
}

/** The birth date of someone who is `age` today, with their birthday `daysAfter` days from now. */
export function birthDateForAge(age: number, daysAfter = 30): string {
  const day = koreanDay(daysAfter);
  return `${Number(day.slice(0, 4)) - age - 1}${day.slice(4)}`;
}

/** A registration every rule accepts: a 55-year-old in Dongjak-gu with an office career. */
export function talentInput(overrides: Record<string, unknown> = {}) {
  return {
    name: '김서연',
    birthDate: birthDateForAge(55),
    phone: '010-2345-6789',
    residenceRegionCode: '11590',
    campusId: SOUTH_CAMPUS,
    careerHistory: [
      { occupationCode: '0', title: '총무·인사 관리', years: 15 },
      { occupationCode: '6', title: '영업 관리', years: 5 },
    ],
    desiredConditions: {
      regionCodes: ['11590', '11620'],
      minMonthlyWageKrw: 2_500_000,
      maxHoursPerWeek: 40,
      employmentTypes: ['PERMANENT', 'FIXED_TERM'],
    },
    ...overrides,
  };
}

const REGISTER = /* GraphQL */ `
  mutation Register($input: RegisterTalentProfileInput!) {
    registerTalentProfile(input: $input) { created profile { registeredOn } }
  }
`;

/** Registers a talent profile as the member over HTTP and fails the test if it is refused. */
export async function registerTalent(
  subgraph: TestFiftyPlus,
  memberId: string,
  overrides: Record<string, unknown> = {},
): Promise<void> {
  const response = await graphql(
    subgraph.url,
    REGISTER,
    { input: talentInput(overrides) },
    await asMember(memberId),
  );
  expect(response.errors).toBeUndefined();
}

/** Sets a profile's readiness directly, as a diagnosis would. */
export async function setReadiness(
  subgraph: TestFiftyPlus,
  memberId: string,
  readiness: 'LOW' | 'MEDIUM' | 'HIGH' | null,
): Promise<void> {
  await subgraph.db.execute(
    sql`update fiftyplus.talent_profiles set readiness = ${readiness} where person_id = ${memberId}`,
  );
}

let courses = 0;
/** A course of its own for a test, starting `startsInDays` from today at the South campus. */
export async function freshCourse(
  subgraph: TestFiftyPlus,
  options: { track?: string; capacity?: number; startsInDays?: number } = {},
): Promise<{ id: string; startsOn: string }> {
  courses += 1;
  const id = `test-${process.pid}-${courses}`;
  const startsOn = koreanDay(options.startsInDays ?? 14);
  await subgraph.db.execute(sql`
    insert into fiftyplus.courses
      (id, program_id, campus_id, track, title, starts_on, ends_on, hours, capacity)
    values (${id}, ${ACADEMY_ID}, ${SOUTH_CAMPUS}, ${options.track ?? 'BASIC'}, '시험 과정',
            ${startsOn}, ${startsOn}::date + 4, 20, ${options.capacity ?? 20})`);
  return { id, startsOn };
}

/** Records that a member completed a basic-education course (as staff would, after it ended). */
export async function completeBasic(subgraph: TestFiftyPlus, memberId: string): Promise<void> {
  const course = await freshCourse(subgraph, { track: 'BASIC', startsInDays: -30 });
  await subgraph.db.execute(sql`
    insert into fiftyplus.enrollments (course_id, person_id, status, enrolled_on, completed_on)
    values (${course.id}, ${memberId}, 'COMPLETED', ${koreanDay(-40)}, ${koreanDay(-26)})`);
}
