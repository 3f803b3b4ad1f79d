import { errorCodes, graphql } from '@jobgraph/testkit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { problemFields, query, startGumi, type TestGumi } from './support.js';

let gumi: TestGumi;
beforeAll(async () => {
  gumi = await startGumi();
});
afterAll(() => gumi?.close());

const CENTERS = /* GraphQL */ `
  query Centers($r: [_Any!]!) {
    _entities(representations: $r) {
      ... on EmploymentCenter {
        id
        targetEmployers { id industry }
        hrImprovementMeasures { code }
        careerDesignSessions { id }
      }
    }
  }
`;
const centers = (...ids: string[]) => ({
  r: ids.map((id) => ({ __typename: 'EmploymentCenter', id })),
});

describe('Gumi Employment Center', () => {
  it('manages target employers in electrical, electronic, mechanical and healthcare industries', async () => {
    const data = await query<{
      gumiTargetEmployers: Array<{
        id: string;
        name: string;
        industry: string;
        employer: { id: string };
      }>;
      healthcare: Array<{ id: string }>;
    }>(
      gumi,
      `{ gumiTargetEmployers { id name industry employer { id } }
         healthcare: gumiTargetEmployers(industry: HEALTHCARE) { id } }`,
    );
    expect(data.gumiTargetEmployers.map((e) => e.industry).sort()).toEqual([
      'ELECTRICAL_ELECTRONIC',
      'HEALTHCARE',
      'HEALTHCARE',
      'HEALTHCARE',
      'MECHANICAL',
    ]);
    expect(data.gumiTargetEmployers.every((e) => e.employer.id === e.id)).toBe(true);
    expect(data.healthcare.map((e) => e.id)).toEqual(['E00196', 'E00394', 'E00477']);
  });

  it('publishes the incentive’s measures with their amounts, as data', async () => {
    const { hrImprovementMeasures } = await query<{
      hrImprovementMeasures: Array<{
        code: string;
        amountPerWorkerKrw: number;
        maxWorkers: number;
        maxAmountKrw: number;
      }>;
    }>(gumi, '{ hrImprovementMeasures { code amountPerWorkerKrw maxWorkers maxAmountKrw } }');
    expect(hrImprovementMeasures.map((m) => m.code)).toEqual([
      'RETIREMENT_AGE_EXTENSION',
      'CONTINUED_EMPLOYMENT',
      'WORKING_HOURS_REDESIGN',
      'JOB_REDESIGN',
      'MIDCAREER_HIRING',
    ]);
    for (const measure of hrImprovementMeasures) {
      expect(measure.maxAmountKrw).toBe(measure.amountPerWorkerKrw * measure.maxWorkers);
    }
  });

  it('lists career design sessions with their age rule, by period and by places left', async () => {
    const { careerDesignSessions } = await query<{
      careerDesignSessions: Array<{
        id: string;
        title: string;
        minimumAge: number;
        capacity: number;
        booked: number;
        available: number;
        startsAt: string;
        center: { id: string };
      }>;
    }>(
      gumi,
      `{ careerDesignSessions(from: "2026-12-01", to: "2026-12-31") {
          id title minimumAge capacity booked available startsAt center { id } } }`,
    );
    expect(careerDesignSessions.map((s) => s.id)).toEqual([
      'cds-2026-12-02-am',
      'cds-2026-12-02-pm',
      'cds-2026-12-16-am',
    ]);
    for (const session of careerDesignSessions) {
      expect([40, 50]).toContain(session.minimumAge);
      expect(session.title.startsWith(session.minimumAge === 40 ? '40대' : '50대')).toBe(true);
      expect(session.available).toBe(session.capacity - session.booked);
      expect(session.center.id).toBe('moel-gumi');
    }
    const bad = await graphql(
      gumi.url,
      '{ careerDesignSessions(from: "2026-12-31", to: "2026-12-01") { id } }',
    );
    expect(errorCodes(bad)).toEqual(['BAD_USER_INPUT']);
    expect(problemFields(bad)).toEqual(['to']);
  });

  it('gives Gumi its records through the center, and every other center empty lists', async () => {
    const data = await query<{
      _entities: Array<{
        id: string;
        targetEmployers: unknown[];
        hrImprovementMeasures: unknown[];
        careerDesignSessions: unknown[];
      }>;
    }>(gumi, CENTERS, centers('moel-gumi', 'moel-seoul-gwanak', 'moel-incheon-seobu', 'dc-guro'));
    const [own, ...others] = data._entities;
    expect(own?.targetEmployers).toHaveLength(5);
    expect(own?.hrImprovementMeasures).toHaveLength(5);
    expect(own?.careerDesignSessions).toHaveLength(17);
    for (const other of others) {
      expect(other).toEqual({
        id: other.id,
        targetEmployers: [],
        hrImprovementMeasures: [],
        careerDesignSessions: [],
      });
    }
  });
});
