import {
  asViewer,
  citizen,
  counselor,
  graphql,
  startTestSubgraph,
  type TestSubgraph,
} from '@jobgraph/testkit';
import { expect } from 'vitest';
import type { DistrictsTables } from '../src/graphql/context.js';
import { districtsSubgraph } from '../src/index.js';

export type TestDistricts = TestSubgraph<DistrictsTables>;

/** The districts subgraph on a random port over a seeded database of its own. */
export function startDistricts(): Promise<TestDistricts> {
  return startTestSubgraph(districtsSubgraph);
}

export const PROGRAM_ID = 'district-dongjak-sme-hiring-incentive';

let members = 0;
/** A fresh integrated-member id per call, so tests never share a person. */
export function newMemberId(): string {
  members += 1;
  return `MT${process.pid.toString(36).toUpperCase().padStart(6, '0')}${String(members).padStart(6, '0')}`;
}

/** The headers of the signed-in member `memberId`, as the gateway signs them. */
export function asMember(memberId: string): Promise<Record<string, string>> {
  return asViewer(citizen(memberId));
}

/** Why the tests' staff read members' records (recorded with each read). */
export const STAFF_REASON = 'hiring incentive review 2026-11';

/**
 * The headers of a district staff member: of `center` (Dongjak unless said otherwise; `null` for
 * staff of every center), reading for `STAFF_REASON` unless another reason (or none) is given.
 */
export function asStaff(
  subject = 'st-dongjak-01',
  options: { center?: string | null; reason?: string | null } = {},
): Promise<Record<string, string>> {
  const center = options.center === undefined ? 'dc-dongjak' : options.center;
  const reason = options.reason === undefined ? STAFF_REASON : options.reason;
  return asViewer(
    counselor('districts', subject, {
      ...(center === null ? {} : { center }),
      ...(reason === null ? {} : { reason }),
    }),
  );
}

/** Runs an operation that must succeed and returns its data. */
export async function query<Data>(
  subgraph: TestDistricts,
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
