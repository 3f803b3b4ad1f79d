import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { composeServices } from '@apollo/composition';
import { analyticsSdl } from '@jobgraph/analytics';
import { citySdl, citySubgraph } from '@jobgraph/city';
import {
  loadDevIdentityConfig,
  type RunningDevIdentity,
  startDevIdentity,
} from '@jobgraph/dev-identity';
import { districtsSdl, districtsSubgraph } from '@jobgraph/districts';
import { fiftyplusSdl, fiftyplusSubgraph } from '@jobgraph/fiftyplus';
import { loadGatewayConfig, type RunningGateway, startGateway } from '@jobgraph/gateway';
import { gumiSdl, gumiSubgraph } from '@jobgraph/gumi';
import { gwanakSdl, gwanakSubgraph } from '@jobgraph/gwanak';
import { incheonSdl, incheonSubgraph } from '@jobgraph/incheon';
import { ministrySdl, ministrySubgraph } from '@jobgraph/ministry';
import type { SubgraphDefinition, Tables } from '@jobgraph/subgraph-kit';
import { errorCodes, graphql, startTestSubgraph, type TestSubgraph } from '@jobgraph/testkit';
import { parse, print } from 'graphql';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';

/** The four agencies and the three regional centers that extend their entities. */
const SUBGRAPHS: ReadonlyArray<readonly [string, SubgraphDefinition<Tables>, string]> = [
  ['city', citySubgraph as unknown as SubgraphDefinition<Tables>, citySdl],
  ['districts', districtsSubgraph as unknown as SubgraphDefinition<Tables>, districtsSdl],
  ['fiftyplus', fiftyplusSubgraph as unknown as SubgraphDefinition<Tables>, fiftyplusSdl],
  ['ministry', ministrySubgraph as unknown as SubgraphDefinition<Tables>, ministrySdl],
  ['gwanak', gwanakSubgraph as unknown as SubgraphDefinition<Tables>, gwanakSdl],
  ['incheon', incheonSubgraph as unknown as SubgraphDefinition<Tables>, incheonSdl],
  ['gumi', gumiSubgraph as unknown as SubgraphDefinition<Tables>, gumiSdl],
];

/** Every subgraph's SDL: the seven above and analytics (which reads the warehouse). */
const ALL_SDLS: ReadonlyArray<readonly [string, string]> = [
  ...SUBGRAPHS.map(([name, , sdl]) => [name, sdl] as const),
  ['analytics', analyticsSdl],
];

describe('composing the regional subgraphs and analytics with the four agencies', () => {
  const result = composeServices(
    ALL_SDLS.map(([name, sdl]) => ({
      name,
      url: `http://${name}.invalid/graphql`,
      typeDefs: parse(sdl),
    })),
  );
  const definition = (kind: string, name: string) =>
    parse(result.supergraphSdl ?? '').definitions.find(
      (candidate) =>
        candidate.kind === kind && 'name' in candidate && candidate.name?.value === name,
    );
  const fieldsOf = (kind: string, name: string) => {
    const found = definition(kind, name);
    return found && 'fields' in found ? (found.fields ?? []) : [];
  };

  it('composes all eight SDLs without errors, each center field on EmploymentCenter', () => {
    expect(result.errors?.map((error) => error.message)).toBeUndefined();
    const fields = fieldsOf('InterfaceTypeDefinition', 'EmploymentCenter').map(
      (field) => field.name.value,
    );
    expect(fields).toEqual(
      expect.arrayContaining([
        'partnerEmployers',
        'partnerOpenings',
        'jobDemandDays',
        'jobCreationWorkingGroups',
        'jointJobFairs',
        'polytechnicTrainings',
        'targetEmployers',
        'hrImprovementMeasures',
        'careerDesignSessions',
      ]),
    );
  });

  it('gives every region and every agency’s programme its placement rates, for analysts only', () => {
    const scopesOf = (kind: string, type: string) =>
      Object.fromEntries(
        fieldsOf(kind, type)
          .filter((field) => field.name.value.startsWith('placementRate'))
          .map((field) => [
            field.name.value,
            (field.directives ?? []).some(
              (directive) =>
                directive.name.value === 'requiresScopes' &&
                print(directive).includes('"analytics:read"'),
            ),
          ]),
      );
    const everywhere = { placementRate: true, placementRates: true };
    expect(scopesOf('ObjectTypeDefinition', 'Region')).toEqual(everywhere);
    expect(scopesOf('InterfaceTypeDefinition', 'Program')).toEqual(everywhere);
    for (const program of [
      'CityProgram',
      'FiftyPlusProgram',
      'MinistryProgram',
      'DistrictProgram',
    ]) {
      expect(scopesOf('ObjectTypeDefinition', program), program).toEqual(everywhere);
    }
  });
});

