import { describe, expect, it } from 'vitest';
import {
  monthlyEquivalent,
  type OpenPosting,
  recommend,
  type SeekerProfile,
  scorePosting,
} from '../src/domain/recommendation.js';

/** An office worker of 18 years, medium readiness, wanting full-time work near Dongjak. */
const office: SeekerProfile = {
  readiness: 'MEDIUM',
  careers: [
    { occupationCode: '0', years: 18 },
    { occupationCode: '6', years: 6 },
  ],
  desiredRegionCodes: ['11590', '11620'],
  minMonthlyWageKrw: 2_500_000,
  maxHoursPerWeek: 40,
  employmentTypes: ['PERMANENT', 'FIXED_TERM'],
};

/** A cook of 9 years, low readiness, wanting part-time work in Guro. */
const cook: SeekerProfile = {
  readiness: 'LOW',
  careers: [{ occupationCode: '5', years: 9 }],
  desiredRegionCodes: ['11530'],
  minMonthlyWageKrw: 1_270_000,
  maxHoursPerWeek: 20,
  employmentTypes: ['PERMANENT_PART_TIME', 'FIXED_TERM_PART_TIME'],
};

/** A hospital administrator, high readiness, happy anywhere in Seoul. */
const administrator: SeekerProfile = {
  readiness: 'HIGH',
  careers: [
    { occupationCode: '3', years: 12 },
    { occupationCode: '0', years: 8 },
  ],
  desiredRegionCodes: ['11'],
  minMonthlyWageKrw: 2_530_000,
  maxHoursPerWeek: 40,
  employmentTypes: ['PERMANENT', 'FIXED_TERM'],
};

function posting(id: string, fields: Partial<OpenPosting>): OpenPosting {
  return {
    id,
    occupationCode: '0',
    regionCode: '11590',
    employmentType: 'PERMANENT',
    wageType: 'MONTHLY',
    wageMin: 3_000_000,
    workHoursPerWeek: 40,
    careerKind: 'ANY',
    careerMinYears: null,
    registeredOn: '2026-11-01',
    ...fields,
  };
}

const points = (result: ReturnType<typeof scorePosting>) =>
  Object.fromEntries(result.reasons.map((reason) => [reason.factor, reason.points]));

describe('monthlyEquivalent', () => {
  it('counts the paid weekly rest: 40 hours a week is 209 paid hours a month', () => {
    // The 2026 minimum wage, 10,320 KRW an hour, is 2,156,880 KRW a month.
    expect(monthlyEquivalent('HOURLY', 10_320, 40)).toBe(2_156_880);
    expect(monthlyEquivalent('HOURLY', 10_320, null)).toBe(2_156_880);
    // 20 hours: (20 + 4) × 365/7/12 = 104 paid hours.
    expect(monthlyEquivalent('HOURLY', 12_000, 20)).toBe(1_248_000);
    // Under 15 hours a week no weekly rest is paid: 14 × 365/7/12 = 61 hours.
    expect(monthlyEquivalent('HOURLY', 12_000, 14)).toBe(732_000);
  });

  it('turns daily pay into five days a week and a salary into twelve months', () => {
    expect(monthlyEquivalent('DAILY', 100_000, null)).toBe(2_172_619);
    expect(monthlyEquivalent('DAILY', 100_000, 24)).toBe(1_303_571);
    expect(monthlyEquivalent('ANNUAL', 30_000_000, 40)).toBe(2_500_000);
    expect(monthlyEquivalent('MONTHLY', 2_840_000, 20)).toBe(2_840_000);
  });
});

