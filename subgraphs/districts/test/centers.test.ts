import { errorCodes, graphql } from '@jobgraph/testkit';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  asStaff,
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

const CENTERS = /* GraphQL */ `
  {
    districtEmploymentCenters {
      id name nameEn operator address openedOn budgetSavedKrw jobFairCadence
      region { code }
      services { code name nameEn generation minAge maxAge }
      awards { year name nameEn prize prizeEn }
      meetingSchedule { name nameEn frequency weekday }
      adoptedModelOf { id name }
      firstYearPlacements
    }
  }
`;

interface CenterData {
  id: string;
  name: string;
  openedOn: string;
  region: { code: string };
  services: Array<{ code: string; name: string; generation: string }>;
  adoptedModelOf: { id: string } | null;
  firstYearPlacements: number;
}

describe('districtEmploymentCenters', () => {
  it('gives Dongjak with its published figures as data and its first year counted', async () => {
    const { districtEmploymentCenters: centers } = await query<{
      districtEmploymentCenters: CenterData[];
    }>(districts, CENTERS);
    expect(centers.map((center) => center.id)).toEqual([
      'dc-dongjak',
      'dc-gwanak',
      'dc-guro',
      'dc-iksan',
    ]);
    expect(centers[0]).toEqual({
      id: 'dc-dongjak',
      name: '동작구 일자리지원센터',
      nameEn: 'Dongjak Employment Support Center',
      operator: 'AUTONOMOUS_DISTRICT',
      address: '서울특별시 동작구 노량진로 140, 2층',
      openedOn: '2023-05-01',
      budgetSavedKrw: 118_000_000,
      jobFairCadence: 'QUARTERLY',
      region: { code: '11590' },
      services: [
        {
          code: 'job-plus',
          name: '일자리플러스센터',
          nameEn: 'Job Plus Center',
          generation: 'ALL',
          minAge: null,
          maxAge: null,
        },
        {
          code: 'senior-job',
          name: '어르신일자리지원센터',
          nameEn: 'Senior Job Center',
          generation: 'SENIOR',
          minAge: 60,
          maxAge: null,
        },
        {
          code: 'noryangjin-youth',
          name: '노량진청년일자리센터',
          nameEn: 'Noryangjin Youth Job Center',
          generation: 'YOUTH',
          minAge: 19,
          maxAge: 39,
        },
        {
          code: 'dongjak-50plus',
          name: '동작50플러스센터',
          nameEn: 'Dongjak 50+ Center',
          generation: 'MIDDLE_AGED',
          minAge: 50,
          maxAge: 64,
        },
      ],
      awards: [
        {
          year: 2023,
          name: '2023 전국 지방자치단체 일자리대상',
          nameEn: '2023 National Local Government Job Awards',
          prize: '대상',
          prizeEn: 'Grand Prize',
        },
        {
          year: 2023,
          name: '2023 전국 지방자치단체 일자리대상',
          nameEn: '2023 National Local Government Job Awards',
          prize: '특별상',
          prizeEn: 'Special Award',
        },
      ],
      meetingSchedule: {
        name: '시설 간 통합 회의',
        nameEn: 'Inter-facility meeting',
        frequency: 'WEEKLY',
        weekday: 'WEDNESDAY',
      },
      adoptedModelOf: null,
      firstYearPlacements: 1614,
    });
  });

  it('counts the first year from the placement records, not from a stored figure', async () => {
    const [counted] = await districts.db.execute<{ count: number }>(sql`
      select count(*)::int as count from districts.placements
      where center_id = 'dc-gwanak' and placed_on >= '2024-03-01' and placed_on < '2025-03-01'`);
    const { districtEmploymentCenter } = await query<{
      districtEmploymentCenter: { firstYearPlacements: number };
    }>(districts, '{ districtEmploymentCenter(id: "dc-gwanak") { firstYearPlacements } }');
    expect(counted?.count).toBeGreaterThan(0);
    expect(districtEmploymentCenter.firstYearPlacements).toBe(counted?.count);
  });

  it('gives the centers that adopted the model, each with the integrated desk', async () => {
    const { districtEmploymentCenters: centers } = await query<{
      districtEmploymentCenters: CenterData[];
    }>(districts, CENTERS);
    const byId = new Map(centers.map((center) => [center.id, center]));
    expect(byId.get('dc-iksan')).toMatchObject({
      name: '익산시 통합일자리센터',
      region: { code: '52140' },
      adoptedModelOf: { id: 'dc-dongjak', name: '동작구 일자리지원센터' },
    });
    expect(byId.get('dc-gwanak')?.region.code).toBe('11620');
    expect(byId.get('dc-guro')?.region.code).toBe('11530');
    for (const id of ['dc-gwanak', 'dc-guro', 'dc-iksan']) {
      expect(byId.get(id)?.services).toEqual([
        expect.objectContaining({ code: 'integrated-desk', name: '통합 일자리 상담창구' }),
      ]);
    }
  });

  it('finds one center by id, and none for an unknown id', async () => {
    const found = await query<{ districtEmploymentCenter: { nameEn: string } | null }>(
      districts,
      '{ districtEmploymentCenter(id: "dc-guro") { nameEn } }',
    );
    expect(found.districtEmploymentCenter).toEqual({ nameEn: 'Guro Job Center' });
    const missing = await query<{ districtEmploymentCenter: unknown }>(
      districts,
      '{ districtEmploymentCenter(id: "dc-nowhere") { id } }',
    );
    expect(missing.districtEmploymentCenter).toBeNull();
  });
});

