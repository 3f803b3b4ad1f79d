import { errorCodes, graphql } from '@jobgraph/testkit';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { asMember, asStaff, problemFields, query, startGumi, type TestGumi } from './support.js';

let gumi: TestGumi;
beforeAll(async () => {
  gumi = await startGumi();
});
afterAll(() => gumi?.close());

const SUBMIT = /* GraphQL */ `
  mutation Submit($input: SubmitHrImprovementApplicationInput!) {
    submitHrImprovementApplication(input: $input) {
      ok
      error { code message }
      application { id status amountKrw workersCovered submittedBy employer { name } measure { code } }
    }
  }
`;
interface SubmitData {
  submitHrImprovementApplication: {
    ok: boolean;
    error: { code: string } | null;
    application: { id: string; status: string; amountKrw: number; submittedBy: string } | null;
  };
}
const DECIDE = /* GraphQL */ `
  mutation Decide($input: DecideHrImprovementApplicationInput!) {
    decideHrImprovementApplication(input: $input) {
      ok
      error { code currentStatus }
      application { status decidedBy decisionNote decidedAt }
    }
  }
`;
interface DecideData {
  decideHrImprovementApplication: {
    ok: boolean;
    error: { code: string; currentStatus: string } | null;
    application: { status: string; decidedBy: string; decisionNote: string | null } | null;
  };
}

const PLAN = '정년 도달 생산직 근로자를 1년 단위로 계속 고용합니다.';

async function submit(input: Record<string, unknown>, headers?: Record<string, string>) {
  return graphql<SubmitData>(gumi.url, SUBMIT, { input }, headers ?? (await asStaff()));
}

async function openApplications(employerId: string, measureCode: string) {
  const [row] = await gumi.db.execute<{ count: number }>(sql`
    select count(*)::int as count from gumi.hr_applications
    where employer_id = ${employerId} and measure_code = ${measureCode}
      and status in ('SUBMITTED', 'APPROVED')`);
  return row?.count ?? 0;
}

