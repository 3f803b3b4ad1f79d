import { errorCodes, type GraphQLResponse } from '@jobgraph/testkit';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ADVANCE, NOTE, REFER, SET_ACTION } from './operations.js';
import {
  dayAfter,
  gwanakCounselor,
  gwanakOtherCounselor,
  koreanToday,
  newMemberId,
  OPEN,
  type OpenData,
  openFile,
  openInput,
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

/** `ok` when the mutation went through, else the error code (typed or GraphQL). */
function outcome(response: GraphQLResponse<unknown>, field: string): string {
  const errors = errorCodes(response);
  if (errors.length > 0) return errors.join(',');
  const data = response.data as Record<string, { ok: boolean; error: { code: string } | null }>;
  const payload = data[field];
  if (!payload) return 'no payload';
  return payload.ok ? 'ok' : (payload.error?.code ?? 'unknown');
}

describe('two counselors editing one file at once', () => {
  it('lets exactly one of many concurrent notes on the same version through; the rest get CONFLICT', async () => {
    const file = await openFile(ministry);
    const attempts = 16;
    const responses = await Promise.all(
      Array.from({ length: attempts }, (_, index) =>
        send(
          ministry,
          NOTE,
          { input: { caseFileId: file.id, expectedVersion: 1, body: `동시 메모 ${index}` } },
          index % 2 ? gwanakCounselor : gwanakOtherCounselor,
        ),
      ),
    );
    const outcomes = responses.map((response) => outcome(response, 'addCaseNote'));
    expect(outcomes.filter((result) => result === 'ok')).toHaveLength(1);
    expect(outcomes.filter((result) => result === 'CONFLICT')).toHaveLength(attempts - 1);
    expect(await stored(file.id)).toMatchObject({ version: 2, notes: 1 });
  });

  it('settles different changes racing on one version: one wins, the others change nothing', async () => {
    const file = await openFile(ministry);
    const base = { caseFileId: file.id, expectedVersion: 1 };
    const requests: Array<[string, string, Record<string, unknown>, Viewer]> = [];
    for (let round = 0; round < 4; round += 1) {
      const by = round % 2 ? gwanakCounselor : gwanakOtherCounselor;
      requests.push(
        [ADVANCE, 'advanceCaseStage', { ...base, to: 'DIAGNOSIS' }, by],
        [NOTE, 'addCaseNote', { ...base, body: `메모 ${round}` }, by],
        [
          SET_ACTION,
          'setNextAction',
          { ...base, description: `할 일 ${round}`, dueOn: dayAfter(koreanToday(), 3) },
          by,
        ],
        [REFER, 'referCase', { ...base, employmentCenterId: 'dc-dongjak' }, by],
      );
    }
    const responses = await Promise.all(
      requests.map(([document, , input, by]) => send(ministry, document, { input }, by)),
    );
    const outcomes = responses.map((response, index) =>
      outcome(response, requests[index]?.[1] as string),
    );
    expect(outcomes.filter((result) => result === 'ok')).toHaveLength(1);
    expect(outcomes.filter((result) => result === 'CONFLICT')).toHaveLength(requests.length - 1);
    const after = await stored(file.id);
    expect(after?.version).toBe(2);
    // The initial stage plus exactly one change's rows, whichever won.
    const added =
      (after?.changes ?? 0) -
      1 +
      (after?.notes ?? 0) +
      (after?.actions ?? 0) +
      (after?.referrals ?? 0);
    expect(added).toBe(1);
  });

  it('loses no update when the loser reads again and retries', async () => {
    const file = await openFile(ministry);
    const note = (by: Viewer, body: string, expectedVersion: number) =>
      send(ministry, NOTE, { input: { caseFileId: file.id, expectedVersion, body } }, by);
    const [first, second] = await Promise.all([
      note(gwanakCounselor, '첫째 상담사 메모', 1),
      note(gwanakOtherCounselor, '둘째 상담사 메모', 1),
    ]);
    const results = [first, second].map((response) => outcome(response, 'addCaseNote'));
    expect(results.sort()).toEqual(['CONFLICT', 'ok']);
    const loser = outcome(first, 'addCaseNote') === 'ok' ? gwanakOtherCounselor : gwanakCounselor;
    const retried = await note(loser, '다시 읽고 저장한 메모', 2);
    expect(outcome(retried, 'addCaseNote')).toBe('ok');
    expect(await stored(file.id)).toMatchObject({ version: 3, notes: 2 });
  });
});

describe('opening files at once', () => {
  it('opens one file when the same person is opened many times concurrently', async () => {
    const memberId = newMemberId();
    const responses = await Promise.all(
      Array.from({ length: 10 }, (_, index) =>
        send<OpenData>(
          ministry,
          OPEN,
          { input: openInput(memberId) },
          index % 2 ? gwanakCounselor : gwanakOtherCounselor,
        ),
      ),
    );
    const outcomes = responses.map((response) => outcome(response, 'openCaseFile'));
    expect(outcomes.filter((result) => result === 'ok')).toHaveLength(1);
    expect(outcomes.filter((result) => result === 'ALREADY_OPEN')).toHaveLength(9);
    const [row] = await ministry.db.execute<{ n: number }>(
      sql`select count(*)::int as n from ministry.case_files where person_id = ${memberId}`,
    );
    expect(row?.n).toBe(1);
  });
});
