import { errorCodes, graphql } from '@jobgraph/testkit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { koreanDay, problemFields, query, startIncheon, type TestIncheon } from './support.js';

let incheon: TestIncheon;
beforeAll(async () => {
  incheon = await startIncheon();
});
afterAll(() => incheon?.close());

const CENTERS = /* GraphQL */ `
  query Centers($r: [_Any!]!) {
    _entities(representations: $r) {
      ... on EmploymentCenter {
        id
        jobDemandDays { id industry center { id } }
        jobCreationWorkingGroups { id industry members { kind employer { id } } }
        jointJobFairs { id hosts { id } }
        polytechnicTrainings { id campus }
      }
    }
  }
`;
interface Center {
  id: string;
  jobDemandDays: Array<{ id: string; industry: string; center: { id: string } }>;
  jobCreationWorkingGroups: Array<{
    id: string;
    industry: string;
    members: Array<{ kind: string; employer: { id: string } | null }>;
  }>;
  jointJobFairs: Array<{ id: string; hosts: Array<{ id: string }> }>;
  polytechnicTrainings: Array<{ id: string; campus: string }>;
}
const centers = (...ids: string[]) => ({
  r: ids.map((id) => ({ __typename: 'EmploymentCenter', id })),
});

describe('the Incheon network across Incheon Bukbu and Incheon Seobu', () => {
  it('gives each center its own days, groups, training and the fairs they hold together', async () => {
    const data = await query<{ _entities: Center[] }>(
      incheon,
      CENTERS,
      centers('moel-incheon-bukbu', 'moel-incheon-seobu'),
    );
    const [bukbu, seobu] = data._entities;
    expect(bukbu?.jobDemandDays).toHaveLength(7);
    expect(seobu?.jobDemandDays).toHaveLength(7);
    expect(bukbu?.jobDemandDays.every((day) => day.center.id === 'moel-incheon-bukbu')).toBe(true);
    expect(bukbu?.jobCreationWorkingGroups.map((group) => group.id)).toEqual([
      'wg-bukbu-health-welfare',
      'wg-bukbu-root',
    ]);
    expect(seobu?.jobCreationWorkingGroups.map((group) => group.industry).sort()).toEqual([
      'BIO',
      'HEALTH_WELFARE',
      'LOGISTICS',
    ]);
    // The joint fairs are the same for both, each hosted by both.
    expect(bukbu?.jointJobFairs).toEqual(seobu?.jointJobFairs);
    expect(bukbu?.jointJobFairs).toHaveLength(3);
    for (const fair of bukbu?.jointJobFairs ?? []) {
      expect(fair.hosts.map((host) => host.id)).toEqual([
        'moel-incheon-bukbu',
        'moel-incheon-seobu',
      ]);
    }
    expect(new Set(bukbu?.polytechnicTrainings.map((t) => t.campus))).toEqual(
      new Set(['한국폴리텍대학 인천캠퍼스']),
    );
    expect(new Set(seobu?.polytechnicTrainings.map((t) => t.campus))).toEqual(
      new Set(['한국폴리텍대학 남인천캠퍼스']),
    );
  });

  it('gives every other center empty lists', async () => {
    const data = await query<{ _entities: Center[] }>(
      incheon,
      CENTERS,
      centers('moel-seoul-gwanak', 'moel-gumi', 'dc-dongjak'),
    );
    for (const center of data._entities) {
      expect(center).toEqual({
        id: center.id,
        jobDemandDays: [],
        jobCreationWorkingGroups: [],
        jointJobFairs: [],
        polytechnicTrainings: [],
      });
    }
  });

  it('covers the five key industries, each group joining government, Polytechnic or employers', async () => {
    const { incheonWorkingGroups } = await query<{
      incheonWorkingGroups: Array<{
        industry: string;
        members: Array<{
          kind: string;
          employer: { id: string } | null;
          region: { code: string } | null;
        }>;
      }>;
    }>(
      incheon,
      '{ incheonWorkingGroups { industry members { kind employer { id } region { code } } } }',
    );
    expect(incheonWorkingGroups).toHaveLength(5);
    const industries = new Set(incheonWorkingGroups.map((group) => group.industry));
    const { incheonJobDemandDays } = await query<{
      incheonJobDemandDays: Array<{ industry: string }>;
    }>(incheon, '{ incheonJobDemandDays { industry } }');
    for (const day of incheonJobDemandDays) industries.add(day.industry);
    expect([...industries].sort()).toEqual([
      'AVIATION',
      'BIO',
      'HEALTH_WELFARE',
      'LOGISTICS',
      'ROOT',
    ]);
    for (const group of incheonWorkingGroups) {
      const kinds = new Set(group.members.map((member) => member.kind));
      expect(kinds.has('EMPLOYMENT_CENTER')).toBe(true);
      expect(kinds.has('LOCAL_GOVERNMENT')).toBe(true);
      expect(kinds.has('EMPLOYER')).toBe(true);
      for (const member of group.members) {
        expect(member.employer !== null).toBe(member.kind === 'EMPLOYER');
        expect(member.region?.code.startsWith('28')).toBe(true);
      }
    }
  });

  it('lists demand days by center, industry and period, with their employers and places', async () => {
    const { incheonJobDemandDays } = await query<{
      incheonJobDemandDays: Array<{
        id: string;
        date: string;
        capacity: number;
        registrationCount: number;
        available: number;
        registrationOpen: boolean;
        employers: Array<{ employer: { id: string }; name: string; openings: number }>;
      }>;
    }>(
      incheon,
      `{ incheonJobDemandDays(centerId: "moel-incheon-bukbu", industry: ROOT, from: "2026-01-01", to: "2026-12-31") {
          id date capacity registrationCount available registrationOpen
          employers { employer { id } name openings } } }`,
    );
    expect(incheonJobDemandDays.map((day) => day.id)).toEqual([
      'jdd-bukbu-2026-03-11',
      'jdd-bukbu-2026-06-10',
      'jdd-bukbu-2026-11-11',
    ]);
    for (const day of incheonJobDemandDays) {
      expect(day.available).toBe(day.capacity - day.registrationCount);
      expect(day.registrationOpen).toBe(day.date >= koreanDay(0));
      expect(day.employers.length).toBeGreaterThanOrEqual(2);
      expect(day.employers.every((e) => /^E\d{5}$/.test(e.employer.id) && e.openings > 0)).toBe(
        true,
      );
    }
  });

  it('refuses a backwards period or a center outside the network as BAD_USER_INPUT', async () => {
    const bad = await graphql(
      incheon.url,
      '{ incheonJobDemandDays(centerId: "moel-gumi", from: "2026-12-01", to: "2026-01-01") { id } }',
    );
    expect(errorCodes(bad)).toEqual(['BAD_USER_INPUT']);
    expect(problemFields(bad)).toEqual(['centerId', 'to']);
    const none = await query<{ jobDemandDay: null }>(
      incheon,
      '{ jobDemandDay(id: "jdd-none") { id } }',
    );
    expect(none.jobDemandDay).toBeNull();
  });

  it('lists joint fairs by period and Polytechnic training by industry', async () => {
    const fairs = await query<{
      incheonJointJobFairs: Array<{ id: string; industries: string[]; region: { code: string } }>;
    }>(
      incheon,
      '{ incheonJointJobFairs(from: "2026-01-01", to: "2026-12-31") { id industries region { code } } }',
    );
    expect(fairs.incheonJointJobFairs.map((fair) => fair.id)).toEqual([
      'jjf-2026-spring',
      'jjf-2026-autumn',
    ]);
    expect(fairs.incheonJointJobFairs[1]?.industries).toEqual([
      'AVIATION',
      'LOGISTICS',
      'HEALTH_WELFARE',
      'BIO',
    ]);
    const root = await query<{
      incheonPolytechnicTrainings: Array<{
        id: string;
        hours: number;
        seats: number;
        center: { id: string };
      }>;
    }>(incheon, '{ incheonPolytechnicTrainings(industry: ROOT) { id hours seats center { id } } }');
    expect(root.incheonPolytechnicTrainings.map((t) => t.id)).toEqual([
      'kpt-incheon-welding-2026',
      'kpt-incheon-cnc-2027',
    ]);
  });
});