describe('placements of a center', () => {
  const PAGE = /* GraphQL */ `
    query Page($first: Int, $after: String, $from: Date, $to: Date) {
      districtEmploymentCenter(id: "dc-dongjak") {
        placements(first: $first, after: $after, from: $from, to: $to) {
          totalCount
          pageInfo { hasNextPage hasPreviousPage endCursor }
          edges { cursor node { id placedOn person { id } employer { id } service { code } center { id } insuranceRecord { id } } }
        }
      }
    }
  `;
  interface PageData {
    districtEmploymentCenter: {
      placements: {
        totalCount: number;
        pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; endCursor: string | null };
        edges: Array<{ node: { id: string; placedOn: string; center: { id: string } } }>;
      };
    };
  }

  it('pages newest first without gaps or repeats, with the total of the period', async () => {
    // The people placed are personal data: district staff page through them, for a reason.
    const staff = await asStaff();
    const period = { from: '2023-05-01', to: '2023-05-31' };
    const seen: string[] = [];
    let after: string | null = null;
    let total = 0;
    for (let page = 0; page < 20; page += 1) {
      const data: PageData = await query<PageData>(
        districts,
        PAGE,
        { ...period, first: 25, after },
        staff,
      );
      const connection = data.districtEmploymentCenter.placements;
      total = connection.totalCount;
      expect(connection.pageInfo.hasPreviousPage).toBe(after !== null);
      for (const edge of connection.edges) {
        expect(edge.node.center.id).toBe('dc-dongjak');
        expect(edge.node.placedOn >= period.from && edge.node.placedOn <= period.to).toBe(true);
        seen.push(`${edge.node.placedOn}|${edge.node.id}`);
      }
      if (!connection.pageInfo.hasNextPage) break;
      after = connection.pageInfo.endCursor;
    }
    const [counted] = await districts.db.execute<{ count: number }>(sql`
      select count(*)::int as count from districts.placements
      where center_id = 'dc-dongjak' and placed_on between '2023-05-01' and '2023-05-31'`);
    expect(total).toBe(counted?.count);
    expect(seen).toHaveLength(total);
    expect(new Set(seen).size).toBe(total);
    expect([...seen].sort().reverse()).toEqual(seen);
  });

  it('refuses a page size outside 1–100, a foreign cursor and a backwards period', async () => {
    const staff = await asStaff();
    expect(errorCodes(await graphql(districts.url, PAGE, { first: 101 }, staff))).toEqual([
      'BAD_USER_INPUT',
    ]);
    expect(
      errorCodes(await graphql(districts.url, PAGE, { after: 'not-a-cursor' }, staff)),
    ).toEqual(['BAD_USER_INPUT']);
    const backwards = await graphql(
      districts.url,
      PAGE,
      { from: '2024-01-01', to: '2023-01-01' },
      staff,
    );
    expect(errorCodes(backwards)).toEqual(['BAD_USER_INPUT']);
    expect(problemFields(backwards)).toEqual(['to']);
  });

  it('counts placements by service for a period, and the first year adds up to 1,614', async () => {
    const data = await query<{
      districtEmploymentCenter: {
        placementsByService: Array<{ service: { code: string }; count: number }>;
        placements: { totalCount: number };
      };
    }>(
      districts,
      `{ districtEmploymentCenter(id: "dc-dongjak") {
          placementsByService(from: "2023-05-01", to: "2024-04-30") { service { code } count }
          placements(from: "2023-05-01", to: "2024-04-30") { totalCount }
        } }`,
    );
    const { placementsByService, placements } = data.districtEmploymentCenter;
    expect(placementsByService.map((entry) => entry.service.code)).toEqual([
      'job-plus',
      'senior-job',
      'noryangjin-youth',
      'dongjak-50plus',
    ]);
    const sum = placementsByService.reduce((total, entry) => total + entry.count, 0);
    expect(sum).toBe(1614);
    expect(placements.totalCount).toBe(1614);
    for (const entry of placementsByService) expect(entry.count).toBeGreaterThan(0);
  });

  it('lists every service, with 0 where it placed no one in the period', async () => {
    const data = await query<{
      districtEmploymentCenter: { placementsByService: Array<{ count: number }> };
    }>(
      districts,
      `{ districtEmploymentCenter(id: "dc-dongjak") {
          placementsByService(from: "2020-01-01", to: "2020-12-31") { count } } }`,
    );
    expect(data.districtEmploymentCenter.placementsByService).toEqual([
      { count: 0 },
      { count: 0 },
      { count: 0 },
      { count: 0 },
    ]);
  });
});

