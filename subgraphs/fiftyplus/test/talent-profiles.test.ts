import { errorCodes, graphql } from '@jobgraph/testkit';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  asMember,
  asStaff,
  birthDateForAge,
  koreanDay,
  newMemberId,
  registerTalent,
  SOUTH_COUNSELOR,
  startFiftyPlus,
  type TestFiftyPlus,
  talentInput,
} from './support.js';

let subgraph: TestFiftyPlus;
beforeAll(async () => {
  subgraph = await startFiftyPlus();
});
afterAll(() => subgraph?.close());

const PROFILE_FIELDS = /* GraphQL */ `
  person { id } name birthDate phone residenceRegion { code } campus { id }
  readiness recommendedTrack registeredOn
  careerHistory { occupation { code name nameEn } title years }
  desiredConditions { regions { code } minMonthlyWageKrw maxHoursPerWeek employmentTypes }
  diagnoses { diagnosedOn readinessScore readiness strengths recommendedTrack counselorId note recordedAt profile { person { id } } }
`;

const REGISTER = /* GraphQL */ `
  mutation Register($input: RegisterTalentProfileInput!) {
    registerTalentProfile(input: $input) { created profile { ${PROFILE_FIELDS} } }
  }
`;

const PERSON = /* GraphQL */ `
  query Person($representations: [_Any!]!) {
    _entities(representations: $representations) {
      ... on Person { id talentProfile { ${PROFILE_FIELDS} } }
    }
  }
`;

interface Profile {
  person: { id: string };
  name: string;
  phone: string;
  readiness: string | null;
  recommendedTrack: string | null;
  registeredOn: string;
  careerHistory: Array<{
    occupation: { code: string; name: string };
    title: string;
    years: number;
  }>;
  desiredConditions: {
    regions: Array<{ code: string }>;
    minMonthlyWageKrw: number;
    maxHoursPerWeek: number;
    employmentTypes: string[];
  };
  diagnoses: Array<{
    diagnosedOn: string;
    readinessScore: number;
    readiness: string;
    strengths: string[];
    recommendedTrack: string;
    counselorId: string;
    note: string | null;
  }>;
}

/** The member's profile, as the member sees it. */
async function profileOf(memberId: string): Promise<Profile | null> {
  const response = await graphql<{ _entities: Array<{ talentProfile: Profile | null }> }>(
    subgraph.url,
    PERSON,
    { representations: [{ __typename: 'Person', id: memberId }] },
    await asMember(memberId),
  );
  expect(response.errors).toBeUndefined();
  return response.data?._entities[0]?.talentProfile ?? null;
}

interface RegisterData {
  registerTalentProfile: { created: boolean; profile: Profile };
}

/** Registers as the signed-in member `memberId`. */
async function registerAs(memberId: string, overrides: Record<string, unknown> = {}) {
  return graphql<RegisterData>(
    subgraph.url,
    REGISTER,
    { input: talentInput(overrides) },
    await asMember(memberId),
  );
}

async function storedRows(memberId: string) {
  const [row] = await subgraph.db.execute<{ profiles: number; careers: number; diagnoses: number }>(
    sql`
    select
      (select count(*)::int from fiftyplus.talent_profiles where person_id = ${memberId}) as profiles,
      (select count(*)::int from fiftyplus.career_entries where person_id = ${memberId}) as careers,
      (select count(*)::int from fiftyplus.career_diagnoses where person_id = ${memberId}) as diagnoses`,
  );
  return row;
}

