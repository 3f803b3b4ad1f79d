import { citizen, counselor, errorCodes, type GraphQLResponse, graphql } from '@jobgraph/testkit';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { NOTE } from './operations.js';
import {
  administrator,
  GUMI,
  GWANAK,
  gumiCounselor,
  gwanakCounselor,
  ministryCounselor,
  newMemberId,
  OPEN,
  openFile,
  openInput,
  REASON,
  send,
  startMinistry,
  storedFile,
  type TestMinistry,
  type Viewer,
} from './support.js';

let ministry: TestMinistry;
beforeAll(async () => {
  ministry = await startMinistry();
});
afterAll(() => ministry?.close());

// The header the gateway signs identities in (@jobgraph/auth's IDENTITY_HEADER).
const IDENTITY_HEADER = 'x-jobgraph-identity';

/** Park Mi-kyung: placed from her case file at Seoul Gwanak, with two insurance records. */
const PARK = 'M00000002';
const PARK_FILE = 'CF00002';
const PARK_RECORD = 'IR0027983';
/** Kim Young-soo's file at Seoul Gwanak; and a record of someone else again. */
const KIM_FILE = 'CF00001';
const OTHERS_RECORD = 'IR0000001';

const PERSON = /* GraphQL */ `
  query($r: [_Any!]!) { _entities(representations: $r) { ... on Person {
    id
    caseFiles { id name birthDate phone residenceRegion { code } stage nextActions { id } placement { id acquiredOn } }
    employmentInsuranceRecords { id acquiredOn employer { id } }
  } } }
`;
const of = (...ids: string[]) => ({ r: ids.map((id) => ({ __typename: 'Person', id })) });

const FILE = `query($id: ID!) { caseFile(id: $id) { id name phone stage } }`;
const FILE_NOTES = `query($id: ID!) { caseFile(id: $id) { id name notes { id } } }`;
const RECORD = `query($id: ID!) { employmentInsuranceRecord(id: $id) { id acquiredOn person { id } } }`;
const RECORD_ENTITY = `query($r: [_Any!]!) { _entities(representations: $r) { ... on EmploymentInsuranceRecord { id acquiredOn employer { id } } } }`;
const LIST = `query($center: ID!) { caseFiles(centerId: $center, first: 5) { edges { node { id person { id } } } } }`;

type LogRow = {
  account: string;
  subject_person_id: string;
  action: string;
  reason: string;
};

async function accessLog(): Promise<LogRow[]> {
  return ministry.db.execute<LogRow>(
    sql`select account, subject_person_id, action, reason from ministry.access_log order by id`,
  );
}

/** The one error code of an answer whose every error has it (undefined when none or mixed). */
function only(response: GraphQLResponse<unknown>): string | undefined {
  const codes = new Set(errorCodes(response));
  return codes.size === 1 ? [...codes][0] : undefined;
}

/** The rows `read` adds to the access log, and its answer. */
async function logged<T>(read: () => Promise<T>): Promise<{ rows: LogRow[]; answer: T }> {
  const before = (await accessLog()).length;
  const answer = await read();
  return { rows: (await accessLog()).slice(before), answer };
}

