import { asViewer, citizen, errorCodes, graphql } from '@jobgraph/testkit';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eligibleApplicant, newMemberId, PROGRAM_ID, startCity, type TestCity } from './support.js';

let city: TestCity;
beforeAll(async () => {
  city = await startCity();
});
afterAll(() => city?.close());

const PROGRAM = /* GraphQL */ `
  query Program($id: ID!) {
    program(id: $id) {
      __typename name nameEn agency
      ... on CityProgram {
      year totalPositions previousYearPositions maxParticipationMonths
      sectors { kind positions projects share types { nameEn positions } }
      trainingFields { code nameEn introducedIn }
      training { mandatoryHours mandatoryWeeksMin mandatoryWeeksMax additionalHoursMax }
      wage { hourly monthlyApprox basis }
      examFeeReimbursement { timesPerYear maxAmountPerTime }
      eligibilityRules { kind value }
      }
    }
  }
`;

describe('programmes of every agency', () => {
  it('resolves an id to the agency that holds it, by its prefix', async () => {
    const response = await graphql<{ program: { __typename: string; id: string } | null }[]>(
      city.url,
      `query($ids: [_Any!]!) { _entities(representations: $ids) { ... on Program { __typename id } } }`,
      {
        ids: [
          { __typename: 'Program', id: 'seoul-attractive-jobs-2026' },
          { __typename: 'Program', id: 'moel-job-search-guarantee' },
          { __typename: 'Program', id: 'seoul50plus-midcareer-academy-2026' },
          { __typename: 'Program', id: 'district-dongjak-sme-hiring-incentive' },
        ],
      },
    );
    expect(response.errors).toBeUndefined();
    expect((response.data as unknown as { _entities: unknown[] })._entities).toEqual([
      { __typename: 'CityProgram', id: 'seoul-attractive-jobs-2026' },
      { __typename: 'MinistryProgram', id: 'moel-job-search-guarantee' },
      { __typename: 'FiftyPlusProgram', id: 'seoul50plus-midcareer-academy-2026' },
      { __typename: 'DistrictProgram', id: 'district-dongjak-sme-hiring-incentive' },
    ]);
    const unknown = await graphql<{ program: unknown }>(
      city.url,
      '{ program(id: "nasa-moonshot") { id } }',
    );
    expect(unknown.data?.program).toBeNull();
  });

  it('lists the programmes of every agency available in a region', async () => {
    const query = `query($r: [_Any!]!) { _entities(representations: $r) { ... on Region { code programs { __typename id } } } }`;
    const representation = (code: string) => ({
      __typename: 'Region',
      code,
      fiftyPlusPrograms: code.startsWith('11')
        ? [{ id: 'seoul50plus-midcareer-academy-2026' }]
        : [],
      ministryPrograms: [{ id: 'moel-tomorrow-learning-card' }],
      districtPrograms: code === '11590' ? [{ id: 'district-dongjak-sme-hiring-incentive' }] : [],
    });
    const response = await graphql<{
      _entities: Array<{ code: string; programs: Array<{ __typename: string; id: string }> }>;
    }>(city.url, query, { r: [representation('11590'), representation('28237')] });
    expect(response.errors).toBeUndefined();
    const [dongjak, bupyeong] = response.data?._entities ?? [];
    expect(dongjak?.programs.map((program) => program.id)).toEqual([
      'seoul-attractive-jobs-2026',
      'seoul50plus-midcareer-academy-2026',
      'moel-tomorrow-learning-card',
      'district-dongjak-sme-hiring-incentive',
    ]);
    // Attractive Jobs is Seoul's: not listed in Incheon.
    expect(bupyeong?.programs).toEqual([
      { __typename: 'MinistryProgram', id: 'moel-tomorrow-learning-card' },
    ]);
  });
});

