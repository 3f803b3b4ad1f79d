import { errorCodes } from '@jobgraph/testkit';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  ADVANCE,
  CLOSE,
  COMPLETE_ACTION,
  NOTE,
  type Payload,
  REFER,
  SET_ACTION,
} from './operations.js';
import {
  birthDateTurning,
  dayAfter,
  GUMI,
  GWANAK,
  GWANAK_COUNSELOR,
  GWANAK_OTHER_COUNSELOR,
  gumiCounselor,
  gwanakCounselor,
  gwanakOtherCounselor,
  koreanToday,
  newMemberId,
  OPEN,
  type OpenData,
  openFile,
  openInput,
  problemFields,
  query,
  recordAcquisition,
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

const stored = (caseFileId: string) => storedFile(ministry, caseFileId);

async function filesOf(memberId: string): Promise<number> {
  const [row] = await ministry.db.execute<{ n: number }>(
    sql`select count(*)::int as n from ministry.case_files where person_id = ${memberId}`,
  );
  return row?.n ?? -1;
}

/** A mutation's payload, sent by `by` (a Gwanak counselor unless told otherwise). */
async function mutate<Extra = Record<string, unknown>>(
  document: string,
  field: string,
  input: Record<string, unknown>,
  by: Viewer = gwanakCounselor,
): Promise<Payload<Extra>> {
  const data = await query<Record<string, Payload<Extra>>>(ministry, document, { input }, by);
  return data[field] as Payload<Extra>;
}

const advance = (input: Record<string, unknown>, by?: Viewer) =>
  mutate(ADVANCE, 'advanceCaseStage', input, by);

/** Sends as a Gwanak counselor, for the answers that are errors. */
const asCounselor = (document: string, variables: Record<string, unknown>) =>
  send(ministry, document, variables, gwanakCounselor);

describe('openCaseFile', () => {
  it('opens a file at intake, version 1, with the calling counselor in charge', async () => {
    const memberId = newMemberId();
    const data = await query<OpenData>(
      ministry,
      OPEN,
      { input: openInput(memberId) },
      gwanakCounselor,
    );
    const today = koreanToday();
    expect(data.openCaseFile.ok).toBe(true);
    expect(data.openCaseFile.caseFile).toMatchObject({
      version: 1,
      stage: 'INTAKE',
      openedOn: today,
      name: '테스트',
      phone: '010-2222-3333',
      person: { id: memberId },
      center: { id: GWANAK },
      counselor: { id: GWANAK_COUNSELOR },
      stageHistory: [{ stage: 'INTAKE', enteredOn: today, counselor: { id: GWANAK_COUNSELOR } }],
    });
    expect(data.openCaseFile.caseFile?.id).toMatch(/^CF\d{5,}$/);
  });

  it('takes someone who turns 50 today and refuses someone who turns 50 tomorrow', async () => {
    const fifty = newMemberId();
    const today = await query<OpenData>(
      ministry,
      OPEN,
      { input: openInput(fifty, { birthDate: birthDateTurning(50) }) },
      gwanakCounselor,
    );
    expect(today.openCaseFile.ok).toBe(true);

    const fortyNine = newMemberId();
    const tomorrow = await query<OpenData>(
      ministry,
      OPEN,
      { input: openInput(fortyNine, { birthDate: birthDateTurning(50, 1) }) },
      gwanakCounselor,
    );
    expect(tomorrow.openCaseFile).toMatchObject({
      ok: false,
      caseFile: null,
      error: { code: 'UNDER_MINIMUM_AGE' },
    });
    expect(tomorrow.openCaseFile.error?.message).toMatch(/Aged 49.*50 and over/);
    expect(await filesOf(fortyNine)).toBe(0);
  });

  it('keeps one open file per person per center; another center may open its own', async () => {
    const memberId = newMemberId();
    expect(
      (await query<OpenData>(ministry, OPEN, { input: openInput(memberId) }, gwanakCounselor))
        .openCaseFile.ok,
    ).toBe(true);
    const again = await query<OpenData>(
      ministry,
      OPEN,
      { input: openInput(memberId) },
      gwanakOtherCounselor,
    );
    expect(again.openCaseFile.error?.code).toBe('ALREADY_OPEN');
    const gumi = await query<OpenData>(
      ministry,
      OPEN,
      { input: openInput(memberId, { centerId: GUMI }) },
      gumiCounselor,
    );
    expect(gumi.openCaseFile.ok).toBe(true);
    expect(await filesOf(memberId)).toBe(2);
  });

  it('reports every problem at once and stores nothing', async () => {
    const memberId = newMemberId();
    const response = await asCounselor(OPEN, {
      input: openInput(memberId, {
        centerId: 'moel-nowhere',
        name: '',
        birthDate: dayAfter(koreanToday(), 1),
        phone: '112',
        residenceRegionCode: '1159',
      }),
    });
    expect(errorCodes(response)).toEqual(['BAD_USER_INPUT']);
    expect(problemFields(response)).toEqual([
      'input.centerId',
      'input.name',
      'input.birthDate',
      'input.phone',
      'input.residenceRegionCode',
    ]);
    expect(response.errors?.[0]?.message).toContain('input.phone');
    expect(await filesOf(memberId)).toBe(0);
  });

  it('never takes a resident registration number or a retired region code', async () => {
    const memberId = newMemberId();
    const response = await asCounselor(OPEN, {
      input: openInput(memberId, {
        name: '김영수 680314-1234567',
        residenceRegionCode: '45140',
      }),
    });
    expect(problemFields(response)).toEqual([
      'input.name',
      'input.name',
      'input.residenceRegionCode',
    ]);
    expect(response.errors?.[0]?.message).toMatch(/resident registration numbers/);
    expect(response.errors?.[0]?.message).toMatch(/retired after 2024-01-17/);
    const badMember = await asCounselor(OPEN, { input: openInput('680314-1234567') });
    expect(problemFields(badMember)).toEqual(['input.memberId']);
    expect(await filesOf(memberId)).toBe(0);
  });

  it('refuses wrongly typed input before it reaches the resolver', async () => {
    const response = await asCounselor(OPEN, {
      input: openInput(newMemberId(), { birthDate: '1968-02-30' }),
    });
    expect(errorCodes(response)).toEqual(['BAD_USER_INPUT']);
  });
});

describe('advanceCaseStage', () => {
  it('walks a file from intake to follow-up, skipping training and going back to it', async () => {
    const file = await openFile(ministry);
    let version = file.version;
    const path = ['DIAGNOSIS', 'PLAN', 'JOB_SEARCH', 'TRAINING', 'JOB_SEARCH'];
    for (const to of path) {
      const result = await advance(
        { caseFileId: file.id, expectedVersion: version, to },
        version % 2 ? gwanakCounselor : gwanakOtherCounselor,
      );
      expect(result.ok).toBe(true);
      expect(result.caseFile).toMatchObject({ stage: to, version: version + 1 });
      version += 1;
    }
    const record = await recordAcquisition(ministry, file.memberId, koreanToday());
    const placed = await advance({
      caseFileId: file.id,
      expectedVersion: version,
      to: 'PLACED',
      placementRecordId: record,
    });
    expect(placed.caseFile).toMatchObject({
      stage: 'PLACED',
      version: version + 1,
      placement: { id: record },
      nextStages: ['FOLLOW_UP'],
    });
    const followUp = await advance({
      caseFileId: file.id,
      expectedVersion: version + 1,
      to: 'FOLLOW_UP',
    });
    expect(followUp.caseFile).toMatchObject({
      stage: 'FOLLOW_UP',
      placement: { id: record },
      nextStages: [],
    });
    const history = followUp.caseFile?.stageHistory as Array<{ stage: string }>;
    expect(history.map((change) => change.stage)).toEqual([
      'INTAKE',
      ...path,
      'PLACED',
      'FOLLOW_UP',
    ]);
  });

  it('refuses a move the transition table does not allow, changing nothing', async () => {
    const file = await openFile(ministry);
    const record = await recordAcquisition(ministry, file.memberId, koreanToday());
    for (const to of ['PLAN', 'TRAINING', 'PLACED', 'FOLLOW_UP', 'INTAKE']) {
      const result = await advance({
        caseFileId: file.id,
        expectedVersion: 1,
        to,
        ...(to === 'PLACED' ? { placementRecordId: record } : {}),
      });
      expect(result).toMatchObject({ ok: false, error: { code: 'INVALID_TRANSITION' } });
      expect(result.caseFile).toMatchObject({ stage: 'INTAKE', version: 1 });
    }
    expect(await stored(file.id)).toMatchObject({ version: 1, stage: 'INTAKE', changes: 1 });
  });

  it('never lets a file be placed without the person’s own acquisition from the opening on', async () => {
    const file = await openFile(ministry);
    let version = 1;
    for (const to of ['DIAGNOSIS', 'PLAN', 'JOB_SEARCH']) {
      await advance({
        caseFileId: file.id,
        expectedVersion: version,
        to,
      });
      version += 1;
    }
    const attempt = (placementRecordId?: string) =>
      advance({
        caseFileId: file.id,
        expectedVersion: version,
        to: 'PLACED',
        ...(placementRecordId ? { placementRecordId } : {}),
      });
    expect((await attempt()).error?.code).toBe('PLACEMENT_REQUIRED');
    const someoneElses = await recordAcquisition(ministry, newMemberId(), koreanToday());
    expect((await attempt(someoneElses)).error?.code).toBe('PLACEMENT_NOT_FOUND');
    const beforeOpening = await recordAcquisition(
      ministry,
      file.memberId,
      dayAfter(koreanToday(), -1),
    );
    expect((await attempt(beforeOpening)).error?.code).toBe('PLACEMENT_NOT_FOUND');
    expect((await attempt('IR0000000')).error?.code).toBe('PLACEMENT_NOT_FOUND');
    expect(await stored(file.id)).toMatchObject({ version, stage: 'JOB_SEARCH', changes: 4 });
  });

  it('takes a placement record only for PLACED, and only a well-formed one', async () => {
    const file = await openFile(ministry);
    const notPlaced = await asCounselor(ADVANCE, {
      input: {
        caseFileId: file.id,
        expectedVersion: 1,
        to: 'DIAGNOSIS',
        placementRecordId: 'IR0000001',
      },
    });
    expect(problemFields(notPlaced)).toEqual(['input.placementRecordId']);
    const malformed = await asCounselor(ADVANCE, {
      input: {
        caseFileId: 'CF99999',
        expectedVersion: 0,
        to: 'PLACED',
        placementRecordId: 'IR1',
      },
    });
    expect(problemFields(malformed)).toEqual([
      'input.expectedVersion',
      'input.caseFileId',
      'input.placementRecordId',
    ]);
  });

  it("refuses another center's counselor (FORBIDDEN) and a stale version (CONFLICT)", async () => {
    const file = await openFile(ministry);
    const outsider = await send(
      ministry,
      ADVANCE,
      { input: { caseFileId: file.id, expectedVersion: 1, to: 'DIAGNOSIS' } },
      gumiCounselor,
    );
    expect(errorCodes(outsider)).toEqual(['FORBIDDEN']);
    const stale = await asCounselor(ADVANCE, {
      input: {
        caseFileId: file.id,
        expectedVersion: 7,
        to: 'DIAGNOSIS',
      },
    });
    expect(errorCodes(stale)).toEqual(['CONFLICT']);
    expect(stale.errors?.[0]?.message).toMatch(/version 1/);
    expect(await stored(file.id)).toMatchObject({ version: 1, stage: 'INTAKE', changes: 1 });
  });
});

describe('notes, next actions and referrals', () => {
  it('adds dated notes by their author, newest first', async () => {
    const file = await openFile(ministry);
    const first = await mutate<{ note: { id: string; author: { id: string }; writtenAt: string } }>(
      NOTE,
      'addCaseNote',
      {
        caseFileId: file.id,
        expectedVersion: 1,
        body: '초기상담: 사무직 경력 20년',
      },
    );
    expect(first.ok).toBe(true);
    expect(first.note.author.id).toBe(GWANAK_COUNSELOR);
    expect(Number.isNaN(Date.parse(first.note.writtenAt))).toBe(false);
    const second = await mutate(
      NOTE,
      'addCaseNote',
      { caseFileId: file.id, expectedVersion: 2, body: '생애경력설계 과정 안내' },
      gwanakOtherCounselor,
    );
    expect(second.caseFile?.version).toBe(3);
    expect(
      ((second.caseFile?.notes ?? []) as Array<{ body: string }>).map((note) => note.body),
    ).toEqual(['생애경력설계 과정 안내', '초기상담: 사무직 경력 20년']);
  });

  it('refuses an empty note or one carrying a resident registration number', async () => {
    const file = await openFile(ministry);
    for (const body of ['   ', '주민번호 680314-1234567 확인']) {
      const response = await asCounselor(NOTE, {
        input: { caseFileId: file.id, expectedVersion: 1, body },
      });
      expect(problemFields(response)).toEqual(['input.body']);
    }
    expect(await stored(file.id)).toMatchObject({ version: 1, notes: 0 });
  });

  it('sets, reschedules and completes next actions; a done action stays done', async () => {
    const file = await openFile(ministry);
    const due = dayAfter(koreanToday(), 7);
    const set = await mutate<{ nextAction: { id: string; done: boolean; setBy: { id: string } } }>(
      SET_ACTION,
      'setNextAction',
      {
        caseFileId: file.id,
        expectedVersion: 1,
        description: '이력서 초안 받기',
        dueOn: due,
      },
    );
    expect(set.nextAction).toMatchObject({ done: false, setBy: { id: GWANAK_COUNSELOR } });
    const actionId = set.nextAction.id;
    const later = dayAfter(koreanToday(), 14);
    const moved = await mutate(SET_ACTION, 'setNextAction', {
      caseFileId: file.id,
      expectedVersion: 2,
      nextActionId: actionId,
      description: '이력서 초안 받기 (연기)',
      dueOn: later,
    });
    expect(moved.caseFile?.nextActions).toEqual([
      { id: actionId, description: '이력서 초안 받기 (연기)', dueOn: later, done: false },
    ]);
    const done = await mutate<{
      nextAction: { done: boolean; doneOn: string; doneBy: { id: string } };
    }>(
      COMPLETE_ACTION,
      'completeNextAction',
      { caseFileId: file.id, expectedVersion: 3, nextActionId: actionId },
      gwanakOtherCounselor,
    );
    expect(done.nextAction).toEqual({
      id: actionId,
      done: true,
      doneOn: koreanToday(),
      doneBy: { id: GWANAK_OTHER_COUNSELOR },
    });
    const again = await mutate(COMPLETE_ACTION, 'completeNextAction', {
      caseFileId: file.id,
      expectedVersion: 4,
      nextActionId: actionId,
    });
    expect(again).toMatchObject({ ok: false, error: { code: 'ALREADY_DONE' } });
    const reschedule = await mutate(SET_ACTION, 'setNextAction', {
      caseFileId: file.id,
      expectedVersion: 4,
      nextActionId: actionId,
      description: '다시',
      dueOn: later,
    });
    expect(reschedule.error?.code).toBe('ALREADY_DONE');
    expect(await stored(file.id)).toMatchObject({ version: 4, actions: 1 });
  });

  it('refuses a past or far due date and another file’s action', async () => {
    const file = await openFile(ministry);
    const other = await openFile(ministry);
    const action = await mutate<{ nextAction: { id: string } }>(SET_ACTION, 'setNextAction', {
      caseFileId: other.id,
      expectedVersion: 1,
      description: '훈련기관 상담',
      dueOn: koreanToday(),
    });
    const response = await asCounselor(SET_ACTION, {
      input: {
        caseFileId: file.id,
        expectedVersion: 1,
        nextActionId: action.nextAction.id,
        description: '',
        dueOn: dayAfter(koreanToday(), -1),
      },
    });
    expect(problemFields(response)).toEqual([
      'input.description',
      'input.dueOn',
      'input.nextActionId',
    ]);
    const far = await asCounselor(SET_ACTION, {
      input: {
        caseFileId: file.id,
        expectedVersion: 1,
        description: '내년 점검',
        dueOn: dayAfter(koreanToday(), 400),
      },
    });
    expect(problemFields(far)).toEqual(['input.dueOn']);
    const unknown = await asCounselor(COMPLETE_ACTION, {
      input: {
        caseFileId: file.id,
        expectedVersion: 1,
        nextActionId: 'nope',
      },
    });
    expect(problemFields(unknown)).toEqual(['input.nextActionId']);
    expect(await stored(file.id)).toMatchObject({ version: 1, actions: 0 });
  });

  it("refers to other agencies' programmes, the Ministry's own and other centers, as references of the right type", async () => {
    const file = await openFile(ministry);
    const targets: Array<[Record<string, string>, Record<string, unknown>]> = [
      [
        { programId: 'seoul-attractive-jobs-2026' },
        { program: { __typename: 'CityProgram', id: 'seoul-attractive-jobs-2026' } },
      ],
      [
        { programId: 'seoul50plus-midcareer-job-academy' },
        { program: { __typename: 'FiftyPlusProgram', id: 'seoul50plus-midcareer-job-academy' } },
      ],
      [
        { programId: 'district-dongjak-sme-hiring-incentive' },
        {
          program: { __typename: 'DistrictProgram', id: 'district-dongjak-sme-hiring-incentive' },
        },
      ],
      [
        { programId: 'moel-tomorrow-learning-card' },
        {
          program: null,
          ministryProgram: { id: 'moel-tomorrow-learning-card', name: '국민내일배움카드' },
        },
      ],
      [
        { employmentCenterId: 'dc-dongjak' },
        { employmentCenter: { __typename: 'DistrictEmploymentCenter', id: 'dc-dongjak' } },
      ],
      [
        { employmentCenterId: 'moel-gumi' },
        { employmentCenter: { __typename: 'NationalEmploymentCenter', id: 'moel-gumi' } },
      ],
    ];
    let version = 1;
    for (const [target, expected] of targets) {
      const result = await mutate<{ referral: Record<string, unknown> }>(REFER, 'referCase', {
        caseFileId: file.id,
        expectedVersion: version,
        note: '50플러스 중장년취업사관학교 상담 권유',
        ...target,
      });
      expect(result.ok).toBe(true);
      expect(result.referral).toMatchObject({
        ...expected,
        referredOn: koreanToday(),
        referredBy: { id: GWANAK_COUNSELOR },
      });
      version += 1;
    }
    expect(await stored(file.id)).toMatchObject({ version, referrals: targets.length });
  });

  it('refuses a referral with no target, two targets, an unknown kind, the own center or a missing Ministry programme', async () => {
    const file = await openFile(ministry);
    const refer = (target: Record<string, unknown>) =>
      asCounselor(REFER, {
        input: {
          caseFileId: file.id,
          expectedVersion: 1,
          ...target,
        },
      });
    expect(problemFields(await refer({}))).toEqual(['input.programId', 'input.employmentCenterId']);
    expect(
      problemFields(
        await refer({ programId: 'moel-tomorrow-learning-card', employmentCenterId: 'dc-dongjak' }),
      ),
    ).toEqual(['input.programId', 'input.employmentCenterId']);
    expect(problemFields(await refer({ programId: 'busan-jobs' }))).toEqual(['input.programId']);
    expect(problemFields(await refer({ programId: 'moel-nothing' }))).toEqual(['input.programId']);
    expect(problemFields(await refer({ employmentCenterId: GWANAK }))).toEqual([
      'input.employmentCenterId',
    ]);
    expect(problemFields(await refer({ employmentCenterId: 'moel-nowhere' }))).toEqual([
      'input.employmentCenterId',
    ]);
    expect(
      problemFields(await refer({ employmentCenterId: 'dc-dongjak', note: '680314-1234567' })),
    ).toEqual(['input.note']);
    expect(await stored(file.id)).toMatchObject({ version: 1, referrals: 0 });
  });
});

describe('closeCaseFile', () => {
  it('closes a file for good and lets the person have a new one opened', async () => {
    const file = await openFile(ministry);
    const closed = await mutate(CLOSE, 'closeCaseFile', {
      caseFileId: file.id,
      expectedVersion: 1,
      reason: 'WITHDREW',
    });
    expect(closed.caseFile).toMatchObject({
      version: 2,
      closedOn: koreanToday(),
      closureReason: 'WITHDREW',
      nextStages: [],
    });
    const change = { caseFileId: file.id, expectedVersion: 2 };
    expect((await advance({ ...change, to: 'DIAGNOSIS' })).error?.code).toBe('CASE_CLOSED');
    expect((await mutate(NOTE, 'addCaseNote', { ...change, body: '재상담' })).error?.code).toBe(
      'CASE_CLOSED',
    );
    expect(
      (await mutate(CLOSE, 'closeCaseFile', { ...change, reason: 'COMPLETED' })).error?.code,
    ).toBe('CASE_CLOSED');
    expect(await stored(file.id)).toMatchObject({ version: 2, notes: 0, changes: 1 });

    const reopened = await query<OpenData>(
      ministry,
      OPEN,
      { input: openInput(file.memberId) },
      gwanakCounselor,
    );
    expect(reopened.openCaseFile.ok).toBe(true);
    expect(reopened.openCaseFile.caseFile?.id).not.toBe(file.id);

    const LIST = `query($closed: Boolean) { caseFiles(centerId: "${GWANAK}", includeClosed: $closed, first: 100) { edges { node { id } } } }`;
    type List = { caseFiles: { edges: Array<{ node: { id: string } }> } };
    const open = await query<List>(ministry, LIST, { closed: false }, gwanakCounselor);
    const all = await query<List>(ministry, LIST, { closed: true }, gwanakCounselor);
    expect(open.caseFiles.edges.map((edge) => edge.node.id)).not.toContain(file.id);
    expect(all.caseFiles.edges.map((edge) => edge.node.id)).toContain(file.id);
  });
});