describe('scorePosting', () => {
  it('gives a matching full-time office job every point but readiness', () => {
    const result = scorePosting(office, posting('P-A', {}));
    expect(result.score).toBe(90);
    expect(result.reasons).toEqual([
      { factor: 'OCCUPATION', points: 35, detail: '18 years of career in occupation group 0' },
      { factor: 'REGION', points: 20, detail: 'In a desired region (11590)' },
      {
        factor: 'WAGE',
        points: 15,
        detail: 'Pays 3,000,000 KRW a month, at least the desired 2,500,000',
      },
      { factor: 'HOURS', points: 10, detail: '40 hours a week, within the desired 40' },
      { factor: 'EMPLOYMENT_TYPE', points: 10, detail: 'PERMANENT is a desired employment type' },
    ]);
  });

  it('counts against low pay, unwanted types and other districts', () => {
    const result = scorePosting(
      office,
      posting('P-B', {
        occupationCode: '6',
        regionCode: '11680',
        employmentType: 'PERMANENT_PART_TIME',
        wageType: 'HOURLY',
        wageMin: 12_000,
        workHoursPerWeek: 20,
        careerKind: 'EXPERIENCED',
        careerMinYears: 3,
      }),
    );
    expect(points(result)).toEqual({
      OCCUPATION: 27,
      REGION: 8,
      WAGE: -20,
      HOURS: 10,
      EMPLOYMENT_TYPE: -10,
    });
    expect(result.score).toBe(15);
    expect(result.reasons.find((reason) => reason.factor === 'WAGE')?.detail).toBe(
      'Pays 12,000 KRW an hour, about 1,248,000 KRW a month, below the desired 2,500,000',
    );
    expect(result.reasons.find((reason) => reason.factor === 'REGION')?.detail).toBe(
      'In 11680: not a desired region, but in the same sido (11)',
    );
  });

  it('scales pay just under the minimum, and leaves out factors that do not apply', () => {
    const result = scorePosting(
      office,
      posting('P-C', {
        occupationCode: '3',
        regionCode: '28237',
        employmentType: 'FIXED_TERM',
        wageType: 'DAILY',
        wageMin: 110_000,
        workHoursPerWeek: null,
      }),
    );
    // 110,000 × 5 days × 365/7/12 = 2,389,881 KRW: 4.4% short of 2,500,000, so -20 × 0.22.
    expect(points(result)).toEqual({ WAGE: -4.4, EMPLOYMENT_TYPE: 10 });
    expect(result.score).toBe(5.6);
  });

  it('favours postings asking no experience for low readiness', () => {
    const suited = scorePosting(
      cook,
      posting('P-F', {
        occupationCode: '5',
        regionCode: '11530',
        employmentType: 'PERMANENT_PART_TIME',
        wageType: 'HOURLY',
        wageMin: 11_000,
        workHoursPerWeek: 20,
      }),
    );
    expect(points(suited)).toEqual({
      OCCUPATION: 33,
      REGION: 20,
      WAGE: -9.92,
      HOURS: 10,
      EMPLOYMENT_TYPE: 10,
      READINESS: 10,
    });
    expect(suited.score).toBe(73.08);

    const unsuited = scorePosting(
      cook,
      posting('P-G', {
        occupationCode: '5',
        regionCode: '11545',
        wageMin: 2_300_000,
        careerKind: 'EXPERIENCED',
        careerMinYears: 2,
      }),
    );
    expect(points(unsuited)).toEqual({
      OCCUPATION: 33,
      REGION: 8,
      WAGE: 15,
      HOURS: -15,
      EMPLOYMENT_TYPE: -10,
      READINESS: -10,
    });
    expect(unsuited.score).toBe(21);
    expect(unsuited.reasons.at(-1)?.detail).toBe(
      "Asks for 2+ years' experience; low readiness favours postings asking none",
    );
  });

  it('favours experienced postings for high readiness, and a desired sido covers its districts', () => {
    const experienced = scorePosting(
      administrator,
      posting('P-I', {
        occupationCode: '3',
        regionCode: '11620',
        wageMin: 2_783_000,
        careerKind: 'EXPERIENCED',
      }),
    );
    expect(points(experienced)).toEqual({
      OCCUPATION: 35,
      REGION: 20,
      WAGE: 12.5,
      HOURS: 10,
      EMPLOYMENT_TYPE: 10,
      READINESS: 10,
    });
    expect(experienced.score).toBe(97.5);
    expect(experienced.reasons[1]?.detail).toBe('In 11620, within the desired sido 11');

    const graduate = scorePosting(
      administrator,
      posting('P-J', {
        occupationCode: '3',
        regionCode: '11620',
        wageMin: 2_783_000,
        careerKind: 'NEW_GRADUATE',
      }),
    );
    expect(graduate.score).toBe(87.5);
    expect(graduate.reasons.map((reason) => reason.factor)).not.toContain('READINESS');
  });

  it('names the occupation group when given names', () => {
    const result = scorePosting(office, posting('P-A', {}), {
      occupationName: (code) => (code === '0' ? '경영·사무·금융·보험직' : undefined),
    });
    expect(result.reasons[0]?.detail).toBe(
      '18 years of career in 경영·사무·금융·보험직 (occupation group 0)',
    );
  });
});

describe('recommend', () => {
  const postings = [
    posting('P-C', {
      occupationCode: '3',
      regionCode: '28237',
      employmentType: 'FIXED_TERM',
      wageType: 'DAILY',
      wageMin: 110_000,
      workHoursPerWeek: null,
      registeredOn: '2026-11-05',
    }),
    posting('P-D', {
      regionCode: '11620',
      wageType: 'ANNUAL',
      wageMin: 36_000_000,
      registeredOn: '2026-10-01',
    }),
    posting('P-B', {
      occupationCode: '6',
      regionCode: '11680',
      employmentType: 'PERMANENT_PART_TIME',
      wageType: 'HOURLY',
      wageMin: 12_000,
      workHoursPerWeek: 20,
      registeredOn: '2026-11-10',
    }),
    posting('P-A', {}),
    posting('P-0E', {}),
  ];

  it('orders by score, then the newest posting, then by id', () => {
    const ranked = recommend(office, postings, 10);
    expect(ranked.map((item) => [item.postingId, item.score])).toEqual([
      ['P-0E', 90],
      ['P-A', 90],
      ['P-D', 90],
      ['P-B', 15],
      ['P-C', 5.6],
    ]);
  });

  it('keeps the first ones only, and gives the same answer whatever order the feed is in', () => {
    const top = recommend(office, postings, 2);
    expect(top.map((item) => item.postingId)).toEqual(['P-0E', 'P-A']);
    expect(recommend(office, [...postings].reverse(), 2)).toEqual(top);
  });
});