describe('a member', () => {
  it('sees their own case files and insurance records, unrecorded', async () => {
    const { rows, answer } = await logged(() =>
      send<{ _entities: Array<Record<string, unknown>> }>(
        ministry,
        PERSON,
        of(PARK),
        citizen(PARK),
      ),
    );
    expect(answer.errors).toBeUndefined();
    expect(answer.data?._entities[0]).toMatchObject({
      id: PARK,
      caseFiles: [
        {
          id: PARK_FILE,
          name: '박미경',
          birthDate: '1973-09-02',
          phone: '010-2001-0002',
          stage: 'FOLLOW_UP',
          placement: { id: PARK_RECORD },
        },
      ],
    });
    const records = answer.data?._entities[0]?.employmentInsuranceRecords as Array<{ id: string }>;
    expect(records.map((record) => record.id).sort()).toEqual([PARK_RECORD, 'IR0028122']);

    const file = await send(ministry, FILE, { id: PARK_FILE }, citizen(PARK));
    expect(file.errors).toBeUndefined();
    const record = await send(ministry, RECORD, { id: PARK_RECORD }, citizen(PARK));
    expect(record.data).toMatchObject({ employmentInsuranceRecord: { person: { id: PARK } } });
    expect(rows).toEqual([]);
  });

  it('does not see the counselors’ notes on their own file', async () => {
    const response = await send<{ caseFile: { name: string; notes: unknown } }>(
      ministry,
      FILE_NOTES,
      { id: PARK_FILE },
      citizen(PARK),
    );
    expect(errorCodes(response)).toEqual(['FORBIDDEN']);
    expect(response.errors?.[0]?.path).toEqual(['caseFile', 'notes']);
    expect(response.data?.caseFile).toEqual({ id: PARK_FILE, name: '박미경', notes: null });
  });

  it('gets FORBIDDEN, and nothing of them, for another person’s records', async () => {
    const person = await send(ministry, PERSON, of('M00000001'), citizen(PARK));
    expect(only(person)).toBe('FORBIDDEN');
    expect(JSON.stringify(person.data)).not.toContain('김영수');
    const file = await send(ministry, FILE, { id: KIM_FILE }, citizen(PARK));
    expect(errorCodes(file)).toEqual(['FORBIDDEN']);
    expect(file.data).toEqual({ caseFile: null });
    const record = await send(ministry, RECORD, { id: OTHERS_RECORD }, citizen(PARK));
    expect(errorCodes(record)).toEqual(['FORBIDDEN']);
    const entity = await send(
      ministry,
      RECORD_ENTITY,
      { r: [{ __typename: 'EmploymentInsuranceRecord', id: OTHERS_RECORD }] },
      citizen(PARK),
    );
    expect(only(entity)).toBe('FORBIDDEN');
    expect(JSON.stringify(entity.data)).not.toMatch(/acquiredOn":"\d/);
  });

  it('cannot list a center’s files', async () => {
    const list = await send(ministry, LIST, { center: GWANAK }, citizen(PARK));
    expect(errorCodes(list)).toEqual(['FORBIDDEN']);
  });
});

describe('a caller the gateway did not sign for', () => {
  it('gets UNAUTHENTICATED for every record, signed out or with a forged identity', async () => {
    const forged = {
      [IDENTITY_HEADER]:
        'eyJhbGciOiJub25lIn0.eyJzdWIiOiJNMDAwMDAwMDIiLCJyb2xlcyI6WyJjaXRpemVuIl19.',
    };
    for (const headers of [undefined, forged]) {
      const ask = (document: string, variables: Record<string, unknown>) =>
        graphql(ministry.url, document, variables, headers);
      expect(only(await ask(PERSON, of(PARK)))).toBe('UNAUTHENTICATED');
      expect(errorCodes(await ask(FILE, { id: PARK_FILE }))).toEqual(['UNAUTHENTICATED']);
      expect(errorCodes(await ask(FILE, { id: 'CF99999' }))).toEqual(['UNAUTHENTICATED']);
      expect(errorCodes(await ask(RECORD, { id: PARK_RECORD }))).toEqual(['UNAUTHENTICATED']);
      expect(errorCodes(await ask(LIST, { center: GWANAK }))).toEqual(['UNAUTHENTICATED']);
      const entity = await ask(RECORD_ENTITY, {
        r: [{ __typename: 'EmploymentInsuranceRecord', id: PARK_RECORD }],
      });
      expect(only(entity)).toBe('UNAUTHENTICATED');
    }
  });

  it('can still read the public network, its centers and figures', async () => {
    const response = await send<{ nationalEmploymentCenters: Array<{ id: string }> }>(
      ministry,
      '{ nationalEmploymentCenters { id } midCareerNetwork { minimumAge } }',
    );
    expect(response.errors).toBeUndefined();
    expect(response.data?.nationalEmploymentCenters).toHaveLength(4);
  });
});

