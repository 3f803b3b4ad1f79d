import { startTestSubgraph, type TestSubgraph } from '@jobgraph/testkit';
import type { CityTables } from '../src/graphql/context.js';
import { citySubgraph } from '../src/index.js';

export type TestCity = TestSubgraph<CityTables>;

/** The city subgraph on a random port over a seeded database of its own. */
export function startCity(): Promise<TestCity> {
  return startTestSubgraph(citySubgraph);
}

export const PROGRAM_ID = 'seoul-attractive-jobs-2026';

let members = 0;
/** A fresh integrated-member id per call, so tests never share a person. */
export function newMemberId(): string {
  members += 1;
  return `MT${process.pid.toString(36).toUpperCase().padStart(6, '0')}${String(members).padStart(6, '0')}`;
}

/** An applicant who meets every Attractive Jobs rule. */
export function eligibleApplicant() {
  return {
    birthDate: '1994-05-17',
    residenceRegionCode: '11590',
    employmentStatus: 'UNEMPLOYED',
    priorParticipationMonths: 0,
  };
}
