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
import type { IncheonTables } from '../src/graphql/context.js';
import { incheonSubgraph } from '../src/index.js';

export type TestIncheon = TestSubgraph<IncheonTables>;

/** The incheon subgraph on a random port over a seeded database of its own. */
export function startIncheon(): Promise<TestIncheon> {
  return startTestSubgraph(incheonSubgraph);
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

export const STAFF_REASON = 'preparing the root-industry demand day 2026-12';

/** A Ministry counselor of Incheon Bukbu, reading for `STAFF_REASON` unless told otherwise. */
export function asStaff(
  options: { agency?: 'ministry' | 'districts'; reason?: string | null } = {},
): Promise<Record<string, string>> {
  const reason = options.reason === undefined ? STAFF_REASON : options.reason;
  return asViewer(
    counselor(options.agency ?? 'ministry', 'cs-incheon-bukbu-01', {
      center: 'moel-incheon-bukbu',
      ...(reason === null ? {} : { reason }),
    }),
  );
}

/** Runs an operation that must succeed and returns its data. */
export async function query<Data>(
  subgraph: TestIncheon,
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

let days = 0;
/** A job demand day of its own for a test, `daysAhead` from today in Korea (negative: past). */
export async function freshDay(
  incheon: TestIncheon,
  capacity: number,
  daysAhead = 10,
): Promise<string> {
  days += 1;
  const id = `jdd-test-${process.pid}-${days}`;
  await incheon.db.execute(sql`
    insert into incheon.demand_days
      (id, center_id, industry, title_ko, title_en, held_on, venue, capacity)
    values (${id}, 'moel-incheon-seobu', 'LOGISTICS', '테스트 수요일', 'Test day',
            ${koreanDay(daysAhead)}::date, '인천서부고용센터', ${capacity})`);
  return id;
}

export async function registrationsInDatabase(
  incheon: TestIncheon,
  dayId: string,
): Promise<{ rows: number; counted: number }> {
  const [row] = await incheon.db.execute<{ rows: number; counted: number }>(sql`
    select (select count(*)::int from incheon.demand_day_registrations
            where demand_day_id = ${dayId}) as rows,
           (select registered from incheon.demand_days where id = ${dayId}) as counted`);
  return { rows: row?.rows ?? 0, counted: row?.counted ?? 0 };
}
