import {
  asViewer,
  counselor,
  type GraphQLResponse,
  graphql,
  startTestSubgraph,
  type TestSubgraph,
} from '@jobgraph/testkit';
import { sql } from 'drizzle-orm';
import { expect } from 'vitest';
import type { MinistryTables } from '../src/db/database.js';
import { ministrySubgraph } from '../src/index.js';

export type TestMinistry = TestSubgraph<MinistryTables>;

/** The ministry subgraph on a random port over a seeded database of its own. */
export function startMinistry(): Promise<TestMinistry> {
  return startTestSubgraph(ministrySubgraph);
}

/** Who is asking, as the gateway signs it. */
export type Viewer = Parameters<typeof asViewer>[0];

/** Sends an operation as `viewer` (signed as the gateway would), or signed out without one. */
export async function send<Data>(
  ministry: TestMinistry,
  document: string,
  variables?: Record<string, unknown>,
  viewer?: Viewer,
): Promise<GraphQLResponse<Data>> {
  const headers = viewer ? await asViewer(viewer) : undefined;
  return graphql<Data>(ministry.url, document, variables, headers);
}

/** Runs an operation that must succeed, as `viewer` (or signed out), and returns its data. */
export async function query<Data>(
  ministry: TestMinistry,
  document: string,
  variables?: Record<string, unknown>,
  viewer?: Viewer,
): Promise<Data> {
  const response = await send<Data>(ministry, document, variables, viewer);
  expect(response.errors).toBeUndefined();
  return response.data as Data;
}

/** The problems a BAD_USER_INPUT error names, by field. */
export function problemFields(response: GraphQLResponse<unknown>): string[] {
  const problems = response.errors?.[0]?.extensions?.problems as
    | Array<{ field: string }>
    | undefined;
  return (problems ?? []).map((problem) => problem.field);
}

export const GWANAK = 'moel-seoul-gwanak';
export const GUMI = 'moel-gumi';
export const GWANAK_COUNSELOR = 'cs-gwanak-01';
export const GWANAK_OTHER_COUNSELOR = 'cs-gwanak-02';
export const GUMI_COUNSELOR = 'cs-gumi-01';

/** The reason the tests' staff give for reading people's records (header `x-access-reason`). */
export const REASON = 'case management review';

/** A Ministry counselor of `center`, reading with a reason unless told otherwise. */
export function ministryCounselor(
  subject: string,
  center: string,
  reason: string | undefined = REASON,
): Viewer {
  return counselor('ministry', subject, { center, ...(reason ? { reason } : {}) });
}

export const gwanakCounselor = ministryCounselor(GWANAK_COUNSELOR, GWANAK);
export const gwanakOtherCounselor = ministryCounselor(GWANAK_OTHER_COUNSELOR, GWANAK);
export const gumiCounselor = ministryCounselor(GUMI_COUNSELOR, GUMI);

/** An administrator (every scope, no agency or center), with a reason when given. */
export function administrator(reason?: string): Viewer {
  return {
    subject: 'admin-01',
    roles: ['admin'],
    scopes: ['casefiles:read', 'casefiles:write'],
    ...(reason ? { accessReason: reason } : {}),
  };
}

/** Today in Korea, YYYY-MM-DD, as the subgraph counts it. */
export function koreanToday(): string {
  return new Date(Date.now() + 9 * 3_600_000).toISOString().slice(0, 10);
}

/** A calendar date `days` after `day`. */
export function dayAfter(day: string, days: number): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

/** The birth date of someone who turns `years` old `offsetDays` after today (0: today). */
export function birthDateTurning(years: number, offsetDays = 0): string {
  const birthday = new Date(`${dayAfter(koreanToday(), offsetDays)}T00:00:00Z`);
  birthday.setUTCFullYear(birthday.getUTCFullYear() - years);
  return birthday.toISOString().slice(0, 10);
}

let members = 0;
/** A fresh integrated-member id per call, so tests never share a person. */
export function newMemberId(): string {
  members += 1;
  return `MT${process.pid.toString(36).toUpperCase().padStart(6, '0')}${String(members).padStart(6, '0')}`;
}

let records = 0;
/**
 * An employment-insurance acquisition of a test person, as the national system would record it
 * (the subgraph has no operation that writes these).
 */
export async function recordAcquisition(
  ministry: TestMinistry,
  personId: string,
  acquiredOn: string,
): Promise<string> {
  records += 1;
  const id = `IR9${String(process.pid % 1000).padStart(3, '0')}${String(records).padStart(3, '0')}`;
  await ministry.db.execute(sql`
    insert into ministry.insurance_records
      (id, person_id, employer_id, industry_code, workplace_region_code, residence_region_code, acquired_on)
    values (${id}, ${personId}, 'E00133', 'Q', '11620', '11620', ${acquiredOn})`);
  return id;
}

/** What is stored about a file: its version and stage, and how many rows hang off it. */
export async function storedFile(ministry: TestMinistry, caseFileId: string) {
  const [row] = await ministry.db.execute<{
    version: number;
    stage: string;
    changes: number;
    notes: number;
    actions: number;
    referrals: number;
  }>(sql`
    select f.version, f.stage,
      (select count(*)::int from ministry.case_stage_changes c where c.case_file_id = f.id) as changes,
      (select count(*)::int from ministry.case_notes n where n.case_file_id = f.id) as notes,
      (select count(*)::int from ministry.next_actions a where a.case_file_id = f.id) as actions,
      (select count(*)::int from ministry.case_referrals r where r.case_file_id = f.id) as referrals
    from ministry.case_files f where f.id = ${caseFileId}`);
  return row;
}

export const OPEN = /* GraphQL */ `
  mutation Open($input: OpenCaseFileInput!) {
    openCaseFile(input: $input) {
      ok
      error { code message }
      caseFile { id version stage openedOn name phone birthDate person { id } center { id } counselor { id } stageHistory { stage enteredOn counselor { id } } }
    }
  }
`;

export interface OpenData {
  openCaseFile: {
    ok: boolean;
    error: { code: string; message: string } | null;
    caseFile: {
      id: string;
      version: number;
      stage: string;
      openedOn: string;
      name: string;
      phone: string;
      birthDate: string;
      person: { id: string };
      center: { id: string };
      counselor: { id: string };
      stageHistory: Array<{ stage: string; enteredOn: string; counselor: { id: string } | null }>;
    } | null;
  };
}

/** What opening a file at Seoul Gwanak for a 58-year-old asks, with `overrides` applied. */
export function openInput(memberId: string, overrides: Record<string, unknown> = {}) {
  return {
    memberId,
    centerId: GWANAK,
    name: '테스트',
    birthDate: birthDateTurning(58, -30),
    phone: '010 2222 3333',
    residenceRegionCode: '11590',
    ...overrides,
  };
}

/**
 * Opens a fresh file for a new person at Seoul Gwanak (by `cs-gwanak-01`, or the counselor given);
 * its id, version 1 and the person.
 */
export async function openFile(ministry: TestMinistry, by: Viewer = gwanakCounselor) {
  const memberId = newMemberId();
  const data = await query<OpenData>(ministry, OPEN, { input: openInput(memberId) }, by);
  const file = data.openCaseFile.caseFile;
  expect(data.openCaseFile.ok).toBe(true);
  return { id: file?.id as string, version: file?.version as number, memberId };
}
