import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { query, startMinistry, type TestMinistry } from './support.js';

let ministry: TestMinistry;
beforeAll(async () => {
  ministry = await startMinistry();
});
afterAll(() => ministry?.close());

interface CenterData {
  id: string;
  name: string;
  nameEn: string;
  operator: string;
  region: { code: string };
  address: string;
  serviceArea: Array<{ code: string }>;
  strategy: {
    id: string;
    nameEn: string;
    centers: Array<{ id: string }>;
    lines: Array<{ text: string; textEn: string }>;
    targetIndustries: Array<{
      nameEn: string;
      section: { code: string; name: string };
      regions: Array<{ code: string }>;
    }>;
  };
  consortium: Array<{ kind: string; name: string; region: { code: string } }>;
  counselors: Array<{ id: string; center: { id: string } }>;
}

const CENTERS = /* GraphQL */ `
  {
    nationalEmploymentCenters {
      id name nameEn operator region { code } address serviceArea { code }
      strategy {
        id nameEn centers { id } lines { text textEn }
        targetIndustries { nameEn section { code name } regions { code } }
      }
      consortium { kind name region { code } }
      counselors { id center { id } }
    }
  }
`;

async function centers(): Promise<Map<string, CenterData>> {
  const data = await query<{ nationalEmploymentCenters: CenterData[] }>(ministry, CENTERS);
  return new Map(data.nationalEmploymentCenters.map((center) => [center.id, center]));
}

function industriesOf(center: CenterData) {
  return center.strategy.targetIndustries.map((industry) => ({
    name: industry.nameEn,
    section: industry.section.code,
    regions: industry.regions.map((region) => region.code),
  }));
}