describe('the Ministry’s staff', () => {
  it('read any center’s files with a reason, and every read is recorded', async () => {
    const { rows, answer } = await logged(() =>
      send(ministry, PERSON, of(PARK, 'M00000004'), gumiCounselor),
    );
    expect(answer.errors).toBeUndefined();
    const order = (row: LogRow) => `${row.subject_person_id} ${row.action}`;
    expect(rows.sort((a, b) => order(a).localeCompare(order(b)))).toEqual([
      { account: 'cs-gumi-01', subject_person_id: PARK, action: 'read:case-file', reason: REASON },
      {
        account: 'cs-gumi-01',
        subject_person_id: PARK,
        action: 'read:employment-insurance-records',
        reason: REASON,
      },
      {
        account: 'cs-gumi-01',
        subject_person_id: 'M00000004',
        action: 'read:case-file',
        reason: REASON,
      },
      {
        account: 'cs-gumi-01',
        subject_person_id: 'M00000004',
        action: 'read:employment-insurance-records',
        reason: REASON,
      },
    ]);
  });

  it('record each person a list of case files shows', async () => {
    const { rows, answer } = await logged(() =>
      send<{ caseFiles: { edges: Array<{ node: { person: { id: string } } }> } }>(
        ministry,
        LIST,
        { center: GWANAK },
        gumiCounselor,
      ),
    );
    const listed = answer.data?.caseFiles.edges.map((edge) => edge.node.person.id) ?? [];
    expect(listed).toHaveLength(5);
    expect(rows.map((row) => row.subject_person_id).sort()).toEqual([...listed].sort());
    expect(new Set(rows.map((row) => `${row.account}/${row.action}/${row.reason}`))).toEqual(
      new Set([`cs-gumi-01/read:case-file/${REASON}`]),
    );
  });

  it('are refused without a reason, recording nothing', async () => {
    const noReason = ministryCounselor('cs-gwanak-01', GWANAK, '');
    const { rows, answer } = await logged(() => send(ministry, FILE, { id: PARK_FILE }, noReason));
    expect(errorCodes(answer)).toEqual(['FORBIDDEN']);
    expect(answer.errors?.[0]?.message).toMatch(/reason/);
    expect(rows).toEqual([]);
    const list = await send(ministry, LIST, { center: GWANAK }, noReason);
    expect(errorCodes(list)).toEqual(['FORBIDDEN']);
    const record = await send(ministry, RECORD, { id: PARK_RECORD }, noReason);
    expect(errorCodes(record)).toEqual(['FORBIDDEN']);
  });
});

describe('staff of another agency', () => {
  const others: Viewer[] = [
    counselor('districts', 'st-dongjak-01', { center: 'dc-dongjak', reason: REASON }),
    counselor('fiftyplus', 'st-campus-south-01', { center: 'campus-south', reason: REASON }),
    counselor('city', 'st-city-01', { reason: REASON }),
  ];

  it('see no case file and no insurance record', async () => {
    for (const viewer of others) {
      const { rows, answer } = await logged(() => send(ministry, PERSON, of(PARK), viewer));
      expect(only(answer)).toBe('FORBIDDEN');
      expect(rows).toEqual([]);
      expect(errorCodes(await send(ministry, FILE, { id: PARK_FILE }, viewer))).toEqual([
        'FORBIDDEN',
      ]);
      expect(errorCodes(await send(ministry, LIST, { center: GWANAK }, viewer))).toEqual([
        'FORBIDDEN',
      ]);
      expect(errorCodes(await send(ministry, RECORD, { id: PARK_RECORD }, viewer))).toEqual([
        'FORBIDDEN',
      ]);
    }
  });

  it('change no case file', async () => {
    const file = await openFile(ministry);
    for (const viewer of others) {
      const note = await send(
        ministry,
        NOTE,
        { input: { caseFileId: file.id, expectedVersion: 1, body: '다른 기관 메모' } },
        viewer,
      );
      expect(errorCodes(note)).toEqual(['FORBIDDEN']);
    }
    expect(await storedFile(ministry, file.id)).toMatchObject({ version: 1, notes: 0 });
  });
});

