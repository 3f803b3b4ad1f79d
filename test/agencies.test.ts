import { errorCodes, graphql } from '@jobgraph/testkit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startGraph, type TestGraph } from './support.js';

let graph: TestGraph;
beforeAll(async () => {
  graph = await startGraph();
});
afterAll(() => graph?.close());

const ask = <Data>(
  query: string,
  variables?: Record<string, unknown>,
  headers: Record<string, string> = {},
) => graphql<Data>(graph.gateway.url, query, variables, headers);

/** Asks about `id` as that member, signed in (their own journey). */
const journeyOf = async (id: string) => ask<JourneyData>(JOURNEY, { id }, await graph.signIn(id));

const JOURNEY = /* GraphQL */ `
  query Journey($id: ID!) {
    person(id: $id) {
      id
      programApplications { status program { id name } }
      consultations { topic status slot { startsAt center: service { code } } }
      talentProfile {
        readiness
        campus { id }
        enrollments { status course { track } }
        recommendedJobs(first: 5) {
          score
          reasons { factor points }
          posting { id title employer { name } region { code } }
        }
      }
      caseFiles { stage center { id name } counselor { id } }
      placements { placedOn service { code } employer { id name } insuranceRecord { acquiredOn } }
      experiencedTalentPlacements { supportType followUps { status } insuranceRecord { acquiredOn } }
      employmentInsuranceRecords { acquiredOn employer { id name } }
    }
  }
`;

interface JourneyData {
  person: {
    programApplications: Array<{ status: string; program: { id: string; name: string } }>;
    consultations: Array<{ topic: string; status: string }>;
    talentProfile: {
      readiness: string;
      campus: { id: string };
      enrollments: Array<{ status: string; course: { track: string } }>;
      recommendedJobs: Array<{
        score: number;
        reasons: Array<{ factor: string; points: number }>;
        posting: {
          id: string;
          title: string;
          employer: { name: string };
          region: { code: string };
        };
      }>;
    } | null;
    caseFiles: Array<{
      stage: string;
      center: { id: string; name: string };
      counselor: { id: string };
    }>;
    placements: Array<{
      placedOn: string;
      service: { code: string };
      employer: { id: string; name: string };
      insuranceRecord: { acquiredOn: string };
    }>;
    experiencedTalentPlacements: Array<{
      supportType: string;
      followUps: Array<{ status: string }>;
      insuranceRecord: { acquiredOn: string };
    }>;
    employmentInsuranceRecords: Array<{
      acquiredOn: string;
      employer: { id: string; name: string };
    }>;
  };
}

describe('one journey across agencies', () => {
  it('returns a person’s records from the city, the district, the 50Plus Foundation and the Ministry in one query', async () => {
    const response = await journeyOf('M00000001');
    expect(response.errors).toBeUndefined();
    const person = response.data?.person;
    // city: the Attractive Jobs application
    expect(person?.programApplications).toEqual([
      {
        status: 'SUBMITTED',
        program: { id: 'seoul-attractive-jobs-2026', name: '서울 매력일자리' },
      },
    ]);
    // districts: the booking at the Dongjak desk
    expect(person?.consultations.map((consultation) => consultation.status)).toEqual(['BOOKED']);
    // fiftyplus: talent profile, basic course completed before the regular one, recommendations
    expect(person?.talentProfile?.campus.id).toBe('campus-south');
    expect(
      person?.talentProfile?.enrollments.map((enrollment) => [
        enrollment.course.track,
        enrollment.status,
      ]),
    ).toEqual([
      ['BASIC', 'COMPLETED'],
      ['REGULAR', 'ENROLLED'],
    ]);
    const recommendations = person?.talentProfile?.recommendedJobs ?? [];
    expect(recommendations).toHaveLength(5);
    for (const recommendation of recommendations) {
      // the score is the sum of its reasons, and the posting is the city's, with its employer
      expect(recommendation.score).toBeCloseTo(
        recommendation.reasons.reduce((sum, reason) => sum + reason.points, 0),
      );
      expect(recommendation.posting.title.length).toBeGreaterThan(0);
      expect(recommendation.posting.employer.name.length).toBeGreaterThan(0);
    }
    const scores = recommendations.map((recommendation) => recommendation.score);
    expect([...scores].sort((a, b) => b - a)).toEqual(scores);
    // ministry: the case file at Seoul Gwanak
    expect(person?.caseFiles).toEqual([
      {
        stage: 'PLAN',
        center: { id: 'moel-seoul-gwanak', name: '서울관악고용센터' },
        counselor: expect.any(Object),
      },
    ]);
  });

  it('ties each agency’s placement to the Ministry’s employment-insurance record', async () => {
    const placedByDistrict = await journeyOf('M00000005');
    expect(placedByDistrict.errors).toBeUndefined();
    const [placement] = placedByDistrict.data?.person.placements ?? [];
    expect(placement?.service.code).toBe('noryangjin-youth');
    expect(placement?.insuranceRecord.acquiredOn).toBe(placement?.placedOn);
    expect(
      placedByDistrict.data?.person.employmentInsuranceRecords.map((record) => record.employer.id),
    ).toContain(placement?.employer.id);

    const placedByFoundation = await journeyOf('M00000002');
    expect(placedByFoundation.errors).toBeUndefined();
    const [talent] = placedByFoundation.data?.person.experiencedTalentPlacements ?? [];
    expect(talent?.supportType).toBe('HIRING');
    expect(talent?.followUps.length).toBeGreaterThan(0);
    expect(placedByFoundation.data?.person.caseFiles[0]?.stage).toBe('FOLLOW_UP');
    expect(
      placedByFoundation.data?.person.employmentInsuranceRecords.map((record) => record.acquiredOn),
    ).toContain(talent?.insuranceRecord.acquiredOn);
  });

  it('answers for a person an agency has no records of with empty lists, not errors', async () => {
    const response = await ask<JourneyData>(
      JOURNEY,
      { id: 'M99999999' },
      {
        ...(await graph.signIn('admin-01')),
        'x-access-reason': 'end-to-end test of an unknown member',
      },
    );
    expect(response.errors).toBeUndefined();
    expect(response.data?.person).toMatchObject({
      programApplications: [],
      consultations: [],
      talentProfile: null,
      caseFiles: [],
      placements: [],
      employmentInsuranceRecords: [],
    });
  });
});