describe('the story people', () => {
  it('has the seeded applications of the synthetic population', async () => {
    const response = await graphql<{
      person: { programApplications: Array<{ sector: string; program: { id: string } }> };
    }>(
      city.url,
      '{ person(id: "M00000001") { programApplications { sector program { id } } } }',
      undefined,
      await asViewer(citizen('M00000001')),
    );
    expect(response.data?.person.programApplications).toEqual([
      { sector: 'PUBLIC', program: { id: 'seoul-attractive-jobs-2026' } },
    ]);
    const bad = await graphql(city.url, '{ person(id: "900101-1234567") { id } }');
    expect(errorCodes(bad)).toEqual(['BAD_USER_INPUT']);
  });
});

describe('Seoul Attractive Jobs 2026', () => {
  it('carries the published figures as data', async () => {
    const response = await graphql<{ program: Record<string, unknown> }>(city.url, PROGRAM, {
      id: PROGRAM_ID,
    });
    expect(response.errors).toBeUndefined();
    expect(response.data?.program).toMatchObject({
      __typename: 'CityProgram',
      agency: 'SEOUL_METROPOLITAN_GOVERNMENT',
      name: '서울 매력일자리',
      year: 2026,
      totalPositions: 3600,
      previousYearPositions: 3500,
      maxParticipationMonths: 18,
      sectors: [
        {
          kind: 'PUBLIC',
          positions: 1620,
          projects: 164,
          types: expect.arrayContaining([
            expect.objectContaining({ nameEn: 'Companion for the Disadvantaged' }),
            expect.objectContaining({ nameEn: 'Career Development' }),
          ]),
        },
        {
          kind: 'PRIVATE',
          positions: 1980,
          share: 0.55,
          types: [{ nameEn: 'Private Organization Collaboration', positions: 590 }],
        },
      ],
      training: {
        mandatoryHours: 40,
        mandatoryWeeksMin: 1,
        mandatoryWeeksMax: 2,
        additionalHoursMax: 40,
      },
      wage: { hourly: 12121, monthlyApprox: 2520000, basis: 'Seoul living wage' },
      examFeeReimbursement: { timesPerYear: 3, maxAmountPerTime: 50000 },
    });
    const program = response.data?.program as {
      trainingFields: Array<{ nameEn: string; introducedIn: number | null }>;
      sectors: Array<{ types: unknown[] }>;
    };
    expect(program.trainingFields).toHaveLength(6);
    expect(program.trainingFields.filter((field) => field.introducedIn === 2026)).toEqual([
      expect.objectContaining({ nameEn: 'AI utilization' }),
    ]);
    expect(program.sectors[0]?.types).toHaveLength(2);
  });
});

const CHECK = /* GraphQL */ `
  query Check($programId: ID!, $applicant: ApplicantInput!) {
    checkEligibility(programId: $programId, applicant: $applicant) { eligible reasons { rule met message } }
  }
`;

describe('checkEligibility', () => {
  async function check(applicant: Record<string, unknown>) {
    const response = await graphql<{
      checkEligibility: {
        eligible: boolean;
        reasons: Array<{ rule: string; met: boolean; message: string }>;
      };
    }>(city.url, CHECK, { programId: PROGRAM_ID, applicant });
    expect(response.errors).toBeUndefined();
    return response.data?.checkEligibility as NonNullable<typeof response.data>['checkEligibility'];
  }

  it('says yes with every rule met', async () => {
    const result = await check(eligibleApplicant());
    expect(result.eligible).toBe(true);
    expect(result.reasons.map((reason) => reason.rule)).toEqual([
      'SEOUL_RESIDENT',
      'MIN_AGE',
      'UNEMPLOYED',
      'MAX_PRIOR_PARTICIPATION_MONTHS',
    ]);
    expect(result.reasons.every((reason) => reason.met)).toBe(true);
  });

  it('gives every reason for a no', async () => {
    const result = await check({
      birthDate: '2015-01-01',
      residenceRegionCode: '28237',
      employmentStatus: 'EMPLOYED',
      priorParticipationMonths: 18,
    });
    expect(result.eligible).toBe(false);
    expect(result.reasons.filter((reason) => !reason.met).map((reason) => reason.rule)).toEqual([
      'SEOUL_RESIDENT',
      'MIN_AGE',
      'UNEMPLOYED',
      'MAX_PRIOR_PARTICIPATION_MONTHS',
    ]);
    expect(result.reasons[0]?.message).toContain('인천광역시 부평구');
  });

  it('counts age in full years on the day, turning 18 on the birthday', async () => {
    const today = new Date(Date.now() + 9 * 3_600_000).toISOString().slice(0, 10);
    const eighteenToday = `${Number(today.slice(0, 4)) - 18}${today.slice(4)}`;
    const result = await check({ ...eligibleApplicant(), birthDate: eighteenToday });
    expect(result.reasons.find((reason) => reason.rule === 'MIN_AGE')?.met).toBe(true);
  });
});

