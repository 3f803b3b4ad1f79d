import { readCsv, syntheticData } from '@jobgraph/data';
import { errorCodes } from '@jobgraph/testkit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  GWANAK,
  gwanakCounselor,
  problemFields,
  query,
  send,
  startMinistry,
  type TestMinistry,
} from './support.js';

let ministry: TestMinistry;
beforeAll(async () => {
  ministry = await startMinistry();
});
afterAll(() => ministry?.close());

/** As a Gwanak counselor reading with a reason. */
const asCounselor = (document: string, variables: Record<string, unknown>) =>
  send(ministry, document, variables, gwanakCounselor);
const readAs = <Data>(document: string, variables: Record<string, unknown>) =>
  query<Data>(ministry, document, variables, gwanakCounselor);

type CaseFileCsv = Record<
  'id' | 'person_id' | 'center_id' | 'counselor_id' | 'stage' | 'opened_on',
  string
>;

const FILE = /* GraphQL */ `
  query File($id: ID!) {
    caseFile(id: $id) {
      id person { id } center { id name } counselor { id name center { id } }
      name birthDate phone residenceRegion { code }
      stage stageChangedOn nextStages
      stageHistory { stage enteredOn counselor { id } }
      notes { id } nextActions { id } referrals { id }
      placement { id person { id } acquiredOn }
      openedOn closedOn closureReason version
    }
  }
`;

describe('caseFile', () => {
  it('holds a placed job seeker’s journey: Park Mi-kyung at Seoul Gwanak, in follow-up', async () => {
    const data = await readAs<{ caseFile: Record<string, unknown> }>(FILE, {
      id: 'CF00002',
    });
    expect(data.caseFile).toMatchObject({
      id: 'CF00002',
      person: { id: 'M00000002' },
      center: { id: GWANAK, name: '서울관악고용센터' },
      counselor: { id: 'cs-gwanak-03', center: { id: GWANAK } },
      name: '박미경',
      birthDate: '1973-09-02',
      phone: '010-2001-0002',
      residenceRegion: { code: '11620' },
      stage: 'FOLLOW_UP',
      stageChangedOn: '2026-07-01',
      nextStages: [],
      placement: { id: 'IR0027983', person: { id: 'M00000002' } },
      openedOn: '2026-01-12',
      closedOn: null,
      closureReason: null,
      version: 1,
    });
    expect(
      (data.caseFile.stageHistory as Array<{ stage: string; counselor: unknown }>).map((change) => [
        change.stage,
        change.counselor,
      ]),
    ).toEqual([
      ['INTAKE', null],
      ['DIAGNOSIS', null],
      ['PLAN', null],
      ['TRAINING', null],
      ['JOB_SEARCH', null],
      ['PLACED', null],
      ['FOLLOW_UP', null],
    ]);
    const placement = data.caseFile.placement as { acquiredOn: string };
    expect(placement.acquiredOn >= '2026-01-12').toBe(true);
  });

  it('offers the stages the rules allow next', async () => {
    const plan = await readAs<{ caseFile: { stage: string; nextStages: string[] } }>(FILE, {
      id: 'CF00001',
    });
    expect(plan.caseFile).toMatchObject({ stage: 'PLAN', nextStages: ['TRAINING', 'JOB_SEARCH'] });
    const search = await readAs<{ caseFile: { stage: string; nextStages: string[] } }>(FILE, {
      id: 'CF00004',
    });
    expect(search.caseFile).toMatchObject({
      stage: 'JOB_SEARCH',
      nextStages: ['PLACED', 'TRAINING'],
    });
  });

  it('finds nothing for an unknown id', async () => {
    const data = await readAs<{ caseFile: unknown }>(FILE, { id: 'CF99999' });
    expect(data.caseFile).toBeNull();
  });

  it("lists a person's files through the Person entity", async () => {
    const data = await readAs<{ _entities: Array<{ caseFiles: Array<{ id: string }> }> }>(
      'query($r: [_Any!]!) { _entities(representations: $r) { ... on Person { caseFiles { id center { id } } } } }',
      {
        r: [
          { __typename: 'Person', id: 'M00000003' },
          { __typename: 'Person', id: 'M00000005' },
        ],
      },
    );
    expect(data._entities).toEqual([
      { caseFiles: [{ id: 'CF00003', center: { id: 'moel-incheon-bukbu' } }] },
      { caseFiles: [] },
    ]);
  });
});