const REGION = /* GraphQL */ `
  query RegionServices($code: ID!) {
    region(code: $code) {
      name
      employmentCenters { __typename id name operator region { code } }
      programs { __typename id name agency }
      fiftyPlusCampuses { id }
    }
  }
`;
interface RegionData {
  region: {
    name: string;
    employmentCenters: Array<{
      __typename: string;
      id: string;
      operator: string;
      region: { code: string };
    }>;
    programs: Array<{ __typename: string; id: string; agency: string }>;
    fiftyPlusCampuses: Array<{ id: string }>;
  };
}

describe('one region across agencies', () => {
  it('lists every center and programme in a district, whichever agency holds it', async () => {
    const response = await ask<RegionData>(REGION, { code: '11620' });
    expect(response.errors).toBeUndefined();
    const centers = response.data?.region.employmentCenters ?? [];
    expect(centers.map((center) => [center.__typename, center.id])).toEqual(
      expect.arrayContaining([
        ['NationalEmploymentCenter', 'moel-seoul-gwanak'],
        ['DistrictEmploymentCenter', 'dc-gwanak'],
      ]),
    );
    for (const center of centers) expect(center.region.code).toBe('11620');
    const agencies = new Set(response.data?.region.programs.map((program) => program.agency));
    expect(agencies).toEqual(
      new Set([
        'SEOUL_METROPOLITAN_GOVERNMENT',
        'SEOUL_50PLUS_FOUNDATION',
        'MINISTRY_OF_EMPLOYMENT_AND_LABOR',
      ]),
    );
  });

  it('includes the district’s own programmes and every campus of a sido', async () => {
    const dongjak = await ask<RegionData>(REGION, { code: '11590' });
    expect(dongjak.data?.region.programs.map((program) => program.id)).toContain(
      'district-dongjak-sme-hiring-incentive',
    );
    const seoul = await ask<RegionData>(REGION, { code: '11' });
    expect(seoul.errors).toBeUndefined();
    expect(seoul.data?.region.fiftyPlusCampuses).toHaveLength(5);
    expect(seoul.data?.region.employmentCenters.map((center) => center.id)).toEqual(
      expect.arrayContaining(['moel-seoul-gwanak', 'dc-dongjak', 'dc-gwanak', 'dc-guro']),
    );
    const incheon = await ask<RegionData>(REGION, { code: '28' });
    expect(incheon.data?.region.employmentCenters.map((center) => center.id).sort()).toEqual([
      'moel-incheon-bukbu',
      'moel-incheon-seobu',
    ]);
    expect(
      incheon.data?.region.programs.some(
        (program) => program.agency === 'SEOUL_METROPOLITAN_GOVERNMENT',
      ),
    ).toBe(false);
  });

  it('resolves any center id to the one subgraph that holds it', async () => {
    const response = await ask<{
      dongjak: { __typename: string; name: string; openedOn: string };
      gumi: { __typename: string; name: string };
    }>(
      `{
        dongjak: employmentCenter(id: "dc-dongjak") { __typename name ... on DistrictEmploymentCenter { openedOn } }
        gumi: employmentCenter(id: "moel-gumi") { __typename name }
      }`,
    );
    expect(response.errors).toBeUndefined();
    expect(response.data?.dongjak).toEqual({
      __typename: 'DistrictEmploymentCenter',
      name: '동작구 일자리지원센터',
      openedOn: '2023-05-01',
    });
    expect(response.data?.gumi).toEqual({
      __typename: 'NationalEmploymentCenter',
      name: '구미고용센터',
    });
  });
});

