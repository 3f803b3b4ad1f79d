import { errorCodes, graphql } from '@jobgraph/testkit';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  asStaff,
  koreanDay,
  newMemberId,
  PROGRAM_ID,
  problemFields,
  query,
  startDistricts,
  type TestDistricts,
} from './support.js';

let districts: TestDistricts;
beforeAll(async () => {
  districts = await startDistricts();
});
afterAll(() => districts?.close());

type Hire = {
  id: string;
  personId: string;
  employerId: string;
  placedOn: string;
};

const taken = new Set<string>();
/** A placement of the given center with an employer of the given size, not used by another test. */
async function hire(size: string, centerId = 'dc-dongjak'): Promise<Hire> {
  const rows = await districts.db.execute<Hire>(sql`
    select p.id, p.person_id as "personId", p.employer_id as "employerId", p.placed_on::text as "placedOn"
    from districts.placements p join districts.employers e on e.id = p.employer_id
    where p.center_id = ${centerId} and e.size = ${size} and p.id <> 'PL000001'
    order by p.id limit 200`);
  const row = [...rows].find((candidate) => !taken.has(candidate.id));
  if (!row) throw new Error(`no ${size} placement left at ${centerId}`);
  taken.add(row.id);
  return row;
}

const APPLY = /* GraphQL */ `
  mutation Apply($input: ApplyForHiringIncentiveInput!) {
    applyForHiringIncentive(input: $input) {
      ok
      error { code message }
      application {
        id status hiredOn monthsClaimed amountKrw
        program { id } employer { id } person { id } placement { id placedOn }
        statusHistory { status staffId note }
      }
    }
  }
`;
const DECIDE = /* GraphQL */ `
  mutation Decide($input: DecideHiringIncentiveInput!) {
    decideHiringIncentive(input: $input) {
      ok
      error { code message currentStatus }
      application { id status statusHistory { status staffId note } }
    }
  }
`;
const PAY = /* GraphQL */ `
  mutation Pay($input: MarkHiringIncentivePaidInput!) {
    markHiringIncentivePaid(input: $input) {
      ok
      error { code currentStatus }
      application { status statusHistory { status staffId } }
    }
  }
`;

interface ApplyData {
  applyForHiringIncentive: {
    ok: boolean;
    error: { code: string } | null;
    application: {
      id: string;
      status: string;
      amountKrw: number;
      placement: { id: string } | null;
      statusHistory: Array<{ status: string }>;
    } | null;
  };
}
interface TransitionData {
  ok: boolean;
  error: { code: string; currentStatus: string } | null;
  application: {
    status: string;
    statusHistory: Array<{ status: string; staffId: string | null; note: string | null }>;
  } | null;
}

function application(of: Hire, monthsClaimed = 6) {
  return {
    input: {
      programId: PROGRAM_ID,
      employerId: of.employerId,
      memberId: of.personId,
      hiredOn: of.placedOn,
      monthsClaimed,
    },
  };
}

/** Files an application as Dongjak's staff (the programme's center). */
async function apply(variables: Record<string, unknown>) {
  return graphql<ApplyData>(districts.url, APPLY, variables, await asStaff());
}

/** Decides as the Dongjak staff member `subject`. */
async function decide(subject: string, input: Record<string, unknown>) {
  return graphql<{ decideHiringIncentive: TransitionData }>(
    districts.url,
    DECIDE,
    { input },
    await asStaff(subject),
  );
}

/** Records a payment as the Dongjak staff member `subject`. */
async function pay(subject: string, applicationId: string) {
  return graphql<{ markHiringIncentivePaid: TransitionData }>(
    districts.url,
    PAY,
    { input: { applicationId } },
    await asStaff(subject),
  );
}

async function applied(of: Hire, monthsClaimed = 6): Promise<string> {
  const result = await apply(application(of, monthsClaimed));
  const id = result.data?.applyForHiringIncentive.application?.id;
  if (!id) throw new Error(`application refused: ${JSON.stringify(result)}`);
  return id;
}

async function applicationsInDatabase(personId: string): Promise<number> {
  const [row] = await districts.db.execute<{ count: number }>(sql`
    select count(*)::int as count from districts.incentive_applications where person_id = ${personId}`);
  return row?.count ?? 0;
}