describe('the mid-career employment network', () => {
  it('was piloted at 15 employment centers in 2025 and runs at about 40 in 2026', async () => {
    const data = await query<{
      midCareerNetwork: {
        name: string;
        nameEn: string;
        minimumAge: number;
        phases: Array<{
          year: number;
          kind: string;
          employmentCenters: number;
          approximate: boolean;
        }>;
        centers: Array<{ id: string }>;
        package: { id: string; nameEn: string };
      };
    }>(
      ministry,
      '{ midCareerNetwork { name nameEn minimumAge phases { year kind employmentCenters approximate } centers { id } package { id nameEn } } }',
    );
    expect(data.midCareerNetwork).toEqual({
      name: '중장년 고용 네트워크',
      nameEn: 'Mid-career Employment Network',
      minimumAge: 50,
      phases: [
        { year: 2025, kind: 'PILOT', employmentCenters: 15, approximate: false },
        { year: 2026, kind: 'NATIONWIDE', employmentCenters: 40, approximate: true },
      ],
      centers: [
        { id: 'moel-gumi' },
        { id: 'moel-incheon-bukbu' },
        { id: 'moel-incheon-seobu' },
        { id: 'moel-seoul-gwanak' },
      ],
      package: {
        id: 'moel-midcareer-tomorrow-connection',
        nameEn: 'Mid-career Tomorrow Connection Package',
      },
    });
  });

  it('has the four centers of the 2026 workshop, each operated by the Ministry', async () => {
    const all = await centers();
    expect([...all.values()].map((center) => [center.id, center.name, center.region.code])).toEqual(
      [
        ['moel-gumi', '구미고용센터', '47190'],
        ['moel-incheon-bukbu', '인천북부고용센터', '28237'],
        ['moel-incheon-seobu', '인천서부고용센터', '28260'],
        ['moel-seoul-gwanak', '서울관악고용센터', '11620'],
      ],
    );
    for (const center of all.values()) {
      expect(center.operator).toBe('MINISTRY_OF_EMPLOYMENT_AND_LABOR');
      expect(center.counselors.map((counselor) => counselor.id)).toEqual(
        ['01', '02', '03'].map(
          (n) => `cs-${center.id.replace('moel-', '').replace('seoul-', '')}-${n}`,
        ),
      );
      expect(center.counselors.every((counselor) => counselor.center.id === center.id)).toBe(true);
      // The consortium is led by the center itself.
      expect(center.consortium[0]).toMatchObject({ kind: 'EMPLOYMENT_CENTER', name: center.name });
    }
  });

  it('targets IT and smart manufacturing in Guro and Geumcheon, healthcare and services in Gwanak and Dongjak (Seoul Gwanak)', async () => {
    const gwanak = (await centers()).get('moel-seoul-gwanak') as CenterData;
    expect(gwanak.serviceArea.map((region) => region.code)).toEqual([
      '11620',
      '11590',
      '11530',
      '11545',
    ]);
    expect(industriesOf(gwanak)).toEqual([
      { name: 'IT', section: 'J', regions: ['11530', '11545'] },
      { name: 'Smart manufacturing', section: 'C', regions: ['11530', '11545'] },
      { name: 'Healthcare', section: 'Q', regions: ['11620', '11590'] },
      { name: 'Services', section: 'N', regions: ['11620', '11590'] },
    ]);
    expect(gwanak.strategy.lines.map((line) => line.textEn).join(' ')).toMatch(
      /IT and smart manufacturing.*Guro and Geumcheon.*Healthcare and service.*Gwanak and Dongjak/,
    );
  });

  it('runs one strategy jointly at Incheon Bukbu and Seobu: root industries, aviation, logistics, health & welfare, bio', async () => {
    const all = await centers();
    const bukbu = all.get('moel-incheon-bukbu') as CenterData;
    const seobu = all.get('moel-incheon-seobu') as CenterData;
    expect(bukbu.strategy).toEqual(seobu.strategy);
    expect(bukbu.strategy.centers).toEqual([
      { id: 'moel-incheon-bukbu' },
      { id: 'moel-incheon-seobu' },
    ]);
    expect(industriesOf(bukbu).map((industry) => industry.name)).toEqual([
      'Root industries',
      'Aviation',
      'Logistics',
      'Health and welfare',
      'Bio',
    ]);
    expect(bukbu.strategy.lines.map((line) => line.textEn)).toEqual([
      'Key industries: root industries, aviation, logistics, health & welfare, bio',
      'Local job-creation working groups',
      'Job demand days and joint job fairs',
      'Korea Polytechnic training',
    ]);
    expect(bukbu.consortium.map((member) => member.kind)).toEqual([
      'EMPLOYMENT_CENTER',
      'MID_CAREER_SUPPORT_CENTER',
      'LOCAL_GOVERNMENT',
      'LOCAL_GOVERNMENT',
      'POLYTECHNIC_COLLEGE',
      'WOMENS_REEMPLOYMENT_CENTER',
    ]);
  });

  it('targets electrical, electronic and mechanical industries and healthcare, with HR practice and career design (Gumi)', async () => {
    const gumi = (await centers()).get('moel-gumi') as CenterData;
    expect(industriesOf(gumi)).toEqual([
      { name: 'Electrical and electronic', section: 'C', regions: ['47190'] },
      { name: 'Mechanical', section: 'C', regions: ['47190'] },
      { name: 'Healthcare', section: 'Q', regions: ['47190'] },
    ]);
    expect(gumi.strategy.lines.map((line) => line.textEn)).toEqual([
      'Target employers in the electrical, electronic and mechanical industries and in healthcare',
      'HR-practice improvement and employer incentives',
      'Career design at the Mid-career Tomorrow Center, then job training and placement',
    ]);
    expect(new Set(gumi.consortium.map((member) => member.kind))).toEqual(
      new Set([
        'EMPLOYMENT_CENTER',
        'MID_CAREER_SUPPORT_CENTER',
        'LOCAL_GOVERNMENT',
        'POLYTECHNIC_COLLEGE',
        'WOMENS_REEMPLOYMENT_CENTER',
      ]),
    );
  });
});

