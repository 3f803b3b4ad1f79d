import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { query, startMinistry, type TestMinistry } from './support.js';

let ministry: TestMinistry;
beforeAll(async () => {
  ministry = await startMinistry();
});
afterAll(() => ministry?.close());

interface ProgramData {
  id: string;
  name: string;
  nameEn: string;
  agency: string;
  kind: string;
  area: string;
  components: Array<{
    kind: string;
    nameEn: string;
    program: { id: string; name: string } | null;
  }>;
}

const PROGRAM_FIELDS =
  'id name nameEn agency kind area components { kind nameEn program { id name } }';

describe('ministryPrograms', () => {
  it('lists the programmes a center connects people to, and the package', async () => {
    const data = await query<{ ministryPrograms: ProgramData[] }>(
      ministry,
      `{ ministryPrograms { ${PROGRAM_FIELDS} } }`,
    );
    expect(
      data.ministryPrograms.map((program) => [
        program.id,
        program.name,
        program.nameEn,
        program.kind,
        program.area,
      ]),
    ).toEqual([
      [
        'moel-national-employment-support',
        '국민취업지원제도',
        'National Employment Support System',
        'PROGRAM',
        'NATIONAL',
      ],
      [
        'moel-job-search-guarantee',
        '구직자 도약보장패키지',
        'Job Search Guarantee Package',
        'PROGRAM',
        'NATIONAL',
      ],
      [
        'moel-midcareer-career-support',
        '중장년 경력지원제',
        'Mid-career Career Support Program',
        'PROGRAM',
        'NATIONAL',
      ],
      [
        'moel-lifetime-career-design',
        '생애경력설계서비스',
        'Lifetime Career Design',
        'PROGRAM',
        'NATIONAL',
      ],
      [
        'moel-tomorrow-learning-card',
        '국민내일배움카드',
        'Tomorrow Learning Card',
        'PROGRAM',
        'NATIONAL',
      ],
      [
        'moel-midcareer-tomorrow-connection',
        '중장년 내일 연결 패키지',
        'Mid-career Tomorrow Connection Package',
        'PACKAGE',
        'NETWORK',
      ],
    ]);
    expect(
      data.ministryPrograms.every(
        (program) => program.agency === 'MINISTRY_OF_EMPLOYMENT_AND_LABOR',
      ),
    ).toBe(true);
    expect(
      data.ministryPrograms
        .filter((program) => program.kind === 'PROGRAM')
        .every((program) => program.components.length === 0),
    ).toBe(true);
  });

  it('bundles career design, training, job experience, placement and incentives in the package, each linked to the programme that delivers it', async () => {
    const data = await query<{ ministryProgram: ProgramData }>(
      ministry,
      `query($id: ID!) { ministryProgram(id: $id) { ${PROGRAM_FIELDS} } }`,
      { id: 'moel-midcareer-tomorrow-connection' },
    );
    expect(
      data.ministryProgram.components.map((component) => [
        component.kind,
        component.nameEn,
        component.program?.id ?? null,
      ]),
    ).toEqual([
      ['CAREER_DESIGN', 'Lifetime career design', 'moel-lifetime-career-design'],
      ['TRAINING', 'Training', 'moel-tomorrow-learning-card'],
      ['JOB_EXPERIENCE', 'Job experience', 'moel-midcareer-career-support'],
      ['PLACEMENT', 'Placement', 'moel-job-search-guarantee'],
      ['SEEKER_INCENTIVE', 'Incentives for job seekers', 'moel-national-employment-support'],
      ['EMPLOYER_INCENTIVE', 'Incentives for employers', null],
    ]);
    expect(data.ministryProgram.components[0]?.program?.name).toBe('생애경력설계서비스');
  });

  it('finds nothing for an unknown id', async () => {
    const data = await query<{ ministryProgram: unknown }>(
      ministry,
      '{ ministryProgram(id: "moel-nothing") { id } }',
    );
    expect(data.ministryProgram).toBeNull();
  });

  it('resolves programme references for the gateway', async () => {
    const data = await query<{ _entities: Array<{ id: string; nameEn: string } | null> }>(
      ministry,
      'query($r: [_Any!]!) { _entities(representations: $r) { ... on MinistryProgram { id nameEn } } }',
      {
        r: [
          { __typename: 'MinistryProgram', id: 'moel-tomorrow-learning-card' },
          { __typename: 'MinistryProgram', id: 'moel-unknown' },
        ],
      },
    );
    expect(data._entities).toEqual([
      { id: 'moel-tomorrow-learning-card', nameEn: 'Tomorrow Learning Card' },
      null,
    ]);
  });
});
