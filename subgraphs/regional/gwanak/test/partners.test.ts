import { errorCodes, graphql } from '@jobgraph/testkit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { koreanDay, query, startGwanak, type TestGwanak } from './support.js';

let gwanak: TestGwanak;
beforeAll(async () => {
  gwanak = await startGwanak();
});
afterAll(() => gwanak?.close());

interface Partner {
  id: string;
  name: string;
  sector: string;
  region: { code: string };
  gValleyComplex: string | null;
  employer: { id: string };
}

const CENTER = /* GraphQL */ `
  query Center($r: [_Any!]!, $sector: GwanakPartnerSector) {
    _entities(representations: $r) {
      ... on EmploymentCenter {
        id
        partnerEmployers(sector: $sector) { id name sector region { code } gValleyComplex employer { id } }
        partnerOpenings(includeClosed: true) { id }
      }
    }
  }
`;
const center = (id: string) => ({ __typename: 'EmploymentCenter', id });

describe('Seoul Gwanak’s partner employers', () => {
  it('works with IT and smart-manufacturing firms in G-Valley, healthcare and services in Gwanak and Dongjak', async () => {
    const data = await query<{ _entities: Array<{ partnerEmployers: Partner[] }> }>(
      gwanak,
      CENTER,
      { r: [center('moel-seoul-gwanak')] },
    );
    const partners = data._entities[0]?.partnerEmployers ?? [];
    expect(partners).toHaveLength(15);
    const regionsOf = (sectors: string[]) =>
      new Set(partners.filter((p) => sectors.includes(p.sector)).map((p) => p.region.code));
    // Guro 11530 and Geumcheon 11545; Gwanak 11620 and Dongjak 11590 (data/reference/regions.csv).
    expect(regionsOf(['IT', 'SMART_MANUFACTURING'])).toEqual(new Set(['11530', '11545']));
    expect(regionsOf(['HEALTHCARE', 'SERVICES'])).toEqual(new Set(['11620', '11590']));
    for (const partner of partners) {
      expect(partner.employer.id).toBe(partner.id);
      expect(partner.gValleyComplex !== null).toBe(
        partner.sector === 'IT' || partner.sector === 'SMART_MANUFACTURING',
      );
    }
    const it = await query<{ _entities: Array<{ partnerEmployers: Partner[] }> }>(gwanak, CENTER, {
      r: [center('moel-seoul-gwanak')],
      sector: 'IT',
    });
    expect(it._entities[0]?.partnerEmployers.map((p) => p.id)).toEqual([
      'E00053',
      'E00094',
      'E00123',
      'E00213',
      'E00245',
    ]);
  });

  it('gives every other center, national or district, empty lists', async () => {
    const data = await query<{
      _entities: Array<{ id: string; partnerEmployers: unknown[]; partnerOpenings: unknown[] }>;
    }>(gwanak, CENTER, {
      r: [center('moel-gumi'), center('moel-incheon-bukbu'), center('dc-dongjak')],
    });
    expect(data._entities).toEqual([
      { id: 'moel-gumi', partnerEmployers: [], partnerOpenings: [] },
      { id: 'moel-incheon-bukbu', partnerEmployers: [], partnerOpenings: [] },
      { id: 'dc-dongjak', partnerEmployers: [], partnerOpenings: [] },
    ]);
  });

  it('lists a region’s partners, a sido’s across its sigungu', async () => {
    const data = await query<{
      _entities: Array<{ code: string; gwanakPartnerEmployers: Partner[] }>;
    }>(
      gwanak,
      `query($r: [_Any!]!) { _entities(representations: $r) {
          ... on Region { code gwanakPartnerEmployers { id sector region { code } } } } }`,
      {
        r: ['11530', '11545', '11620', '11590', '11', '28'].map((code) => ({
          __typename: 'Region',
          code,
        })),
      },
    );
    const count = (code: string) =>
      data._entities.find((region) => region.code === code)?.gwanakPartnerEmployers.length;
    expect([count('11530'), count('11545'), count('11620'), count('11590')]).toEqual([4, 4, 5, 2]);
    expect(count('11')).toBe(15);
    expect(count('28')).toBe(0);
    const geumcheon = data._entities.find((region) => region.code === '11545');
    expect(geumcheon?.gwanakPartnerEmployers.every((p) => p.region.code === '11545')).toBe(true);
  });

  it('shows openings for job seekers aged 50+ with their places, open ones by default', async () => {
    const today = koreanDay(0);
    const all = await query<{
      gwanakPartnerOpenings: Array<{
        id: string;
        minimumAge: number;
        capacity: number;
        applicationCount: number;
        available: number;
        opensOn: string;
        closesOn: string;
        open: boolean;
        sector: string;
        partner: { id: string; sector: string };
      }>;
    }>(
      gwanak,
      `{ gwanakPartnerOpenings(includeClosed: true) {
          id minimumAge capacity applicationCount available opensOn closesOn open sector
          partner { id sector } } }`,
    );
    expect(all.gwanakPartnerOpenings).toHaveLength(30);
    for (const opening of all.gwanakPartnerOpenings) {
      expect(opening.minimumAge).toBe(50);
      expect(opening.available).toBe(opening.capacity - opening.applicationCount);
      expect(opening.sector).toBe(opening.partner.sector);
      expect(opening.open).toBe(opening.opensOn <= today && opening.closesOn >= today);
    }
    const open = await query<{ gwanakPartnerOpenings: Array<{ id: string; open: boolean }> }>(
      gwanak,
      '{ gwanakPartnerOpenings(sector: HEALTHCARE) { id open } }',
    );
    expect(open.gwanakPartnerOpenings.every((opening) => opening.open)).toBe(true);
    expect(open.gwanakPartnerOpenings.map((o) => o.id)).toEqual(
      all.gwanakPartnerOpenings
        .filter((o) => o.open && o.partner.sector === 'HEALTHCARE')
        .map((o) => o.id),
    );
  });

  it('finds a partner and an opening by id, and nothing for unknown ids', async () => {
    const data = await query<{
      gwanakPartnerEmployer: { name: string; openings: Array<{ id: string }> };
      gwanakPartnerOpening: { title: string; titleEn: string; partner: { id: string } };
      none: null;
      noOpening: null;
    }>(
      gwanak,
      `{ gwanakPartnerEmployer(id: "E00009") { name openings(includeClosed: true) { id } }
         gwanakPartnerOpening(id: "gwo-2026-018") { title titleEn partner { id } }
         none: gwanakPartnerEmployer(id: "E99999") { id }
         noOpening: gwanakPartnerOpening(id: "gwo-none") { id } }`,
    );
    expect(data.gwanakPartnerEmployer).toEqual({
      name: '아름데이케어센터',
      openings: [{ id: 'gwo-2026-017' }, { id: 'gwo-2026-018' }],
    });
    expect(data.gwanakPartnerOpening).toEqual({
      title: '요양보호사',
      titleEn: 'Care worker',
      partner: { id: 'E00009' },
    });
    expect(data.none).toBeNull();
    expect(data.noOpening).toBeNull();
    const bad = await graphql(gwanak.url, '{ gwanakPartnerEmployers(sector: FARMING) { id } }');
    expect(errorCodes(bad)).toEqual(['GRAPHQL_VALIDATION_FAILED']);
  });
});
