import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ADVANCE, NOTE, REFER, SET_ACTION } from './operations.js';
import {
  dayAfter,
  GWANAK,
  gwanakCounselor,
  gwanakOtherCounselor,
  koreanToday,
  openFile,
  query,
  recordAcquisition,
  send,
  startMinistry,
  type TestMinistry,
} from './support.js';

let ministry: TestMinistry;
beforeAll(async () => {
  ministry = await startMinistry();
  // A placed file opened today, so that every page of the newest files has a placement too.
  const placed = await openFile(ministry);
  const record = await recordAcquisition(ministry, placed.memberId, koreanToday());
  for (const [index, to] of ['DIAGNOSIS', 'PLAN', 'JOB_SEARCH', 'PLACED'].entries()) {
    await query(
      ministry,
      ADVANCE,
      {
        input: {
          caseFileId: placed.id,
          expectedVersion: index + 1,
          to,
          ...(to === 'PLACED' ? { placementRecordId: record } : {}),
        },
      },
      gwanakCounselor,
    );
  }
  // Notes, next actions and referrals on the newest Gwanak files, so the lists have rows.
  const files = await query<{
    caseFiles: { edges: Array<{ node: { id: string; version: number } }> };
  }>(
    ministry,
    `{ caseFiles(centerId: "${GWANAK}", first: 8) { edges { node { id version } } } }`,
    undefined,
    gwanakCounselor,
  );
  for (const { node } of files.caseFiles.edges) {
    const base = { caseFileId: node.id };
    await query(
      ministry,
      NOTE,
      { input: { ...base, expectedVersion: node.version, body: '상담 메모' } },
      gwanakCounselor,
    );
    await query(
      ministry,
      SET_ACTION,
      {
        input: {
          ...base,
          expectedVersion: node.version + 1,
          description: '이력서 점검',
          dueOn: dayAfter(koreanToday(), 5),
        },
      },
      gwanakOtherCounselor,
    );
    await query(
      ministry,
      REFER,
      {
        input: {
          ...base,
          expectedVersion: node.version + 2,
          programId: 'seoul50plus-midcareer-job-academy',
        },
      },
      gwanakCounselor,
    );
  }
});
afterAll(() => ministry?.close());

/**
 * Statements the subgraph sends for one request (the counter sees every statement). The request
 * is sent once before counting, so that what is counted is the request on a warm pool, not the
 * setup of the connections the first one to run many queries at once opens. It is sent by a
 * counselor with a reason, who may see everything asked: their reads of people's records add one
 * statement, the access log's insert, whatever the number of people.
 */
async function statementsFor(document: string, variables: Record<string, unknown>) {
  await send(ministry, document, variables, gwanakCounselor);
  const before = ministry.statements.count;
  const response = await send(ministry, document, variables, gwanakCounselor);
  expect(response.errors).toBeUndefined();
  return { statements: ministry.statements.count - before, data: response.data };
}