describe('counselor operations', () => {
  it('refuse anyone signed out, and members, storing nothing', async () => {
    const file = await openFile(ministry);
    const memberId = newMemberId();
    for (const viewer of [undefined, citizen(memberId), citizen(file.memberId)]) {
      const opened = await send(ministry, OPEN, { input: openInput(memberId) }, viewer);
      expect(errorCodes(opened)).toEqual([viewer ? 'FORBIDDEN' : 'UNAUTHENTICATED']);
      const note = await send(
        ministry,
        NOTE,
        { input: { caseFileId: file.id, expectedVersion: 1, body: '본인 메모' } },
        viewer,
      );
      expect(errorCodes(note)).toEqual([viewer ? 'FORBIDDEN' : 'UNAUTHENTICATED']);
    }
    const [row] = await ministry.db.execute<{ n: number }>(
      sql`select count(*)::int as n from ministry.case_files where person_id = ${memberId}`,
    );
    expect(row?.n).toBe(0);
    expect(await storedFile(ministry, file.id)).toMatchObject({ version: 1, notes: 0 });
  });

  it('let a center’s counselors act only on their own center’s files', async () => {
    const file = await openFile(ministry);
    const note = await send(
      ministry,
      NOTE,
      { input: { caseFileId: file.id, expectedVersion: 1, body: '구미 상담사 메모' } },
      gumiCounselor,
    );
    expect(errorCodes(note)).toEqual(['FORBIDDEN']);
    expect(note.errors?.[0]?.message).toMatch(/works at moel-gumi, not at moel-seoul-gwanak/);
    expect(await storedFile(ministry, file.id)).toMatchObject({ version: 1, notes: 0 });

    const memberId = newMemberId();
    const opened = await send(ministry, OPEN, { input: openInput(memberId) }, gumiCounselor);
    expect(errorCodes(opened)).toEqual(['FORBIDDEN']);
    const [row] = await ministry.db.execute<{ n: number }>(
      sql`select count(*)::int as n from ministry.case_files where person_id = ${memberId}`,
    );
    expect(row?.n).toBe(0);
  });

  it('refuse a counselor whose access names a center the roster does not have them at', async () => {
    const file = await openFile(ministry);
    const claims = [
      ministryCounselor('cs-gumi-01', GWANAK),
      ministryCounselor('cs-nobody-01', GWANAK),
      counselor('ministry', 'cs-gwanak-02', { reason: REASON }),
    ];
    for (const viewer of claims) {
      const note = await send(
        ministry,
        NOTE,
        { input: { caseFileId: file.id, expectedVersion: 1, body: '메모' } },
        viewer,
      );
      expect(errorCodes(note)).toEqual(['FORBIDDEN']);
    }
    expect(await storedFile(ministry, file.id)).toMatchObject({ version: 1, notes: 0 });
  });

  it('let an administrator change any center’s file with a reason, recorded as theirs', async () => {
    const file = await openFile(ministry);
    const { rows, answer } = await logged(() =>
      send<{ addCaseNote: { ok: boolean; note: { author: unknown } } }>(
        ministry,
        NOTE,
        { input: { caseFileId: file.id, expectedVersion: 1, body: '관리자 정정 메모' } },
        administrator('record correction #42'),
      ),
    );
    expect(answer.errors).toBeUndefined();
    expect(answer.data?.addCaseNote).toMatchObject({ ok: true, note: { author: null } });
    // The change, and the file it answers with (read:case-file, for the notes it lists).
    expect(rows).toEqual(
      ['write:case-note', 'read:case-file'].map((action) => ({
        account: 'admin-01',
        subject_person_id: file.memberId,
        action,
        reason: 'record correction #42',
      })),
    );
    const noReason = await send(
      ministry,
      NOTE,
      { input: { caseFileId: file.id, expectedVersion: 2, body: '사유 없는 메모' } },
      administrator(),
    );
    expect(errorCodes(noReason)).toEqual(['FORBIDDEN']);
    expect(await storedFile(ministry, file.id)).toMatchObject({ version: 2, notes: 1 });

    // Opening puts the caller in charge of the file: an administrator is nobody's counselor.
    const opened = await send(
      ministry,
      OPEN,
      { input: openInput(newMemberId(), { centerId: GUMI }) },
      administrator('opening'),
    );
    expect(errorCodes(opened)).toEqual(['FORBIDDEN']);
  });

  it('let the counselor in charge work on with the file after an administrator', async () => {
    const file = await openFile(ministry);
    await send(
      ministry,
      NOTE,
      { input: { caseFileId: file.id, expectedVersion: 1, body: '관리자 메모' } },
      administrator('record correction #43'),
    );
    const read = await send<{ caseFile: { notes: Array<{ author: { id: string } | null }> } }>(
      ministry,
      `query($id: ID!) { caseFile(id: $id) { notes { body author { id } } } }`,
      { id: file.id },
      gwanakCounselor,
    );
    expect(read.errors).toBeUndefined();
    expect(read.data?.caseFile.notes).toEqual([{ body: '관리자 메모', author: null }]);
  });
});

describe('the access log', () => {
  it('refuses UPDATE and DELETE', async () => {
    await send(ministry, FILE, { id: PARK_FILE }, gwanakCounselor);
    expect((await accessLog()).length).toBeGreaterThan(0);
    await expect(ministry.sql`update ministry.access_log set reason = 'edited'`).rejects.toThrow(
      /append-only/,
    );
    await expect(ministry.sql`delete from ministry.access_log`).rejects.toThrow(/append-only/);
  });
});