describe('registerTalentProfile', () => {
  it('registers the signed-in member’s profile, undiagnosed, and shows it on the person', async () => {
    const memberId = newMemberId();
    const response = await registerAs(memberId, { phone: '01023456789' });
    expect(response.errors).toBeUndefined();
    expect(response.data?.registerTalentProfile).toMatchObject({
      created: true,
      profile: {
        person: { id: memberId },
        name: '김서연',
        phone: '010-2345-6789',
        readiness: null,
        recommendedTrack: null,
        registeredOn: koreanDay(),
        careerHistory: [
          {
            occupation: { code: '0', name: '경영·사무·금융·보험직' },
            title: '총무·인사 관리',
            years: 15,
          },
          { occupation: { code: '6' }, title: '영업 관리', years: 5 },
        ],
        desiredConditions: {
          regions: [{ code: '11590' }, { code: '11620' }],
          minMonthlyWageKrw: 2_500_000,
          maxHoursPerWeek: 40,
          employmentTypes: ['PERMANENT', 'FIXED_TERM'],
        },
        diagnoses: [],
      },
    });
    expect(await profileOf(memberId)).toEqual(response.data?.registerTalentProfile.profile);
    expect(await storedRows(memberId)).toEqual({ profiles: 1, careers: 2, diagnoses: 0 });
  });

  it('replaces a profile, keeping its registration day and readiness', async () => {
    const memberId = newMemberId();
    await registerTalent(subgraph, memberId);
    await subgraph.db.execute(sql`
      update fiftyplus.talent_profiles set registered_on = '2026-01-05', readiness = 'HIGH'
      where person_id = ${memberId}`);
    const response = await registerAs(memberId, {
      careerHistory: [{ occupationCode: '3', title: '간호', years: 20 }],
      desiredConditions: {
        regionCodes: ['11'],
        minMonthlyWageKrw: 1_500_000,
        maxHoursPerWeek: 25,
        employmentTypes: ['PERMANENT_PART_TIME'],
      },
    });
    expect(response.errors).toBeUndefined();
    expect(response.data?.registerTalentProfile).toMatchObject({
      created: false,
      profile: {
        registeredOn: '2026-01-05',
        readiness: 'HIGH',
        recommendedTrack: 'FAST_TRACK',
        careerHistory: [{ occupation: { code: '3' }, title: '간호', years: 20 }],
        desiredConditions: { regions: [{ code: '11' }], maxHoursPerWeek: 25 },
      },
    });
    expect(await storedRows(memberId)).toEqual({ profiles: 1, careers: 1, diagnoses: 0 });
  });

  it('keeps one consistent profile when a member registers many times at once', async () => {
    const memberId = newMemberId();
    const results = await Promise.all(
      Array.from({ length: 12 }, (_, index) =>
        registerAs(memberId, {
          careerHistory: Array.from({ length: (index % 3) + 1 }, (_unused, position) => ({
            occupationCode: String(position),
            title: `경력 ${index}`,
            years: 2,
          })),
        }),
      ),
    );
    for (const result of results) expect(result.errors).toBeUndefined();
    expect(results.filter((result) => result.data?.registerTalentProfile.created)).toHaveLength(1);
    const profile = await profileOf(memberId);
    // Whichever registration came last, its career history is stored whole.
    const titles = new Set(profile?.careerHistory.map((entry) => entry.title));
    expect(titles.size).toBe(1);
    const winner = Number([...titles][0]?.replace('경력 ', ''));
    expect(profile?.careerHistory).toHaveLength((winner % 3) + 1);
  });

  const invalid: Array<[string, Record<string, unknown>, string]> = [
    ['an empty name', { name: '  ' }, 'input.name'],
    ['a landline phone', { phone: '02-123-4567' }, 'input.phone'],
    ['someone aged 39', { birthDate: birthDateForAge(39) }, 'input.birthDate'],
    ['someone aged 65', { birthDate: birthDateForAge(65) }, 'input.birthDate'],
    ['a birth date in the future', { birthDate: '2099-01-01' }, 'input.birthDate'],
    ['a resident of Incheon', { residenceRegionCode: '28237' }, 'input.residenceRegionCode'],
    [
      'the whole of Seoul as an address',
      { residenceRegionCode: '11' },
      'input.residenceRegionCode',
    ],
    ['an unknown region', { residenceRegionCode: '11999' }, 'input.residenceRegionCode'],
    ['an unknown campus', { campusId: 'campus-moon' }, 'input.campusId'],
    ['no career', { careerHistory: [] }, 'input.careerHistory'],
    [
      'eleven careers',
      {
        careerHistory: Array.from({ length: 11 }, () => ({
          occupationCode: '0',
          title: '사무',
          years: 1,
        })),
      },
      'input.careerHistory',
    ],
    [
      'an unknown occupation group',
      { careerHistory: [{ occupationCode: '42', title: '사무', years: 3 }] },
      'input.careerHistory[0].occupationCode',
    ],
    [
      'more career years than working years',
      { careerHistory: [{ occupationCode: '0', title: '사무', years: 45 }] },
      'input.careerHistory[0].years',
    ],
    [
      'a resident registration number in a job title',
      { careerHistory: [{ occupationCode: '0', title: '사무 700615-1234567', years: 3 }] },
      'input.careerHistory[0].title',
    ],
    [
      'no desired region',
      {
        desiredConditions: {
          regionCodes: [],
          minMonthlyWageKrw: 2_000_000,
          maxHoursPerWeek: 40,
          employmentTypes: ['PERMANENT'],
        },
      },
      'input.desiredConditions.regionCodes',
    ],
    [
      'a retired desired region',
      {
        desiredConditions: {
          regionCodes: ['45140'],
          minMonthlyWageKrw: 2_000_000,
          maxHoursPerWeek: 40,
          employmentTypes: ['PERMANENT'],
        },
      },
      'input.desiredConditions.regionCodes[0]',
    ],
    [
      'a zero wage',
      {
        desiredConditions: {
          regionCodes: ['11590'],
          minMonthlyWageKrw: 0,
          maxHoursPerWeek: 40,
          employmentTypes: ['PERMANENT'],
        },
      },
      'input.desiredConditions.minMonthlyWageKrw',
    ],
    [
      'a 60-hour week',
      {
        desiredConditions: {
          regionCodes: ['11590'],
          minMonthlyWageKrw: 2_000_000,
          maxHoursPerWeek: 60,
          employmentTypes: ['PERMANENT'],
        },
      },
      'input.desiredConditions.maxHoursPerWeek',
    ],
    [
      'no employment type',
      {
        desiredConditions: {
          regionCodes: ['11590'],
          minMonthlyWageKrw: 2_000_000,
          maxHoursPerWeek: 40,
          employmentTypes: [],
        },
      },
      'input.desiredConditions.employmentTypes',
    ],
  ];
  for (const [what, overrides, field] of invalid) {
    it(`refuses ${what} with BAD_USER_INPUT naming ${field}, storing nothing`, async () => {
      const memberId = newMemberId();
      const response = await registerAs(memberId, overrides);
      expect(errorCodes(response)).toEqual(['BAD_USER_INPUT']);
      const problems = response.errors?.[0]?.extensions?.problems as Array<{ field: string }>;
      expect(problems.map((problem) => problem.field)).toContain(field);
      expect(response.errors?.[0]?.message).toContain(field);
      expect(await storedRows(memberId)).toEqual({ profiles: 0, careers: 0, diagnoses: 0 });
    });
  }

  it('reports every problem of one request at once', async () => {
    const response = await registerAs(newMemberId(), {
      phone: 'x',
      birthDate: birthDateForAge(30),
      residenceRegionCode: '28237',
      careerHistory: [{ occupationCode: 'x', title: '', years: -1 }],
    });
    const problems = response.errors?.[0]?.extensions?.problems as Array<{ field: string }>;
    expect(problems.map((problem) => problem.field)).toEqual([
      'input.phone',
      'input.birthDate',
      'input.residenceRegionCode',
      'input.careerHistory[0].occupationCode',
      'input.careerHistory[0].title',
      'input.careerHistory[0].years',
    ]);
  });

  it('refuses wrongly typed input with BAD_USER_INPUT', async () => {
    const response = await registerAs(newMemberId(), { birthDate: '1970-02-30' });
    expect(errorCodes(response)).toEqual(['BAD_USER_INPUT']);
  });

  it('refuses anyone not signed in, and staff (a profile is the member’s own), storing nothing', async () => {
    const profiles = async () =>
      (
        await subgraph.db.execute<{ count: number }>(
          sql`select count(*)::int as count from fiftyplus.talent_profiles`,
        )
      )[0]?.count;
    const before = await profiles();
    const anonymous = await graphql(subgraph.url, REGISTER, { input: talentInput() });
    expect(errorCodes(anonymous)).toEqual(['UNAUTHENTICATED']);
    const staff = await graphql(subgraph.url, REGISTER, { input: talentInput() }, await asStaff());
    expect(errorCodes(staff)).toEqual(['FORBIDDEN']);
    expect(await profiles()).toBe(before);
  });
});