const LIST = /* GraphQL */ `
  query List($centerId: ID!, $stage: CaseStage, $counselorId: ID, $first: Int, $after: String) {
    caseFiles(centerId: $centerId, stage: $stage, counselorId: $counselorId, first: $first, after: $after) {
      totalCount
      pageInfo { hasNextPage hasPreviousPage endCursor }
      edges { cursor node { id stage openedOn counselor { id } } }
    }
  }
`;

interface ListData {
  caseFiles: {
    totalCount: number;
    pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; endCursor: string | null };
    edges: Array<{
      node: { id: string; stage: string; openedOn: string; counselor: { id: string } };
    }>;
  };
}

describe('caseFiles', () => {
  it('pages through a center’s files, most recently opened first, each exactly once', async () => {
    const seeded = (await readCsv<CaseFileCsv>(syntheticData('ministry'), 'case-files.csv')).filter(
      (row) => row.center_id === GWANAK,
    );
    const seen: Array<{ id: string; openedOn: string }> = [];
    let after: string | null = null;
    let total = 0;
    for (let pages = 0; pages < 20; pages += 1) {
      const data: ListData = await readAs<ListData>(LIST, {
        centerId: GWANAK,
        first: 25,
        after,
      });
      total = data.caseFiles.totalCount;
      expect(data.caseFiles.pageInfo.hasPreviousPage).toBe(after !== null);
      seen.push(...data.caseFiles.edges.map((edge) => edge.node));
      if (!data.caseFiles.pageInfo.hasNextPage) break;
      after = data.caseFiles.pageInfo.endCursor;
    }
    expect(total).toBe(seeded.length);
    expect(seen.map((file) => file.id).sort()).toEqual(seeded.map((row) => row.id).sort());
    const order = seen.map((file) => `${file.openedOn}/${file.id}`);
    expect(order).toEqual([...order].sort().reverse());
  });

  it('filters by stage and by counselor', async () => {
    const seeded = await readCsv<CaseFileCsv>(syntheticData('ministry'), 'case-files.csv');
    const data = await readAs<ListData>(LIST, {
      centerId: 'moel-gumi',
      stage: 'JOB_SEARCH',
      counselorId: 'cs-gumi-02',
      first: 100,
    });
    const expected = seeded.filter(
      (row) =>
        row.center_id === 'moel-gumi' &&
        row.stage === 'JOB_SEARCH' &&
        row.counselor_id === 'cs-gumi-02',
    );
    expect(expected.length).toBeGreaterThan(0);
    expect(data.caseFiles.totalCount).toBe(expected.length);
    expect(data.caseFiles.edges.map((edge) => edge.node.id).sort()).toEqual(
      expected.map((row) => row.id).sort(),
    );
  });

  it('refuses an unknown center, another center’s counselor, a page size out of range and a foreign cursor', async () => {
    const wrong = await asCounselor(LIST, {
      centerId: 'moel-nowhere',
      counselorId: 'cs-gumi-01',
    });
    expect(errorCodes(wrong)).toEqual(['BAD_USER_INPUT']);
    expect(problemFields(wrong)).toEqual(['centerId', 'counselorId']);
    const counselor = await asCounselor(LIST, {
      centerId: GWANAK,
      counselorId: 'cs-gumi-01',
    });
    expect(problemFields(counselor)).toEqual(['counselorId']);
    for (const first of [0, 101]) {
      const response = await asCounselor(LIST, { centerId: GWANAK, first });
      expect(errorCodes(response)).toEqual(['BAD_USER_INPUT']);
    }
    const cursor = await asCounselor(LIST, { centerId: GWANAK, after: 'not-a-cursor' });
    expect(errorCodes(cursor)).toEqual(['BAD_USER_INPUT']);
  });
});