describe('employmentCenter', () => {
  const CENTER = /* GraphQL */ `
    query Center($id: ID!) {
      employmentCenter(id: $id) {
        __typename id
        ... on NationalEmploymentCenter { name operator region { code } }
      }
    }
  `;

  it('resolves a national id to the national center and a district id to a district reference', async () => {
    const national = await query<{ employmentCenter: unknown }>(ministry, CENTER, {
      id: 'moel-gumi',
    });
    expect(national.employmentCenter).toEqual({
      __typename: 'NationalEmploymentCenter',
      id: 'moel-gumi',
      name: '구미고용센터',
      operator: 'MINISTRY_OF_EMPLOYMENT_AND_LABOR',
      region: { code: '47190' },
    });
    const district = await query<{ employmentCenter: unknown }>(ministry, CENTER, {
      id: 'dc-dongjak',
    });
    expect(district.employmentCenter).toEqual({
      __typename: 'DistrictEmploymentCenter',
      id: 'dc-dongjak',
    });
  });

  it('finds nothing for an unknown national id or an id of no known kind', async () => {
    for (const id of ['moel-nowhere', 'seoul-attractive-jobs-2026', '']) {
      const data = await query<{ employmentCenter: unknown }>(ministry, CENTER, { id });
      expect(data.employmentCenter).toBeNull();
    }
  });

  it('resolves entity references through the interface, each id to exactly one type', async () => {
    const data = await query<{ _entities: unknown[] }>(
      ministry,
      /* GraphQL */ `
        query Refs($representations: [_Any!]!) {
          _entities(representations: $representations) {
            __typename
            ... on EmploymentCenter { id }
            ... on NationalEmploymentCenter { nameEn }
          }
        }
      `,
      {
        representations: [
          { __typename: 'EmploymentCenter', id: 'moel-incheon-seobu' },
          { __typename: 'EmploymentCenter', id: 'dc-iksan' },
          { __typename: 'NationalEmploymentCenter', id: 'moel-seoul-gwanak' },
          { __typename: 'EmploymentCenter', id: 'moel-unknown' },
        ],
      },
    );
    expect(data._entities).toEqual([
      {
        __typename: 'NationalEmploymentCenter',
        id: 'moel-incheon-seobu',
        nameEn: 'Incheon Seobu Employment Center',
      },
      { __typename: 'DistrictEmploymentCenter', id: 'dc-iksan' },
      {
        __typename: 'NationalEmploymentCenter',
        id: 'moel-seoul-gwanak',
        nameEn: 'Seoul Gwanak Employment Center',
      },
      null,
    ]);
  });
});

describe('Region', () => {
  const REGIONS = /* GraphQL */ `
    query Regions($representations: [_Any!]!) {
      _entities(representations: $representations) {
        ... on Region {
          code
          employmentCenters { __typename id }
          ministryPrograms { id }
        }
      }
    }
  `;

  interface RegionData {
    code: string;
    employmentCenters: Array<{ __typename: string; id: string }>;
    ministryPrograms: Array<{ id: string }>;
  }

  async function regions(
    representations: Array<{ code: string; districtEmploymentCenters: Array<{ id: string }> }>,
  ): Promise<RegionData[]> {
    const data = await query<{ _entities: RegionData[] }>(ministry, REGIONS, {
      representations: representations.map((region) => ({ __typename: 'Region', ...region })),
    });
    return data._entities;
  }

  it('lists national centers in the region (a sido: in its sigungu) and the district centers the districts subgraph found', async () => {
    const [seoul, dongjak, incheon, gumi, busan] = await regions([
      { code: '11', districtEmploymentCenters: [{ id: 'dc-dongjak' }, { id: 'dc-gwanak' }] },
      { code: '11590', districtEmploymentCenters: [{ id: 'dc-dongjak' }] },
      { code: '28', districtEmploymentCenters: [] },
      { code: '47190', districtEmploymentCenters: [] },
      { code: '26', districtEmploymentCenters: [] },
    ]);
    expect(seoul?.employmentCenters).toEqual([
      { __typename: 'NationalEmploymentCenter', id: 'moel-seoul-gwanak' },
      { __typename: 'DistrictEmploymentCenter', id: 'dc-dongjak' },
      { __typename: 'DistrictEmploymentCenter', id: 'dc-gwanak' },
    ]);
    expect(dongjak?.employmentCenters).toEqual([
      { __typename: 'DistrictEmploymentCenter', id: 'dc-dongjak' },
    ]);
    expect(incheon?.employmentCenters.map((center) => center.id)).toEqual([
      'moel-incheon-bukbu',
      'moel-incheon-seobu',
    ]);
    expect(gumi?.employmentCenters.map((center) => center.id)).toEqual(['moel-gumi']);
    expect(busan?.employmentCenters).toEqual([]);
  });

  it('offers the national programmes everywhere and the package where a network center serves', async () => {
    const national = [
      'moel-national-employment-support',
      'moel-job-search-guarantee',
      'moel-midcareer-career-support',
      'moel-lifetime-career-design',
      'moel-tomorrow-learning-card',
    ];
    const withPackage = [...national, 'moel-midcareer-tomorrow-connection'];
    const found = await regions(
      ['11', '11590', '11545', '28245', '47190', '11110', '26', '52140'].map((code) => ({
        code,
        districtEmploymentCenters: [],
      })),
    );
    expect(
      Object.fromEntries(
        found.map((region) => [region.code, region.ministryPrograms.map((program) => program.id)]),
      ),
    ).toEqual({
      '11': withPackage,
      '11590': withPackage,
      '11545': withPackage,
      '28245': withPackage,
      '47190': withPackage,
      '11110': national,
      '26': national,
      '52140': national,
    });
  });
});
