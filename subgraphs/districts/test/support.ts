import { graphql, startTestSubgraph, type TestSubgraph } from '@jobgraph/testkit';
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

/** Runs an operation that must succeed and returns its data. */
export async function query<Data>(
  subgraph: TestDistricts,
  operation: string,
  variables?: Record<string, unknown>,
): Promise<Data> {
  const response = await graphql<Data>(subgraph.url, operation, variables);
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