describe('the Dongjak SME hiring incentive', () => {
  it('keeps its rules as data: 850,000 KRW a month for up to 6 months, at most 5,100,000', async () => {
    const data = await query<{
      districtProgram: Record<string, unknown>;
      districtPrograms: unknown[];
    }>(
      districts,
      `{ districtProgram(id: "${PROGRAM_ID}") {
          id name nameEn agency monthlyAmountKrw maxMonths maxAmountPerHireKrw
          center { id } region { code } rules { kind description descriptionEn } }
         districtPrograms { id } }`,
    );
    expect(data.districtProgram).toEqual({
      id: PROGRAM_ID,
      name: '동작구 중소기업 채용장려금',
      nameEn: 'Dongjak SME Hiring Incentive',
      agency: 'AUTONOMOUS_DISTRICT',
      monthlyAmountKrw: 850_000,
      maxMonths: 6,
      maxAmountPerHireKrw: 5_100_000,
      center: { id: 'dc-dongjak' },
      region: { code: '11590' },
      rules: [
        expect.objectContaining({
          kind: 'SME_EMPLOYER',
          descriptionEn: 'The employer must be a small or medium enterprise.',
        }),
        expect.objectContaining({ kind: 'PLACED_BY_CENTER' }),
      ],
    });
    expect(data.districtPrograms).toEqual([{ id: PROGRAM_ID }]);
  });

  it('resolves as an entity for the Program interface', async () => {
    const data = await query<{ _entities: unknown[] }>(
      districts,
      `query($representations: [_Any!]!) { _entities(representations: $representations) {
          ... on DistrictProgram { id name nameEn agency maxAmountPerHireKrw } } }`,
      {
        representations: [
          { __typename: 'DistrictProgram', id: PROGRAM_ID },
          { __typename: 'DistrictProgram', id: 'district-nothing' },
        ],
      },
    );
    expect(data._entities).toEqual([
      {
        id: PROGRAM_ID,
        name: '동작구 중소기업 채용장려금',
        nameEn: 'Dongjak SME Hiring Incentive',
        agency: 'AUTONOMOUS_DISTRICT',
        maxAmountPerHireKrw: 5_100_000,
      },
      null,
    ]);
  });
});

describe('applyForHiringIncentive', () => {
  it('accepts a hire the center placed with an SME, at the capped amount for 6 months', async () => {
    const placed = await hire('SMALL_OR_MEDIUM');
    const result = await apply(application(placed, 6));
    expect(result.errors).toBeUndefined();
    expect(result.data?.applyForHiringIncentive).toMatchObject({
      ok: true,
      error: null,
      application: {
        status: 'SUBMITTED',
        hiredOn: placed.placedOn,
        monthsClaimed: 6,
        amountKrw: 5_100_000,
        program: { id: PROGRAM_ID },
        employer: { id: placed.employerId },
        person: { id: placed.personId },
        placement: { id: placed.id, placedOn: placed.placedOn },
        statusHistory: [{ status: 'SUBMITTED', staffId: null, note: null }],
      },
    });
  });

  it('computes the amount from the monthly rate for fewer months', async () => {
    const placed = await hire('SMALL_OR_MEDIUM');
    const result = await apply(application(placed, 3));
    expect(result.data?.applyForHiringIncentive.application?.amountKrw).toBe(2_550_000);
  });

  it('refuses an employer that is not an SME', async () => {
    const placed = await hire('LARGE');
    const result = await apply(application(placed));
    expect(result.data?.applyForHiringIncentive).toMatchObject({
      ok: false,
      application: null,
      error: { code: 'EMPLOYER_NOT_SME' },
    });
    expect(await applicationsInDatabase(placed.personId)).toBe(0);
  });

  it('refuses a hire the center did not place', async () => {
    const sme = await hire('SMALL_OR_MEDIUM');
    const stranger = newMemberId();
    const notPlaced = await apply({ input: { ...application(sme).input, memberId: stranger } });
    expect(notPlaced.data?.applyForHiringIncentive.error?.code).toBe('NOT_PLACED_BY_CENTER');
    expect(await applicationsInDatabase(stranger)).toBe(0);

    const elsewhere = await hire('SMALL_OR_MEDIUM', 'dc-gwanak');
    const byGwanak = await apply(application(elsewhere));
    expect(byGwanak.data?.applyForHiringIncentive.error?.code).toBe('NOT_PLACED_BY_CENTER');
    expect(await applicationsInDatabase(elsewhere.personId)).toBe(0);
  });

  it('takes one application per person per employer, also from concurrent requests', async () => {
    const placed = await hire('SMALL_OR_MEDIUM');
    const results = await Promise.all(Array.from({ length: 10 }, () => apply(application(placed))));
    const codes = results.map((result) => result.data?.applyForHiringIncentive.error?.code ?? 'OK');
    expect(codes.filter((code) => code === 'OK')).toHaveLength(1);
    expect(codes.filter((code) => code === 'ALREADY_APPLIED')).toHaveLength(9);
    expect(await applicationsInDatabase(placed.personId)).toBe(1);
    const later = await apply(application(placed, 2));
    expect(later.data?.applyForHiringIncentive.error?.code).toBe('ALREADY_APPLIED');
  });

  it('reports every bad field at once as BAD_USER_INPUT and stores nothing', async () => {
    const placed = await hire('SMALL_OR_MEDIUM');
    const bad = await apply({
      input: {
        programId: 'district-nothing',
        employerId: 'X1',
        memberId: 'someone',
        hiredOn: koreanDay(3),
        monthsClaimed: 0,
      },
    });
    expect(errorCodes(bad)).toEqual(['BAD_USER_INPUT']);
    expect(problemFields(bad)).toEqual([
      'input.employerId',
      'input.hiredOn',
      'input.memberId',
      'input.monthsClaimed',
      'input.programId',
    ]);
    const tooMany = await apply(application(placed, 7));
    expect(problemFields(tooMany)).toEqual(['input.monthsClaimed']);
    const unknownEmployer = await apply({
      input: { ...application(placed).input, employerId: 'E99999' },
    });
    expect(problemFields(unknownEmployer)).toEqual(['input.employerId']);
    expect(await applicationsInDatabase(placed.personId)).toBe(0);
  });
});

