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
import type { GwanakTables } from '../src/graphql/context.js';
import { gwanakSubgraph } from '../src/index.js';

export type TestGwanak = TestSubgraph<GwanakTables>;

/** The gwanak subgraph on a random port over a seeded database of its own. */
export function startGwanak(): Promise<TestGwanak> {
  return startTestSubgraph(gwanakSubgraph);
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

export const STAFF_REASON = 'matching applicants to G-Valley openings 2026-11';

/** A Ministry counselor of Seoul Gwanak, reading for `STAFF_REASON` unless told otherwise. */
export function asStaff(
  options: { agency?: 'ministry' | 'districts'; reason?: string | null } = {},
): Promise<Record<string, string>> {
  const reason = options.reason === undefined ? STAFF_REASON : options.reason;
  return asViewer(
    counselor(options.agency ?? 'ministry', 'cs-gwanak-01', {
      center: 'moel-seoul-gwanak',
      ...(reason === null ? {} : { reason }),
    }),
  );
}

/** Runs an operation that must succeed and returns its data. */
export async function query<Data>(
  subgraph: TestGwanak,
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

let openings = 0;
/**
 * An opening of its own for a test, at a G-Valley partner, taking applications from
 * `opensIn` to `closesIn` days from today in Korea.
 */
export async function freshOpening(
  gwanak: TestGwanak,
  capacity: number,
  window: { opensIn?: number; closesIn?: number } = {},
): Promise<string> {
  openings += 1;
  const id = `gwo-test-${process.pid}-${openings}`;
  await gwanak.db.execute(sql`
    insert into gwanak.partner_openings
      (id, employer_id, title_ko, title_en, minimum_age, positions, capacity, hours_per_week,
       opens_on, closes_on)
    values (${id}, 'E00213', '테스트 채용', 'Test opening', 50, 1, ${capacity}, 40,
            ${koreanDay(window.opensIn ?? -1)}::date, ${koreanDay(window.closesIn ?? 10)}::date)`);
  return id;
}

export async function applicationsInDatabase(
  gwanak: TestGwanak,
  openingId: string,
): Promise<{ active: number; counted: number }> {
  const [row] = await gwanak.db.execute<{ active: number; counted: number }>(sql`
    select (select count(*)::int from gwanak.opening_applications
            where opening_id = ${openingId} and status = 'APPLIED') as active,
           (select applied from gwanak.partner_openings where id = ${openingId}) as counted`);
  return { active: row?.active ?? 0, counted: row?.counted ?? 0 };
}