describe('DOMAIN.md figures through the gateway', () => {
  it('Seoul Attractive Jobs 2026 (data)', async () => {
    const response = await ask<{ program: Record<string, unknown> }>(
      `{ program(id: "seoul-attractive-jobs-2026") { ... on CityProgram {
          totalPositions sectors { kind positions projects share types { nameEn positions } }
          trainingFields { nameEn } training { mandatoryHours } wage { hourly } maxParticipationMonths } } }`,
    );
    expect(response.data?.program).toMatchObject({
      totalPositions: 3600,
      sectors: [
        { kind: 'PUBLIC', positions: 1620, projects: 164 },
        {
          kind: 'PRIVATE',
          positions: 1980,
          share: 0.55,
          types: [{ nameEn: 'Private Organization Collaboration', positions: 590 }],
        },
      ],
      training: { mandatoryHours: 40 },
      wage: { hourly: 12121 },
      maxParticipationMonths: 18,
    });
  });

  it('Dongjak: 1,614 placements and 16.5% of the district’s new employment, computed from records of two agencies', async () => {
    const response = await ask<{
      employmentCenter: {
        firstYearPlacements: number;
        firstYearEmploymentStarts: number;
        firstYearShareOfLocalEmployment: number;
        budgetSavedKrw: number;
        services: Array<{ code: string }>;
        jobFairCount: number;
      };
    }>(
      `{ employmentCenter(id: "dc-dongjak") { ... on DistrictEmploymentCenter {
          firstYearPlacements firstYearEmploymentStarts firstYearShareOfLocalEmployment budgetSavedKrw
          services { code } jobFairCount(year: 2026, kind: QUARTERLY) } } }`,
    );
    expect(response.errors).toBeUndefined();
    const center = response.data?.employmentCenter;
    expect(center?.firstYearPlacements).toBe(1614);
    expect(center?.firstYearEmploymentStarts).toBe(9782);
    expect(Math.round((center?.firstYearShareOfLocalEmployment ?? 0) * 1000) / 10).toBe(16.5);
    expect(center?.budgetSavedKrw).toBe(118_000_000);
    expect(center?.services).toHaveLength(4);
    expect(center?.jobFairCount).toBe(4);
  });

  it('the SME hiring incentive cap, the 50Plus Foundation and the Ministry’s network (data and counts)', async () => {
    const response = await ask<{
      incentive: { maxAmountPerHireKrw: number; monthlyAmountKrw: number; maxMonths: number };
      campuses: unknown[];
      academy: {
        eligibility: { minAge: number; maxAge: number };
        academy: Record<string, unknown>;
      };
      talent: {
        experiencedTalent: {
          plannedPeople: number;
          previousYearPeople: number;
          placementCount: number;
        };
      };
      network: {
        phases: Array<{ year: number; employmentCenters: number }>;
        centers: Array<{ id: string }>;
      };
    }>(
      `{
        incentive: program(id: "district-dongjak-sme-hiring-incentive") { ... on DistrictProgram {
          maxAmountPerHireKrw monthlyAmountKrw maxMonths } }
        campuses { id }
        academy: program(id: "seoul50plus-midcareer-academy-2026") { ... on FiftyPlusProgram {
          eligibility { minAge maxAge }
          academy { plannedCourses plannedTrainees courseCount seatCount campusCount plannedSites
                    regionalJobFairsPerYear largeJobFairMonth } } }
        talent: program(id: "seoul50plus-experienced-talent-2026") { ... on FiftyPlusProgram {
          experiencedTalent { plannedPeople previousYearPeople placementCount } } }
        network: midCareerNetwork { phases { year employmentCenters } centers { id } }
      }`,
    );
    expect(response.errors).toBeUndefined();
    expect(response.data?.incentive).toEqual({
      maxAmountPerHireKrw: 5_100_000,
      monthlyAmountKrw: 850_000,
      maxMonths: 6,
    });
    expect(response.data?.campuses).toHaveLength(5);
    expect(response.data?.academy).toEqual({
      eligibility: { minAge: 40, maxAge: 64 },
      academy: {
        plannedCourses: 120,
        plannedTrainees: 3000,
        courseCount: 120,
        seatCount: 3000,
        campusCount: 5,
        plannedSites: 16,
        regionalJobFairsPerYear: 5,
        largeJobFairMonth: 7,
      },
    });
    expect(response.data?.talent.experiencedTalent).toMatchObject({
      plannedPeople: 2000,
      previousYearPeople: 450,
    });
    expect(response.data?.talent.experiencedTalent.placementCount).toBeGreaterThan(0);
    expect(response.data?.network.phases).toEqual([
      { year: 2025, employmentCenters: 15 },
      { year: 2026, employmentCenters: 40 },
    ]);
    expect(response.data?.network.centers.map((center) => center.id).sort()).toEqual([
      'moel-gumi',
      'moel-incheon-bukbu',
      'moel-incheon-seobu',
      'moel-seoul-gwanak',
    ]);
  });

  it('refuses bad input across agencies with BAD_USER_INPUT', async () => {
    const response = await ask(`{ person(id: "not-a-member") { id } }`);
    expect(errorCodes(response)).toEqual(['BAD_USER_INPUT']);
  });
});