describe('deciding and paying', () => {
  it('goes SUBMITTED → APPROVED → PAID with a dated history naming the staff who called', async () => {
    const id = await applied(await hire('SMALL_OR_MEDIUM'));
    const approved = await decide('st-dongjak-01', {
      applicationId: id,
      decision: 'APPROVE',
      note: '채용 확인',
    });
    expect(approved.data?.decideHiringIncentive).toMatchObject({
      ok: true,
      error: null,
      application: { status: 'APPROVED' },
    });
    const paid = await pay('st-dongjak-02', id);
    expect(paid.data?.markHiringIncentivePaid.application?.statusHistory).toEqual([
      { status: 'SUBMITTED', staffId: null },
      { status: 'APPROVED', staffId: 'st-dongjak-01' },
      { status: 'PAID', staffId: 'st-dongjak-02' },
    ]);
    const again = await decide('st-dongjak-01', {
      applicationId: id,
      decision: 'REJECT',
      note: '재검토',
    });
    expect(again.data?.decideHiringIncentive).toMatchObject({
      ok: false,
      application: null,
      error: { code: 'INVALID_TRANSITION', currentStatus: 'PAID' },
    });
  });

  it('pays only approved applications, and a rejection needs its reason', async () => {
    const id = await applied(await hire('SMALL_OR_MEDIUM'));
    const early = await pay('st-dongjak-02', id);
    expect(early.data?.markHiringIncentivePaid.error).toEqual({
      code: 'INVALID_TRANSITION',
      currentStatus: 'SUBMITTED',
    });
    const silent = await decide('st-dongjak-01', { applicationId: id, decision: 'REJECT' });
    expect(errorCodes(silent)).toEqual(['BAD_USER_INPUT']);
    expect(problemFields(silent)).toEqual(['input.note']);
    const rejected = await decide('st-dongjak-01', {
      applicationId: id,
      decision: 'REJECT',
      note: '고용보험 미가입',
    });
    expect(rejected.data?.decideHiringIncentive.application?.statusHistory.at(-1)).toEqual({
      status: 'REJECTED',
      staffId: 'st-dongjak-01',
      note: '고용보험 미가입',
    });
    const paid = await pay('st-dongjak-02', id);
    expect(paid.data?.markHiringIncentivePaid.error?.currentStatus).toBe('REJECTED');
  });

  it('gives exactly one of many concurrent decisions the win', async () => {
    const id = await applied(await hire('SMALL_OR_MEDIUM'));
    const results = await Promise.all(
      Array.from({ length: 12 }, (_, index) =>
        decide(`st-dongjak-${String(index + 1).padStart(2, '0')}`, {
          applicationId: id,
          decision: index % 2 === 0 ? 'APPROVE' : 'REJECT',
          note: `결정 ${index + 1}`,
        }),
      ),
    );
    const winners = results.filter((result) => result.data?.decideHiringIncentive.ok);
    expect(winners).toHaveLength(1);
    const losers = results.filter((result) => !result.data?.decideHiringIncentive.ok);
    expect(losers).toHaveLength(11);
    for (const loser of losers) {
      expect(loser.data?.decideHiringIncentive.error?.code).toBe('INVALID_TRANSITION');
    }
    const winningStatus = winners[0]?.data?.decideHiringIncentive.application?.status;
    const events = await districts.db.execute<{ status: string }>(sql`
      select status from districts.incentive_events where application_id = ${id} order by id`);
    expect([...events].map((event) => event.status)).toEqual(['SUBMITTED', winningStatus]);
    const [stored] = await districts.db.execute<{ status: string }>(sql`
      select status from districts.incentive_applications where id = ${id}`);
    expect(stored?.status).toBe(winningStatus);
  });

  it('reports an unknown application as NOT_FOUND and malformed input as BAD_USER_INPUT', async () => {
    const unknown = await decide('st-dongjak-01', {
      applicationId: '00000000-0000-4000-8000-000000000000',
      decision: 'APPROVE',
    });
    expect(errorCodes(unknown)).toEqual(['NOT_FOUND']);
    const bad = await pay('st-dongjak-02', 'nope');
    expect(errorCodes(bad)).toEqual(['BAD_USER_INPUT']);
    expect(problemFields(bad)).toEqual(['input.applicationId']);
  });
});