const APPLY = /* GraphQL */ `
  mutation Apply($input: ApplyToProgramInput!) {
    applyToProgram(input: $input) {
      ok
      error { code message reasons { rule met } }
      application { id status sector trainingField { code } programType { id } program { id } }
    }
  }
`;

function application(overrides: Record<string, unknown> = {}) {
  return {
    programId: PROGRAM_ID,
    name: '김서연',
    phone: '010-2345-6789',
    sector: 'PUBLIC',
    programTypeId: 'saj-2026-career-development',
    trainingFieldCode: 'ai-utilization',
    applicant: eligibleApplicant(),
    ...overrides,
  };
}

interface ApplyData {
  applyToProgram: {
    ok: boolean;
    application: Record<string, unknown> | null;
    error: { code: string; message: string; reasons: Array<{ rule: string; met: boolean }> } | null;
  };
}

/** Applies as the signed-in member `memberId` (the gateway's signed identity). */
async function applyAs(memberId: string, overrides: Record<string, unknown> = {}) {
  return graphql<ApplyData>(
    city.url,
    APPLY,
    { input: application(overrides) },
    await asViewer(citizen(memberId)),
  );
}

async function storedApplications(memberId: string) {
  const rows = await city.db.execute<{ applications: number; events: number }>(sql`
    select
      (select count(*)::int from city.program_applications where member_id = ${memberId}) as applications,
      (select count(*)::int from city.application_events e
         join city.program_applications a on a.id = e.application_id
        where a.member_id = ${memberId}) as events`);
  return rows[0];
}