describe('SQL statements per request do not grow with list sizes', () => {
  it('is the same for 60 case files as for 5, with people, centers, counselors, notes and referrals', async () => {
    const page = /* GraphQL */ `
      query Page($first: Int!) {
        caseFiles(centerId: "${GWANAK}", first: $first) {
          totalCount
          edges { node {
            id person { id } residenceRegion { code }
            center { name strategy { name } }
            counselor { name center { id } }
            stageHistory { stage counselor { id } }
            notes { body author { name } }
            nextActions { description setBy { name } }
            referrals { program { id } referredBy { name } }
            placement { acquiredOn industry { name } }
          } }
        }
      }
    `;
    const small = await statementsFor(page, { first: 5 });
    const large = await statementsFor(page, { first: 60 });

    const edges = (large.data as { caseFiles: { edges: unknown[] } }).caseFiles.edges;
    expect(edges).toHaveLength(60);
    expect(large.statements).toBe(small.statements);
    // The page, its count, the centers, their strategies, the counselors in charge, one each for
    // stage histories, notes, next actions, referrals (all with the counselors they name) and
    // placements, and the access log's one insert; regions and KSIC names are in memory.
    expect(large.statements).toBe(11);
  });

  it("is the same for 40 people's case files and insurance records as for 3", async () => {
    const ids = (
      await ministry.db.execute<{ person_id: string }>(sql`
        select person_id from ministry.case_files order by id limit 40`)
    ).map((row) => row.person_id);
    const people = /* GraphQL */ `
      query People($representations: [_Any!]!) {
        _entities(representations: $representations) {
          ... on Person {
            caseFiles { stage center { name } counselor { name } placement { id } }
            employmentInsuranceRecords { acquiredOn industry { name } workplaceRegion { code } residenceRegion { code } employer { id } }
          }
        }
      }
    `;
    const few = await statementsFor(people, {
      representations: ids.slice(0, 3).map((id) => ({ __typename: 'Person', id })),
    });
    const many = await statementsFor(people, {
      representations: ids.map((id) => ({ __typename: 'Person', id })),
    });
    expect(many.statements).toBe(few.statements);
  });

  it('is the same for the employment centers of 25 regions as for 2', async () => {
    const regions = /* GraphQL */ `
      query Regions($representations: [_Any!]!) {
        _entities(representations: $representations) {
          ... on Region {
            employmentCenters {
              id
              ... on NationalEmploymentCenter {
                name serviceArea { code } strategy { lines { text } targetIndustries { section { name } regions { code } } }
                consortium { name } counselors { name }
              }
            }
            ministryPrograms { name components { program { name } } }
          }
        }
      }
    `;
    const codes = [
      '11',
      '28',
      '47',
      '11620',
      '11590',
      '11530',
      '11545',
      '28237',
      '28245',
      '28260',
      '28177',
      '47190',
      '52140',
      '45140',
      '26',
      '27',
      '29',
      '30',
      '31',
      '36',
      '41',
      '43',
      '46',
      '48',
      '50',
    ];
    const representation = (code: string) => ({
      __typename: 'Region',
      code,
      districtEmploymentCenters: code === '11590' ? [{ id: 'dc-dongjak' }] : [],
    });
    const two = await statementsFor(regions, {
      representations: codes.slice(0, 2).map(representation),
    });
    const all = await statementsFor(regions, { representations: codes.map(representation) });
    expect(all.statements).toBe(two.statements);
  });

  it('resolves many entity references in one batch per type', async () => {
    const ids = (
      await ministry.db.execute<{ id: string }>(sql`
        select id from ministry.insurance_records order by id desc limit 60`)
    ).map((row) => row.id);
    const entities = /* GraphQL */ `
      query Entities($representations: [_Any!]!) {
        _entities(representations: $representations) {
          ... on EmploymentInsuranceRecord { acquiredOn person { id } residenceRegion { code } industry { name } }
          ... on EmploymentCenter { id }
          ... on NationalEmploymentCenter { name counselors { id } }
          ... on MinistryProgram { name components { program { name } } }
          ... on DistrictEmploymentCenter { firstYearEmploymentStarts firstYearShareOfLocalEmployment }
        }
      }
    `;
    const centers = ['moel-gumi', 'moel-seoul-gwanak', 'moel-incheon-bukbu', 'moel-incheon-seobu'];
    const programs = [
      'moel-midcareer-tomorrow-connection',
      'moel-tomorrow-learning-card',
      'moel-national-employment-support',
    ];
    const districtCenter = (index: number) => ({
      __typename: 'DistrictEmploymentCenter',
      id: `dc-test-${index}`,
      region: { code: ['11590', '11620', '11530', '52140'][index % 4] },
      openedOn: `${2023 + (index % 3)}-0${1 + (index % 9)}-01`,
      firstYearPlacements: 100 + index,
    });
    const representations = (count: number) => [
      ...ids.slice(0, count).map((id) => ({ __typename: 'EmploymentInsuranceRecord', id })),
      ...centers.slice(0, Math.min(count, 4)).map((id) => ({ __typename: 'EmploymentCenter', id })),
      ...programs.slice(0, Math.min(count, 3)).map((id) => ({ __typename: 'MinistryProgram', id })),
      ...Array.from({ length: count }, (_, index) => districtCenter(index)),
    ];
    const few = await statementsFor(entities, { representations: representations(2) });
    const many = await statementsFor(entities, { representations: representations(60) });
    expect(
      (many.data as { _entities: unknown[] })._entities.filter((entity) => entity !== null),
    ).toHaveLength(60 + 4 + 3 + 60);
    expect(many.statements).toBe(few.statements);
  });
});