describe('HR-improvement incentive applications', () => {
  it('files an application with the amount the measure’s data gives, the caller recorded', async () => {
    const result = await submit({
      employerId: 'E00477',
      measureCode: 'MIDCAREER_HIRING',
      workersCovered: 4,
      plan: PLAN,
    });
    expect(result.data?.submitHrImprovementApplication).toMatchObject({
      ok: true,
      application: { status: 'SUBMITTED', amountKrw: 4 * 1_800_000, submittedBy: 'cs-gumi-01' },
    });
    // The amount follows the data: a changed amount applies to the next application.
    await gumi.db.execute(sql`
      update gumi.hr_measures set amount_per_worker_krw = 2000000 where code = 'JOB_REDESIGN'`);
    const after = await submit({
      employerId: 'E00477',
      measureCode: 'JOB_REDESIGN',
      workersCovered: 3,
      plan: PLAN,
    });
    expect(after.data?.submitHrImprovementApplication.application?.amountKrw).toBe(6_000_000);
  });

  it('keeps one open application per employer and measure, under concurrent requests', async () => {
    const input = {
      employerId: 'E00394',
      measureCode: 'RETIREMENT_AGE_EXTENSION',
      workersCovered: 8,
      plan: PLAN,
    };
    const headers = await asStaff();
    const results = await Promise.all(Array.from({ length: 8 }, () => submit(input, headers)));
    const codes = results.map(
      (result) => result.data?.submitHrImprovementApplication.error?.code ?? 'OK',
    );
    expect(codes.filter((code) => code === 'OK')).toHaveLength(1);
    expect(codes.filter((code) => code === 'ALREADY_APPLIED')).toHaveLength(7);
    expect(await openApplications('E00394', 'RETIREMENT_AGE_EXTENSION')).toBe(1);
  });

  it('reports bad input as BAD_USER_INPUT naming each field, and stores nothing', async () => {
    const before = await gumi.db.execute<{ count: number }>(
      sql`select count(*)::int as count from gumi.hr_applications`,
    );
    const bad = await submit({
      employerId: 'E00001',
      measureCode: 'FREE_MONEY',
      workersCovered: 0,
      plan: '짧음',
    });
    expect(errorCodes(bad)).toEqual(['BAD_USER_INPUT']);
    expect(problemFields(bad)).toEqual([
      'input.employerId',
      'input.measureCode',
      'input.plan',
      'input.workersCovered',
    ]);
    const tooMany = await submit({
      employerId: 'E00636',
      measureCode: 'JOB_REDESIGN',
      workersCovered: 11,
      plan: `${PLAN} 주민번호 700101-1234567`,
    });
    expect(problemFields(tooMany)).toEqual(['input.plan', 'input.workersCovered']);
    const after = await gumi.db.execute<{ count: number }>(
      sql`select count(*)::int as count from gumi.hr_applications`,
    );
    expect(after[0]?.count).toBe(before[0]?.count);
  });

  it('lets exactly one of two staff members decide an application', async () => {
    const filed = await submit({
      employerId: 'E00196',
      measureCode: 'CONTINUED_EMPLOYMENT',
      workersCovered: 5,
      plan: PLAN,
    });
    const applicationId = filed.data?.submitHrImprovementApplication.application?.id;
    const [approve, reject] = await Promise.all([
      graphql<DecideData>(
        gumi.url,
        DECIDE,
        { input: { applicationId, decision: 'APPROVE' } },
        await asStaff({ subject: 'cs-gumi-02' }),
      ),
      graphql<DecideData>(
        gumi.url,
        DECIDE,
        { input: { applicationId, decision: 'REJECT', note: '서류 보완 필요' } },
        await asStaff({ subject: 'cs-gumi-03' }),
      ),
    ]);
    const outcomes = [approve, reject].map((r) => r.data?.decideHrImprovementApplication);
    expect(outcomes.filter((o) => o?.ok)).toHaveLength(1);
    const loser = outcomes.find((o) => !o?.ok);
    const winner = outcomes.find((o) => o?.ok);
    expect(loser?.error).toEqual({
      code: 'ALREADY_DECIDED',
      currentStatus: winner?.application?.status,
    });
    expect(['cs-gumi-02', 'cs-gumi-03']).toContain(winner?.application?.decidedBy);
  });

  it('needs a reason to reject, and a real application id', async () => {
    const filed = await submit({
      employerId: 'E00236',
      measureCode: 'WORKING_HOURS_REDESIGN',
      workersCovered: 2,
      plan: PLAN,
    });
    const applicationId = filed.data?.submitHrImprovementApplication.application?.id;
    const noReason = await graphql(
      gumi.url,
      DECIDE,
      { input: { applicationId, decision: 'REJECT' } },
      await asStaff(),
    );
    expect(problemFields(noReason)).toEqual(['input.note']);
    const unknown = await graphql(
      gumi.url,
      DECIDE,
      { input: { applicationId: '00000000-0000-4000-8000-000000000000', decision: 'APPROVE' } },
      await asStaff(),
    );
    expect(problemFields(unknown)).toEqual(['input.applicationId']);
    const [row] = await gumi.db.execute<{ status: string }>(
      sql`select status from gumi.hr_applications where id = ${applicationId ?? ''}`,
    );
    expect(row?.status).toBe('SUBMITTED');
  });

  it('is for the Ministry’s staff of Gumi only: members, other centers, other agencies, anonymous are refused', async () => {
    const input = {
      employerId: 'E00636',
      measureCode: 'MIDCAREER_HIRING',
      workersCovered: 1,
      plan: PLAN,
    };
    const callers = [
      [await asMember('M00000004'), 'FORBIDDEN'],
      [await asStaff({ subject: 'cs-gwanak-01', center: 'moel-seoul-gwanak' }), 'FORBIDDEN'],
      [
        await asStaff({ agency: 'districts', subject: 'st-dongjak-01', center: 'dc-dongjak' }),
        'FORBIDDEN',
      ],
      [{}, 'UNAUTHENTICATED'],
    ] as const;
    for (const [headers, code] of callers) {
      const result = await submit(input, headers);
      expect(errorCodes(result)).toEqual([code]);
      const list = await graphql(
        gumi.url,
        '{ hrImprovementApplications { id } }',
        undefined,
        headers,
      );
      expect(errorCodes(list)).toEqual([code]);
    }
    expect(await openApplications('E00636', 'MIDCAREER_HIRING')).toBe(0);
    // Staff of every center (no center claim) may act.
    const anyCenter = await submit(input, await asStaff({ center: null }));
    expect(anyCenter.data?.submitHrImprovementApplication.ok).toBe(true);
  });

  it('lists applications for staff, newest first, with the seeded decisions', async () => {
    const { hrImprovementApplications } = await query<{
      hrImprovementApplications: Array<{
        status: string;
        decidedBy: string | null;
        decisionNote: string | null;
        employer: { id: string };
        measure: { code: string };
        submittedAt: string;
      }>;
    }>(
      gumi,
      `{ hrImprovementApplications(status: REJECTED) {
          status decidedBy decisionNote employer { id } measure { code } submittedAt } }`,
      undefined,
      await asStaff(),
    );
    const seeded = hrImprovementApplications.find(
      (a) => a.employer.id === 'E00196' && a.measure.code === 'WORKING_HOURS_REDESIGN',
    );
    expect(seeded).toMatchObject({
      status: 'REJECTED',
      decidedBy: 'cs-gumi-02',
      measure: { code: 'WORKING_HOURS_REDESIGN' },
    });
    expect(seeded?.decisionNote).toBeTruthy();
  });
});
