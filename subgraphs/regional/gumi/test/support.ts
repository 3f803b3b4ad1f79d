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
import type { GumiTables } from '../src/graphql/context.js';
import { gumiSubgraph } from '../src/index.js';

export type TestGumi = TestSubgraph<GumiTables>;

/** The gumi subgraph on a random port over a seeded database of its own. */
export function startGumi(): Promise<TestGumi> {
  return startTestSubgraph(gumiSubgraph);
}

let members = 0;
/** A fresh integrated-member id per call, so tests never share a person. */
export function newMemberId(): string {
  members += 1;
  return `MT${process.pid.toString(36).toUpperCase().padStart(6, '0')}${String(members).padStart(6, '0')}`;
}

export function asMember(memberId: string): Promise<Record<string, string>> {
  return asViewer(citizen(memberId));
}

export const STAFF_REASON = 'career design follow-up 2026-12';

/** A Ministry counselor of Gumi, reading for `STAFF_REASON` unless told otherwise. */
export function asStaff(
  options: {
    agency?: 'ministry' | 'districts';
    reason?: string | null;
    subject?: string;
    center?: string | null;
  } = {},
): Promise<Record<string, string>> {
  const reason = options.reason === undefined ? STAFF_REASON : options.reason;
  const center = options.center === undefined ? 'moel-gumi' : options.center;
  return asViewer(
    counselor(options.agency ?? 'ministry', options.subject ?? 'cs-gumi-01', {
      ...(center === null ? {} : { center }),
      ...(reason === null ? {} : { reason }),
    }),
  );
}

/** Runs an operation that must succeed and returns its data. */
export async function query<Data>(
  subgraph: TestGumi,
  operation: string,
  variables?: Record<string, unknown>,
  headers?: Record<string, string>,
): Promise<Data> {
  const response = await graphql<Data>(subgraph.url, operation, variables, headers);
  expect(response.errors).toBeUndefined();
  if (!response.data) throw new Error('no data');
  return response.data;
}

/** Today in Korea, shifted by whole days (YYYY-MM-DD). */
export function koreanDay(offsetDays = 0): string {
  return new Date(Date.now() + 9 * 3_600_000 + offsetDays * 86_400_000).toISOString().slice(0, 10);
}

/** The fields named by a BAD_USER_INPUT error's problems. */
export function problemFields(response: {
  errors?: ReadonlyArray<{ extensions?: Record<string, unknown> }>;
}): string[] {
  const problems = response.errors?.[0]?.extensions?.problems;
  if (!Array.isArray(problems)) return [];
  return problems.map((problem: { field?: unknown }) => String(problem.field)).sort();
}

let sessions = 0;
/**
 * A session of its own for a test, starting `daysAhead` days from now (negative: in the past),
 * for people aged `minimumAge` or over.
 */
export async function freshSession(
  gumi: TestGumi,
  capacity: number,
  options: { daysAhead?: number; minimumAge?: number } = {},
): Promise<string> {
  sessions += 1;
  const id = `cds-test-${process.pid}-${sessions}`;
  const startsAt = new Date(Date.now() + (options.daysAhead ?? 7) * 86_400_000);
  await gumi.db.execute(sql`
    insert into gumi.career_sessions
      (id, center_id, title_ko, title_en, venue, starts_at, duration_minutes, minimum_age, capacity)
    values (${id}, 'moel-gumi', '테스트 세션', 'Test session', '구미중장년내일센터',
            ${startsAt.toISOString()}::timestamptz, 120, ${options.minimumAge ?? 50}, ${capacity})`);
  return id;
}

export async function bookingsInDatabase(
  gumi: TestGumi,
  sessionId: string,
): Promise<{ active: number; counted: number }> {
  const [row] = await gumi.db.execute<{ active: number; counted: number }>(sql`
    select (select count(*)::int from gumi.career_bookings
            where session_id = ${sessionId} and status = 'BOOKED') as active,
           (select booked from gumi.career_sessions where id = ${sessionId}) as counted`);
  return { active: row?.active ?? 0, counted: row?.counted ?? 0 };
}

/** A birth date making someone `years` old today (plus a margin of days). */
export function bornYearsAgo(years: number, extraDays = 30): string {
  const today = koreanDay(0);
  const year = Number(today.slice(0, 4)) - years;
  const date = new Date(`${year}${today.slice(4)}T00:00:00Z`);
  return new Date(date.getTime() - extraDays * 86_400_000).toISOString().slice(0, 10);
}