const DIAGNOSE = /* GraphQL */ `
  mutation Diagnose($input: RecordCareerDiagnosisInput!) {
    recordCareerDiagnosis(input: $input) {
      ok
      error { code message }
      diagnosis { diagnosedOn readinessScore readiness strengths recommendedTrack counselorId note
                  profile { readiness recommendedTrack } }
    }
  }
`;

interface DiagnoseData {
  recordCareerDiagnosis: {
    ok: boolean;
    error: { code: string } | null;
    diagnosis: {
      readiness: string;
      recommendedTrack: string;
      profile: { readiness: string; recommendedTrack: string };
    } | null;
  };
}

const diagnosisInput = (memberId: string, overrides: Record<string, unknown> = {}) => ({
  memberId,
  readinessScore: 75,
  strengths: ['경영지원 경력 15년', '즉시 근무 가능'],
  note: '속성반 추천',
  ...overrides,
});

/** Records a diagnosis as the South campus counselor (the test members' campus). */
async function diagnose(memberId: string, overrides: Record<string, unknown> = {}) {
  return graphql<DiagnoseData>(
    subgraph.url,
    DIAGNOSE,
    { input: diagnosisInput(memberId, overrides) },
    await asStaff(),
  );
}

describe('recordCareerDiagnosis', () => {
  it('records the signed-in counselor’s diagnosis and sets the profile’s readiness from it', async () => {
    const memberId = newMemberId();
    await registerTalent(subgraph, memberId);
    const response = await diagnose(memberId);
    expect(response.errors).toBeUndefined();
    expect(response.data?.recordCareerDiagnosis).toEqual({
      ok: true,
      error: null,
      diagnosis: {
        diagnosedOn: koreanDay(),
        readinessScore: 75,
        readiness: 'HIGH',
        strengths: ['경영지원 경력 15년', '즉시 근무 가능'],
        recommendedTrack: 'FAST_TRACK',
        counselorId: SOUTH_COUNSELOR,
        note: '속성반 추천',
        profile: { readiness: 'HIGH', recommendedTrack: 'FAST_TRACK' },
      },
    });
  });

  it('takes the readiness of the latest diagnosis, whatever order they are recorded in', async () => {
    const memberId = newMemberId();
    await registerTalent(subgraph, memberId);
    await subgraph.db.execute(
      sql`update fiftyplus.talent_profiles set registered_on = ${koreanDay(-30)} where person_id = ${memberId}`,
    );
    await diagnose(memberId, { readinessScore: 45, diagnosedOn: koreanDay(-2) });
    const older = await diagnose(memberId, { readinessScore: 20, diagnosedOn: koreanDay(-20) });
    expect(older.data?.recordCareerDiagnosis.diagnosis).toMatchObject({
      readiness: 'LOW',
      profile: { readiness: 'MEDIUM', recommendedTrack: 'REGULAR' },
    });
    const profile = await profileOf(memberId);
    expect(profile?.diagnoses.map((diagnosis) => diagnosis.readinessScore)).toEqual([45, 20]);
  });

  it('refuses a member with no profile with a typed error', async () => {
    const response = await diagnose(newMemberId());
    expect(response.data?.recordCareerDiagnosis).toMatchObject({
      ok: false,
      error: { code: 'NO_TALENT_PROFILE' },
      diagnosis: null,
    });
  });

  const invalid: Array<[string, Record<string, unknown>, string]> = [
    ['a score over 100', { readinessScore: 101 }, 'input.readinessScore'],
    ['no strengths', { strengths: [] }, 'input.strengths'],
    ['an empty strength', { strengths: ['  '] }, 'input.strengths[0]'],
    ['a malformed member id', { memberId: '12345' }, 'input.memberId'],
    ['a future day', { diagnosedOn: koreanDay(3) }, 'input.diagnosedOn'],
    ['a day before the registration', { diagnosedOn: '2020-01-01' }, 'input.diagnosedOn'],
    [
      'a resident registration number in the note',
      { note: '주민번호 7006152234567' },
      'input.note',
    ],
  ];
  for (const [what, overrides, field] of invalid) {
    it(`refuses ${what} with BAD_USER_INPUT naming ${field}, storing nothing`, async () => {
      const memberId = newMemberId();
      await registerTalent(subgraph, memberId);
      const response = await diagnose(memberId, overrides);
      expect(errorCodes(response)).toEqual(['BAD_USER_INPUT']);
      const problems = response.errors?.[0]?.extensions?.problems as Array<{ field: string }>;
      expect(problems.map((problem) => problem.field)).toContain(field);
      expect(await storedRows(memberId)).toEqual({ profiles: 1, careers: 2, diagnoses: 0 });
      expect((await profileOf(memberId))?.readiness).toBeNull();
    });
  }
});