describe('applyToProgram', () => {
  it('stores a valid application of the signed-in member with its first status event', async () => {
    const memberId = newMemberId();
    const response = await applyAs(memberId);
    expect(response.errors).toBeUndefined();
    expect(response.data?.applyToProgram).toMatchObject({
      ok: true,
      error: null,
      application: {
        status: 'SUBMITTED',
        sector: 'PUBLIC',
        trainingField: { code: 'ai-utilization' },
        programType: { id: 'saj-2026-career-development' },
        program: { id: PROGRAM_ID },
      },
    });
    expect(await storedApplications(memberId)).toEqual({ applications: 1, events: 1 });

    const person = await graphql<{
      _entities: Array<{ programApplications: Array<{ status: string }> }>;
    }>(
      city.url,
      'query($r: [_Any!]!) { _entities(representations: $r) { ... on Person { programApplications { status } } } }',
      { r: [{ __typename: 'Person', id: memberId }] },
      await asViewer(citizen(memberId)),
    );
    expect(person.data?._entities[0]?.programApplications).toEqual([{ status: 'SUBMITTED' }]);
  });

  it('refuses anyone not signed in, storing nothing', async () => {
    const response = await graphql(city.url, APPLY, { input: application() });
    expect(errorCodes(response)).toEqual(['UNAUTHENTICATED']);
  });

  it('refuses a second active application to the same programme', async () => {
    const memberId = newMemberId();
    await applyAs(memberId);
    const again = await applyAs(memberId, { sector: 'PRIVATE', programTypeId: null });
    expect(again.data?.applyToProgram).toMatchObject({
      ok: false,
      error: { code: 'ALREADY_APPLIED' },
    });
    expect(await storedApplications(memberId)).toEqual({ applications: 1, events: 1 });
  });

  it('lets exactly one of many concurrent applications by one person through', async () => {
    const memberId = newMemberId();
    const results = await Promise.all(Array.from({ length: 16 }, () => applyAs(memberId)));
    const outcomes = results.map((result) => result.data?.applyToProgram.error?.code ?? 'OK');
    expect(outcomes.filter((outcome) => outcome === 'OK')).toHaveLength(1);
    expect(outcomes.filter((outcome) => outcome === 'ALREADY_APPLIED')).toHaveLength(15);
    expect(await storedApplications(memberId)).toEqual({ applications: 1, events: 1 });
  });

  it('refuses an ineligible applicant with the unmet rules and stores nothing', async () => {
    const memberId = newMemberId();
    const response = await applyAs(memberId, {
      applicant: { ...eligibleApplicant(), employmentStatus: 'EMPLOYED' },
    });
    expect(response.data?.applyToProgram).toEqual({
      ok: false,
      application: null,
      error: {
        code: 'NOT_ELIGIBLE',
        message: expect.any(String),
        reasons: [{ rule: 'UNEMPLOYED', met: false }],
      },
    });
    expect(await storedApplications(memberId)).toEqual({ applications: 0, events: 0 });
  });

  const invalid: Array<[string, Record<string, unknown>, string]> = [
    [
      'an unknown residence region',
      { applicant: { ...eligibleApplicant(), residenceRegionCode: '11999' } },
      'input.applicant.residenceRegionCode',
    ],
    [
      'a retired region code',
      { applicant: { ...eligibleApplicant(), residenceRegionCode: '45140' } },
      'input.applicant.residenceRegionCode',
    ],
    [
      'a birth date in the future',
      { applicant: { ...eligibleApplicant(), birthDate: '2099-01-01' } },
      'input.applicant.birthDate',
    ],
    ['a landline phone number', { phone: '02-123-4567' }, 'input.phone'],
    ['an empty name', { name: '   ' }, 'input.name'],
    ['a name with digits', { name: '김1234' }, 'input.name'],
    [
      'a resident registration number',
      { motivation: '제 번호는 900101-1234567 입니다' },
      'input.motivation',
    ],
    ['an unknown programme', { programId: 'seoul-nonexistent' }, 'input.programId'],
    ['a type of the other sector', { sector: 'PRIVATE' }, 'input.programTypeId'],
    ['an unknown training field', { trainingFieldCode: 'astrology' }, 'input.trainingFieldCode'],
    [
      'a negative number of months',
      { applicant: { ...eligibleApplicant(), priorParticipationMonths: -1 } },
      'input.applicant.priorParticipationMonths',
    ],
  ];
  for (const [what, overrides, field] of invalid) {
    it(`refuses ${what} with BAD_USER_INPUT naming ${field}, storing nothing`, async () => {
      const memberId = newMemberId();
      const response = await applyAs(memberId, overrides);
      expect(errorCodes(response)).toEqual(['BAD_USER_INPUT']);
      const problems = response.errors?.[0]?.extensions?.problems as Array<{ field: string }>;
      expect(problems.map((problem) => problem.field)).toContain(field);
      expect(response.errors?.[0]?.message).toContain(field);
      expect(await storedApplications(memberId)).toEqual({ applications: 0, events: 0 });
    });
  }

  it('refuses wrongly typed input with BAD_USER_INPUT', async () => {
    const response = await applyAs(newMemberId(), {
      sector: 'GOVERNMENT',
      applicant: { ...eligibleApplicant(), birthDate: 19940517 },
    });
    expect(errorCodes(response)).toEqual(['BAD_USER_INPUT', 'BAD_USER_INPUT']);
    expect(response.errors?.map((error) => error.message).join(' ')).toMatch(
      /GOVERNMENT.*19940517|19940517.*GOVERNMENT/s,
    );
  });

  it('reports all problems of one request at once', async () => {
    const response = await applyAs(newMemberId(), { name: '', phone: 'x' });
    const problems = response.errors?.[0]?.extensions?.problems as Array<{ field: string }>;
    expect(problems.map((problem) => problem.field)).toEqual(['input.name', 'input.phone']);
  });
});