describe('reading applications', () => {
  it('gives staff the employer’s and the person’s view of the story’s paid application for 정민수', async () => {
    const data = await query<{
      _entities: Array<{
        hiringIncentiveApplications: Array<{
          status: string;
          amountKrw: number;
          person: { id: string };
          employer: { id: string };
          placement: { id: string } | null;
          statusHistory: Array<{ status: string }>;
        }>;
      }>;
    }>(
      districts,
      `query($representations: [_Any!]!) { _entities(representations: $representations) {
          ... on Employer { hiringIncentiveApplications { status amountKrw person { id } employer { id } placement { id } statusHistory { status } } }
          ... on Person { hiringIncentiveApplications { status amountKrw person { id } employer { id } placement { id } statusHistory { status } } } } }`,
      {
        representations: [
          { __typename: 'Employer', id: 'E00133' },
          { __typename: 'Person', id: 'M00000005' },
        ],
      },
      await asStaff(),
    );
    const expected = {
      status: 'PAID',
      amountKrw: 5_100_000,
      person: { id: 'M00000005' },
      employer: { id: 'E00133' },
      placement: { id: 'PL000001' },
      statusHistory: [{ status: 'SUBMITTED' }, { status: 'APPROVED' }, { status: 'PAID' }],
    };
    expect(data._entities[0]?.hiringIncentiveApplications).toContainEqual(expected);
    expect(data._entities[1]?.hiringIncentiveApplications).toEqual([expected]);
  });

  it('lists a programme’s applications newest first, by status, page by page', async () => {
    const ids = [
      await applied(await hire('SMALL_OR_MEDIUM')),
      await applied(await hire('SMALL_OR_MEDIUM')),
      await applied(await hire('SMALL_OR_MEDIUM')),
    ];
    const LIST = /* GraphQL */ `
      query List($status: HiringIncentiveStatus, $first: Int, $after: String) {
        hiringIncentiveApplications(programId: "${PROGRAM_ID}", status: $status, first: $first, after: $after) {
          totalCount
          pageInfo { hasNextPage endCursor }
          edges { node { id status } }
        }
      }
    `;
    type ListData = {
      hiringIncentiveApplications: {
        totalCount: number;
        pageInfo: { hasNextPage: boolean; endCursor: string | null };
        edges: Array<{ node: { id: string; status: string } }>;
      };
    };
    const staff = await asStaff();
    const seen: string[] = [];
    let after: string | null = null;
    let total = 0;
    for (let page = 0; page < 50; page += 1) {
      const data: ListData = await query<ListData>(
        districts,
        LIST,
        { status: 'SUBMITTED', first: 2, after },
        staff,
      );
      total = data.hiringIncentiveApplications.totalCount;
      for (const edge of data.hiringIncentiveApplications.edges) {
        expect(edge.node.status).toBe('SUBMITTED');
        seen.push(edge.node.id);
      }
      if (!data.hiringIncentiveApplications.pageInfo.hasNextPage) break;
      after = data.hiringIncentiveApplications.pageInfo.endCursor;
    }
    expect(seen).toHaveLength(total);
    expect(new Set(seen).size).toBe(total);
    // The three made last come first, newest first.
    expect(seen.slice(0, 3)).toEqual([...ids].reverse());

    const paid = await query<ListData>(districts, LIST, { status: 'PAID' }, staff);
    expect(paid.hiringIncentiveApplications.edges.length).toBeGreaterThanOrEqual(1);

    const one = await query<{ hiringIncentiveApplication: { id: string } | null }>(
      districts,
      `{ hiringIncentiveApplication(id: "${ids[0]}") { id } }`,
      undefined,
      staff,
    );
    expect(one.hiringIncentiveApplication).toEqual({ id: ids[0] });
    const none = await query<{ hiringIncentiveApplication: unknown }>(
      districts,
      '{ hiringIncentiveApplication(id: "not-a-uuid") { id } }',
      undefined,
      staff,
    );
    expect(none.hiringIncentiveApplication).toBeNull();
    const unknownProgram = await graphql(
      districts.url,
      '{ hiringIncentiveApplications(programId: "district-none") { totalCount } }',
      undefined,
      staff,
    );
    expect(problemFields(unknownProgram)).toEqual(['programId']);
  });
});
