import { errorCodes, graphql } from '@jobgraph/testkit';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  asMember,
  asStaff,
  koreanDay,
  SOUTH_CAMPUS,
  SOUTH_COUNSELOR,
  startFiftyPlus,
  TALENT_ID,
  type TestFiftyPlus,
} from './support.js';

let subgraph: TestFiftyPlus;
beforeAll(async () => {
  subgraph = await startFiftyPlus();
});
afterAll(() => subgraph?.close());

const PLACEMENT_FIELDS = /* GraphQL */ `
  id program { id } person { id } employer { id } supportType startedOn endedOn
  insuranceRecord { id } followUps { checkedOn status note staffId }
`;

describe('experienced-talent placements', () => {
  it('follows 박미경’s hiring placement and its follow-ups from the records', async () => {
    const response = await graphql<{
      _entities: Array<{ experiencedTalentPlacements: unknown[] }>;
    }>(
      subgraph.url,
      `query($r: [_Any!]!) {
        _entities(representations: $r) { ... on Person { experiencedTalentPlacements { ${PLACEMENT_FIELDS} } } }
      }`,
      { r: [{ __typename: 'Person', id: 'M00000002' }] },
      await asMember('M00000002'),
    );
    expect(response.errors).toBeUndefined();
    const placements = response.data?._entities[0]?.experiencedTalentPlacements;
    expect(placements).toEqual([
      {
        id: 'TP00001',
        program: { id: TALENT_ID },
        person: { id: 'M00000002' },
        employer: { id: 'E00521' },
        supportType: 'HIRING',
        startedOn: '2026-03-16',
        endedOn: null,
        insuranceRecord: { id: 'IR0028122' },
        followUps: [
          { checkedOn: '2026-04-15', status: 'EMPLOYED', note: '직무 만족도 높음', staffId: null },
          {
            checkedOn: '2026-05-15',
            status: 'EMPLOYED',
            note: '근무 시간 조정 희망',
            staffId: null,
          },
          { checkedOn: '2026-06-14', status: 'EMPLOYED', note: '추가 교육 희망', staffId: null },
        ],
      },
    ]);

    // The foundation's staff look the placement up by its id; members cannot.
    const byId = `{ experiencedTalentPlacement(id: "TP00001") { ${PLACEMENT_FIELDS} } }`;
    const staff = await graphql<{ experiencedTalentPlacement: unknown }>(
      subgraph.url,
      byId,
      undefined,
      await asStaff(),
    );
    expect(staff.errors).toBeUndefined();
    expect(staff.data?.experiencedTalentPlacement).toEqual(placements?.[0]);
    const member = await graphql(subgraph.url, byId, undefined, await asMember('M00000002'));
    expect(errorCodes(member)).toEqual(['FORBIDDEN']);
  });

  it('shows a person with no placements an empty list, and an unknown id as null', async () => {
    const response = await graphql<{
      _entities: Array<{ experiencedTalentPlacements: unknown[] }>;
    }>(
      subgraph.url,
      `query($r: [_Any!]!) {
        _entities(representations: $r) { ... on Person { experiencedTalentPlacements { id } } }
      }`,
      { r: [{ __typename: 'Person', id: 'M00000006' }] },
      await asMember('M00000006'),
    );
    expect(response.data?._entities[0]?.experiencedTalentPlacements).toEqual([]);
    const unknown = await graphql<{ experiencedTalentPlacement: unknown }>(
      subgraph.url,
      '{ experiencedTalentPlacement(id: "TP99999") { id } }',
      undefined,
      await asStaff(),
    );
    expect(unknown.errors).toBeUndefined();
    expect(unknown.data?.experiencedTalentPlacement).toBeNull();
  });
});

const RECORD = /* GraphQL */ `
  mutation Record($input: RecordFollowUpInput!) {
    recordFollowUp(input: $input) {
      ok
      error { code message }
      followUp { checkedOn status note staffId }
      placement { id followUps { checkedOn } }
    }
  }
`;

interface RecordData {
  recordFollowUp: {
    ok: boolean;
    error: { code: string; message: string } | null;
    followUp: { checkedOn: string; status: string; note: string | null; staffId: string } | null;
    placement: { id: string; followUps: Array<{ checkedOn: string }> };
  };
}

/**
 * Placements of members of the South campus (whose staff the tests act as), of each type, that
 * started at least two weeks ago and have no check in the last few days, for the tests to check on.
 */
async function placementsToCheck(): Promise<{ hiring: string[]; experience: string[] }> {
  const rows = await subgraph.db.execute<{ id: string; support_type: string }>(sql`
    select id, support_type from fiftyplus.placements p
    join fiftyplus.talent_profiles t on t.person_id = p.person_id
    where t.campus_id = ${SOUTH_CAMPUS} and started_on <= ${koreanDay(-14)}
      and not exists (select 1 from fiftyplus.follow_ups f
                      where f.placement_id = p.id and f.checked_on >= ${koreanDay(-5)})
    order by id`);
  return {
    hiring: rows.filter((row) => row.support_type === 'HIRING').map((row) => row.id),
    experience: rows.filter((row) => row.support_type === 'JOB_EXPERIENCE').map((row) => row.id),
  };
}