describe('the regional centers through the gateway', () => {
  let identity: RunningDevIdentity;
  let keyFolder: string;
  let subgraphs: Array<readonly [string, TestSubgraph<Tables>]> = [];
  let gateway: RunningGateway;

  beforeAll(async () => {
    keyFolder = await mkdtemp(join(tmpdir(), 'jobgraph-identity-'));
    identity = await startDevIdentity(
      loadDevIdentityConfig({
        DEV_IDENTITY: 'enabled',
        PORT: '0',
        LOG_LEVEL: 'silent',
        KEY_FILE: join(keyFolder, 'keys.json'),
      }),
    );
    subgraphs = await Promise.all(
      SUBGRAPHS.map(
        async ([name, definition]) => [name, await startTestSubgraph(definition)] as const,
      ),
    );
    gateway = await startGateway(
      loadGatewayConfig(
        {
          PORT: '0',
          LOG_LEVEL: 'silent',
          SUBGRAPHS: subgraphs.map(([name, running]) => `${name}=${running.url}`).join(','),
          AUTH_ISSUER: identity.issuer,
          AUTH_AUDIENCE: 'jobgraph',
          AUTH_JWKS_URL: identity.jwksUrl,
          GATEWAY_IDENTITY_PRIVATE_KEY: inject('gatewayIdentityKeys').privateJwk,
        },
        {},
      ),
    );
  });
  afterAll(async () => {
    await gateway?.stop();
    await Promise.all(subgraphs.map(([, running]) => running.close()));
    await identity?.stop();
    if (keyFolder) await rm(keyFolder, { recursive: true, force: true });
  });

  const ask = <Data>(query: string, headers: Record<string, string> = {}) =>
    graphql<Data>(gateway.url, query, undefined, headers);
  const signIn = async (username: string) => ({
    authorization: `Bearer ${await identity.issue(username)}`,
  });

  it('adds each center’s fields to the Ministry’s EmploymentCenter, empty for the others', async () => {
    const response = await ask<{
      gwanak: {
        name: string;
        operator: string;
        partnerEmployers: Array<{ name: string; region: { code: string; name: string } }>;
      };
      nationalEmploymentCenters: Array<{
        id: string;
        partnerEmployers: unknown[];
        jobDemandDays: unknown[];
        jointJobFairs: Array<{ hosts: Array<{ name: string }> }>;
        careerDesignSessions: unknown[];
        hrImprovementMeasures: unknown[];
      }>;
      dongjak: { __typename: string; partnerEmployers: unknown[]; careerDesignSessions: unknown[] };
    }>(`{
      gwanak: employmentCenter(id: "moel-seoul-gwanak") {
        name operator
        partnerEmployers(sector: HEALTHCARE) { name region { code name } }
      }
      nationalEmploymentCenters {
        id
        partnerEmployers { id }
        jobDemandDays { id }
        jointJobFairs { hosts { name } }
        careerDesignSessions { id }
        hrImprovementMeasures { code }
      }
      dongjak: employmentCenter(id: "dc-dongjak") { __typename partnerEmployers { id } careerDesignSessions { id } }
    }`);
    expect(response.errors).toBeUndefined();
    const data = response.data;
    expect(data?.gwanak).toMatchObject({
      name: '서울관악고용센터',
      operator: 'MINISTRY_OF_EMPLOYMENT_AND_LABOR',
    });
    expect(data?.gwanak.partnerEmployers).toHaveLength(4);
    expect(new Set(data?.gwanak.partnerEmployers.map((p) => p.region.name))).toEqual(
      new Set(['관악구', '동작구']),
    );
    const byId = new Map(data?.nationalEmploymentCenters.map((center) => [center.id, center]));
    expect(byId.get('moel-seoul-gwanak')?.partnerEmployers).toHaveLength(15);
    expect(byId.get('moel-incheon-bukbu')?.jobDemandDays.length).toBeGreaterThan(0);
    expect(byId.get('moel-incheon-seobu')?.jointJobFairs[0]?.hosts.map((h) => h.name)).toEqual([
      '인천북부고용센터',
      '인천서부고용센터',
    ]);
    expect(byId.get('moel-gumi')?.careerDesignSessions.length).toBeGreaterThan(0);
    expect(byId.get('moel-gumi')?.hrImprovementMeasures).toHaveLength(5);
    expect(byId.get('moel-gumi')?.partnerEmployers).toEqual([]);
    expect(data?.dongjak).toEqual({
      __typename: 'DistrictEmploymentCenter',
      partnerEmployers: [],
      careerDesignSessions: [],
    });
  });

  it('lists Gwanak’s partners under the city’s regions', async () => {
    const response = await ask<{
      region: { name: string; gwanakPartnerEmployers: Array<{ sector: string }> };
    }>('{ region(code: "11545") { name gwanakPartnerEmployers { sector } } }');
    expect(response.errors).toBeUndefined();
    expect(response.data?.region.name).toBe('금천구');
    expect(new Set(response.data?.region.gwanakPartnerEmployers.map((p) => p.sector))).toEqual(
      new Set(['IT', 'SMART_MANUFACTURING']),
    );
  });

  it('shows a signed-in member their records at each center, and no one else’s', async () => {
    const JOURNEY = (id: string) => `{ person(id: "${id}") {
      gwanakOpeningApplications { status opening { title partner { name } } }
      jobDemandDayRegistrations { jobDemandDay { id center { name } } }
      careerDesignBookings { status session { id minimumAge center { name } } }
    } }`;
    const bupyeong = await ask<{
      person: {
        jobDemandDayRegistrations: Array<{
          jobDemandDay: { id: string; center: { name: string } };
        }>;
      };
    }>(JOURNEY('M00000003'), await signIn('M00000003'));
    expect(bupyeong.errors).toBeUndefined();
    expect(bupyeong.data?.person.jobDemandDayRegistrations).toEqual([
      { jobDemandDay: { id: 'jdd-bukbu-2027-01-13', center: { name: '인천북부고용센터' } } },
    ]);
    const gumi = await ask<{
      person: { careerDesignBookings: Array<{ session: { center: { name: string } } }> };
    }>(JOURNEY('M00000004'), await signIn('M00000004'));
    expect(gumi.errors).toBeUndefined();
    expect(gumi.data?.person.careerDesignBookings[0]?.session.center.name).toBe('구미고용센터');
    const gwanak = await ask<{
      person: { gwanakOpeningApplications: Array<{ opening: { title: string } }> };
    }>(JOURNEY('M00000002'), await signIn('M00000002'));
    expect(gwanak.data?.person.gwanakOpeningApplications[0]?.opening.title).toBe('요양보호사');

    const other = await ask(JOURNEY('M00000002'), await signIn('M00000005'));
    expect(new Set(errorCodes(other))).toEqual(new Set(['FORBIDDEN']));
    expect(JSON.stringify(other.data)).not.toContain('요양보호사');
  });
});