const ENTITIES = /* GraphQL */ `
  query Entities($representations: [_Any!]!) {
    _entities(representations: $representations) {
      ... on DistrictEmploymentCenter { id name openedOn firstYearPlacements region { code } }
      ... on Region { code districtEmploymentCenters { id } districtPrograms { id name agency } }
      ... on Person { id placements { id placedOn service { code } employer { id } insuranceRecord { id } center { id } } }
    }
  }
`;

describe('entity references', () => {
  it('resolves centers by id, as the gateway and ministry’s @requires ask for them', async () => {
    const data = await query<{ _entities: Array<Record<string, unknown> | null> }>(
      districts,
      ENTITIES,
      {
        representations: [
          { __typename: 'DistrictEmploymentCenter', id: 'dc-dongjak' },
          { __typename: 'DistrictEmploymentCenter', id: 'dc-nowhere' },
        ],
      },
    );
    expect(data._entities).toEqual([
      {
        id: 'dc-dongjak',
        name: '동작구 일자리지원센터',
        openedOn: '2023-05-01',
        firstYearPlacements: 1614,
        region: { code: '11590' },
      },
      null,
    ]);
  });

  it('gives a region its centers and programmes: a sigungu its own, a sido those of its sigungu', async () => {
    const data = await query<{
      _entities: Array<{
        code: string;
        districtEmploymentCenters: Array<{ id: string }>;
        districtPrograms: Array<{ id: string; name: string; agency: string }>;
      }>;
    }>(districts, ENTITIES, {
      representations: ['11590', '11', '52', '11620', '26'].map((code) => ({
        __typename: 'Region',
        code,
      })),
    });
    const [dongjak, seoul, jeonbuk, gwanak, busan] = data._entities;
    expect(dongjak?.districtEmploymentCenters).toEqual([{ id: 'dc-dongjak' }]);
    expect(dongjak?.districtPrograms).toEqual([
      { id: PROGRAM_ID, name: '동작구 중소기업 채용장려금', agency: 'AUTONOMOUS_DISTRICT' },
    ]);
    expect(seoul?.districtEmploymentCenters.map((center) => center.id)).toEqual([
      'dc-dongjak',
      'dc-gwanak',
      'dc-guro',
    ]);
    expect(seoul?.districtPrograms.map((program) => program.id)).toEqual([PROGRAM_ID]);
    expect(jeonbuk?.districtEmploymentCenters).toEqual([{ id: 'dc-iksan' }]);
    expect(jeonbuk?.districtPrograms).toEqual([]);
    expect(gwanak?.districtEmploymentCenters).toEqual([{ id: 'dc-gwanak' }]);
    expect(gwanak?.districtPrograms).toEqual([]);
    expect(busan).toEqual({ code: '26', districtEmploymentCenters: [], districtPrograms: [] });
  });

  it('gives staff a person’s placements, 정민수 placed by the Noryangjin Youth Job Center', async () => {
    const data = await query<{ _entities: Array<{ placements: unknown[] }> }>(
      districts,
      ENTITIES,
      {
        representations: [
          { __typename: 'Person', id: 'M00000005' },
          { __typename: 'Person', id: 'M99999999' },
        ],
      },
      await asStaff(),
    );
    expect(data._entities[0]?.placements).toEqual([
      {
        id: 'PL000001',
        placedOn: '2023-09-26',
        service: { code: 'noryangjin-youth' },
        employer: { id: 'E00133' },
        insuranceRecord: { id: 'IR0000001' },
        center: { id: 'dc-dongjak' },
      },
    ]);
    expect(data._entities[1]?.placements).toEqual([]);
  });
});