async function followUpCount(placementId: string, checkedOn?: string): Promise<number> {
  const [row] = await subgraph.db.execute<{ count: number }>(sql`
    select count(*)::int as count from fiftyplus.follow_ups
    where placement_id = ${placementId}
      and (${checkedOn ?? null}::date is null or checked_on = ${checkedOn ?? null}::date)`);
  return row?.count ?? 0;
}

/** Records a follow-up as a South campus counselor (`subject`, the default one unless told). */
async function record(input: Record<string, unknown>, subject?: string) {
  return graphql<RecordData>(
    subgraph.url,
    RECORD,
    { input },
    await asStaff(subject ? { subject } : {}),
  );
}

describe('recordFollowUp', () => {
  it('records the signed-in staff member’s check and shows it on the placement', async () => {
    const { hiring } = await placementsToCheck();
    const placementId = hiring[0] as string;
    const checkedOn = koreanDay(-1);
    const response = await record({
      placementId,
      checkedOn,
      status: 'EMPLOYED',
      note: ' 전화 확인: 근무 적응 양호 ',
    });
    expect(response.errors).toBeUndefined();
    expect(response.data?.recordFollowUp).toMatchObject({
      ok: true,
      error: null,
      followUp: {
        checkedOn,
        status: 'EMPLOYED',
        note: '전화 확인: 근무 적응 양호',
        staffId: SOUTH_COUNSELOR,
      },
      placement: { id: placementId },
    });
    expect(
      response.data?.recordFollowUp.placement.followUps.map((followUp) => followUp.checkedOn),
    ).toContain(checkedOn);
  });

  it('keeps one check per placement per day, even under concurrent requests', async () => {
    const { hiring } = await placementsToCheck();
    const placementId = hiring[1] as string;
    const checkedOn = koreanDay(-2);
    const results = await Promise.all(
      Array.from({ length: 10 }, (_, index) =>
        record({ placementId, checkedOn, status: 'EMPLOYED' }, `st-campus-south-0${index}`),
      ),
    );
    const recorders = results.map((result) => result.data?.recordFollowUp.followUp?.staffId);
    expect(recorders.filter((staffId) => staffId !== undefined && staffId !== null)).toHaveLength(
      1,
    );
    const codes = results.map((result) => result.data?.recordFollowUp.error?.code ?? 'OK');
    expect(codes.filter((code) => code === 'OK')).toHaveLength(1);
    expect(codes.filter((code) => code === 'ALREADY_RECORDED')).toHaveLength(9);
    expect(await followUpCount(placementId, checkedOn)).toBe(1);
  });

  it('lets a job-experience placement be completed', async () => {
    const { experience } = await placementsToCheck();
    const placementId = experience[0] as string;
    const response = await record({ placementId, checkedOn: koreanDay(), status: 'COMPLETED' });
    expect(response.data?.recordFollowUp.ok).toBe(true);
  });

  it('refuses bad input with BAD_USER_INPUT naming the fields, storing nothing', async () => {
    const { hiring } = await placementsToCheck();
    const placementId = hiring[2] as string;
    const [placement] = await subgraph.db.execute<{ started_on: string }>(sql`
      select started_on::text from fiftyplus.placements where id = ${placementId}`);
    const startedOn = placement?.started_on as string;
    const cases: Array<[Record<string, unknown>, string, string]> = [
      [{ checkedOn: koreanDay(1) }, 'input.checkedOn', koreanDay(1)],
      [{ checkedOn: '2026-01-01' }, 'input.checkedOn', '2026-01-01'],
      [{ status: 'COMPLETED' }, 'input.status', koreanDay(-3)],
      [{ note: '본인 번호 7006152234567' }, 'input.note', koreanDay(-3)],
      [{ placementId: 'TP99999' }, 'input.placementId', koreanDay(-3)],
      [{ placementId: 'placement-1' }, 'input.placementId', koreanDay(-3)],
    ];
    expect(startedOn < '2026-01-01').toBe(false);
    const before = await followUpCount(placementId);
    for (const [overrides, field, checkedOn] of cases) {
      const response = await record({ placementId, checkedOn, status: 'EMPLOYED', ...overrides });
      expect(errorCodes(response)).toEqual(['BAD_USER_INPUT']);
      const problems = response.errors?.[0]?.extensions?.problems as Array<{ field: string }>;
      expect(problems.map((problem) => problem.field)).toContain(field);
      expect(await followUpCount(placementId)).toBe(before);
    }
  });
});