describe('seeded profiles', () => {
  it('have the diagnosis behind their readiness', async () => {
    const youngsoo = await profileOf('M00000001');
    expect(youngsoo).toMatchObject({
      name: '김영수',
      readiness: 'MEDIUM',
      recommendedTrack: 'REGULAR',
      careerHistory: [
        { occupation: { code: '0' }, title: '총무·인사 관리', years: 18 },
        { occupation: { code: '6' }, title: '영업 관리', years: 6 },
      ],
    });
    expect(youngsoo?.diagnoses).toHaveLength(1);
    const [diagnosis] = youngsoo?.diagnoses ?? [];
    expect(diagnosis?.readiness).toBe('MEDIUM');
    expect(diagnosis?.readinessScore).toBeGreaterThanOrEqual(40);
    expect(diagnosis?.readinessScore).toBeLessThan(70);
    expect(diagnosis?.strengths[0]).toBe('경영·사무·금융·보험직 경력 18년');

    const [mismatched] = await subgraph.db.execute<{ count: number }>(sql`
      select count(*)::int as count from fiftyplus.talent_profiles p
      where p.person_id ~ '^M[0-9]{8}$' and p.readiness is distinct from (
        select d.readiness from fiftyplus.career_diagnoses d where d.person_id = p.person_id
        order by d.diagnosed_on desc limit 1)`);
    expect(mismatched?.count).toBe(0);
    expect((await profileOf('M00000006'))?.readiness).toBe('LOW');
  });
});
