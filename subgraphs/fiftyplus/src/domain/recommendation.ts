import type { Readiness } from './readiness.js';

/**
 * Job recommendations for a talent profile: every open posting gets points from six factors, each
 * with a sentence saying why, and the postings are ranked by their sum. Pure and deterministic:
 * the same profile and postings always give the same scores in the same order.
 */

export type EmploymentType =
  | 'PERMANENT'
  | 'PERMANENT_PART_TIME'
  | 'FIXED_TERM'
  | 'FIXED_TERM_PART_TIME'
  | 'DISPATCHED';
export type WageType = 'HOURLY' | 'DAILY' | 'MONTHLY' | 'ANNUAL';
export type CareerKind = 'ANY' | 'NEW_GRADUATE' | 'EXPERIENCED';
export type RecommendationFactor =
  | 'OCCUPATION'
  | 'REGION'
  | 'WAGE'
  | 'HOURS'
  | 'EMPLOYMENT_TYPE'
  | 'READINESS';

export interface SeekerProfile {
  readonly readiness: Readiness | null;
  readonly careers: ReadonlyArray<{ readonly occupationCode: string; readonly years: number }>;
  /** Sigungu codes, or a sido code for anywhere in it. */
  readonly desiredRegionCodes: readonly string[];
  readonly minMonthlyWageKrw: number;
  readonly maxHoursPerWeek: number;
  readonly employmentTypes: readonly EmploymentType[];
}

export interface OpenPosting {
  readonly id: string;
  readonly occupationCode: string;
  readonly regionCode: string;
  readonly employmentType: EmploymentType;
  readonly wageType: WageType;
  readonly wageMin: number;
  readonly workHoursPerWeek: number | null;
  readonly careerKind: CareerKind;
  readonly careerMinYears: number | null;
  readonly registeredOn: string;
}

export interface RecommendationReason {
  readonly factor: RecommendationFactor;
  readonly points: number;
  readonly detail: string;
}

export interface Recommendation {
  readonly postingId: string;
  readonly registeredOn: string;
  readonly score: number;
  readonly reasons: readonly RecommendationReason[];
}

/** The points each factor can give; documented here so a score can be recomputed by hand. */
export const POINTS = {
  /** A career in the posting's occupation group: the base, plus per year up to the cap. */
  occupationBase: 15,
  occupationPerYear: 2,
  occupationYearsCap: 10,
  /** In a desired region (a desired sigungu, or anywhere in a desired sido). */
  desiredRegion: 20,
  /** Not in a desired region, but in the sido of one. */
  sameSido: 8,
  /** Pay at the desired minimum; up to `wageAboveMax` more at `wageSpan` (20%) above it. */
  wageMet: 10,
  wageAboveMax: 5,
  /** Pay below the desired minimum: down to `wageBelowMax` at `wageSpan` (20%) below it. */
  wageBelowMax: -20,
  wageSpan: 0.2,
  hoursWithin: 10,
  hoursOver: -15,
  typeDesired: 10,
  typeNotDesired: -10,
  /** Low readiness and no experience asked, or high readiness and experience asked. */
  readinessSuited: 10,
  /** Low readiness and experience asked. */
  readinessUnsuited: -10,
} as const;

/** Weeks in an average month (365 / 7 / 12). */
export const WEEKS_PER_MONTH = 365 / 7 / 12;
/** A full-time week, for postings that do not state their hours. */
export const FULL_TIME_HOURS = 40;
/** Paid weekly rest (주휴수당) is owed from 15 hours a week: one day's pay per five days worked. */
const PAID_REST_FROM_HOURS = 15;

/**
 * A posting's pay as KRW a month. Hourly pay counts the paid weekly rest, so 40 hours a week is
 * the statutory 209 paid hours a month; a day is 8 hours; an annual salary is twelve months.
 */
export function monthlyEquivalent(
  wageType: WageType,
  amount: number,
  hoursPerWeek: number | null,
): number {
  const hours = hoursPerWeek ?? FULL_TIME_HOURS;
  switch (wageType) {
    case 'MONTHLY':
      return amount;
    case 'ANNUAL':
      return Math.round(amount / 12);
    case 'DAILY':
      return Math.round(amount * (hours / 8) * WEEKS_PER_MONTH);
    case 'HOURLY': {
      const paidWeeklyHours = hours >= PAID_REST_FROM_HOURS ? hours * 1.2 : hours;
      return Math.round(amount * Math.round(paidWeeklyHours * WEEKS_PER_MONTH));
    }
    default:
      throw new Error(`unknown wage type ${String(wageType satisfies never)}`);
  }
}

const round2 = (value: number) => Math.round(value * 100) / 100;
/** 3166667 → 3,166,667 (no Intl: this runs for every open posting). */
const krw = (amount: number) => String(amount).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
const PER = { HOURLY: 'an hour', DAILY: 'a day', MONTHLY: 'a month', ANNUAL: 'a year' } as const;
const sidoOf = (code: string) => code.slice(0, 2);

export interface ScoringOptions {
  /** Occupation group names for the reasons' wording (`0` → 경영·사무·금융·보험직). */
  readonly occupationName?: (code: string) => string | undefined;
}

function occupationReason(
  profile: SeekerProfile,
  posting: OpenPosting,
  options: ScoringOptions,
): RecommendationReason | null {
  const years = profile.careers
    .filter((career) => career.occupationCode === posting.occupationCode)
    .reduce((sum, career) => sum + career.years, 0);
  const matches = profile.careers.some(
    (career) => career.occupationCode === posting.occupationCode,
  );
  if (!matches) return null;
  const counted = Math.min(years, POINTS.occupationYearsCap);
  const name = options.occupationName?.(posting.occupationCode);
  const group = name
    ? `${name} (occupation group ${posting.occupationCode})`
    : `occupation group ${posting.occupationCode}`;
  return {
    factor: 'OCCUPATION',
    points: POINTS.occupationBase + POINTS.occupationPerYear * counted,
    detail: `${years} year${years === 1 ? '' : 's'} of career in ${group}`,
  };
}

function regionReason(profile: SeekerProfile, posting: OpenPosting): RecommendationReason | null {
  const desired = profile.desiredRegionCodes.find(
    (code) => code === posting.regionCode || code === sidoOf(posting.regionCode),
  );
  if (desired !== undefined) {
    return {
      factor: 'REGION',
      points: POINTS.desiredRegion,
      detail:
        desired === posting.regionCode
          ? `In a desired region (${posting.regionCode})`
          : `In ${posting.regionCode}, within the desired sido ${desired}`,
    };
  }
  if (profile.desiredRegionCodes.some((code) => sidoOf(code) === sidoOf(posting.regionCode))) {
    return {
      factor: 'REGION',
      points: POINTS.sameSido,
      detail: `In ${posting.regionCode}: not a desired region, but in the same sido (${sidoOf(posting.regionCode)})`,
    };
  }
  return null;
}

function wageReason(profile: SeekerProfile, posting: OpenPosting): RecommendationReason {
  const monthly = monthlyEquivalent(posting.wageType, posting.wageMin, posting.workHoursPerWeek);
  const desired = profile.minMonthlyWageKrw;
  const ratio = monthly / desired;
  const pay =
    posting.wageType === 'MONTHLY'
      ? `Pays ${krw(monthly)} KRW a month`
      : `Pays ${krw(posting.wageMin)} KRW ${PER[posting.wageType]}, about ${krw(monthly)} KRW a month`;
  if (ratio >= 1) {
    const bonus = POINTS.wageAboveMax * Math.min(1, (ratio - 1) / POINTS.wageSpan);
    return {
      factor: 'WAGE',
      points: round2(POINTS.wageMet + bonus),
      detail: `${pay}, at least the desired ${krw(desired)}`,
    };
  }
  return {
    factor: 'WAGE',
    points: round2(POINTS.wageBelowMax * Math.min(1, (1 - ratio) / POINTS.wageSpan)),
    detail: `${pay}, below the desired ${krw(desired)}`,
  };
}

function hoursReason(profile: SeekerProfile, posting: OpenPosting): RecommendationReason | null {
  const hours = posting.workHoursPerWeek;
  if (hours === null) return null;
  return hours <= profile.maxHoursPerWeek
    ? {
        factor: 'HOURS',
        points: POINTS.hoursWithin,
        detail: `${hours} hours a week, within the desired ${profile.maxHoursPerWeek}`,
      }
    : {
        factor: 'HOURS',
        points: POINTS.hoursOver,
        detail: `${hours} hours a week, more than the desired ${profile.maxHoursPerWeek}`,
      };
}

function employmentTypeReason(profile: SeekerProfile, posting: OpenPosting): RecommendationReason {
  return profile.employmentTypes.includes(posting.employmentType)
    ? {
        factor: 'EMPLOYMENT_TYPE',
        points: POINTS.typeDesired,
        detail: `${posting.employmentType} is a desired employment type`,
      }
    : {
        factor: 'EMPLOYMENT_TYPE',
        points: POINTS.typeNotDesired,
        detail: `${posting.employmentType} is not among the desired ${profile.employmentTypes.join(', ')}`,
      };
}

function readinessReason(
  profile: SeekerProfile,
  posting: OpenPosting,
): RecommendationReason | null {
  const asksExperience = posting.careerKind === 'EXPERIENCED';
  const experience =
    posting.careerMinYears === null ? 'experience' : `${posting.careerMinYears}+ years' experience`;
  if (profile.readiness === 'LOW') {
    return asksExperience
      ? {
          factor: 'READINESS',
          points: POINTS.readinessUnsuited,
          detail: `Asks for ${experience}; low readiness favours postings asking none`,
        }
      : {
          factor: 'READINESS',
          points: POINTS.readinessSuited,
          detail: 'Asks for no experience, which suits low readiness',
        };
  }
  if (profile.readiness === 'HIGH' && asksExperience) {
    return {
      factor: 'READINESS',
      points: POINTS.readinessSuited,
      detail: `Asks for ${experience}, which suits high readiness`,
    };
  }
  return null;
}

/** One posting's score: the factors that counted, in a fixed order, and their sum. */
export function scorePosting(
  profile: SeekerProfile,
  posting: OpenPosting,
  options: ScoringOptions = {},
): Recommendation {
  const reasons = [
    occupationReason(profile, posting, options),
    regionReason(profile, posting),
    wageReason(profile, posting),
    hoursReason(profile, posting),
    employmentTypeReason(profile, posting),
    readinessReason(profile, posting),
  ].filter((reason): reason is RecommendationReason => reason !== null && reason.points !== 0);
  return {
    postingId: posting.id,
    registeredOn: posting.registeredOn,
    score: round2(reasons.reduce((sum, reason) => sum + reason.points, 0)),
    reasons,
  };
}

/** Best score first, then the newest posting, then by id: a total order, so ties are stable. */
export function byRank(a: Recommendation, b: Recommendation): number {
  if (a.score !== b.score) return b.score - a.score;
  if (a.registeredOn !== b.registeredOn) return a.registeredOn < b.registeredOn ? 1 : -1;
  return a.postingId < b.postingId ? -1 : a.postingId > b.postingId ? 1 : 0;
}

/** The `first` best postings for a profile. */
export function recommend(
  profile: SeekerProfile,
  postings: readonly OpenPosting[],
  first: number,
  options: ScoringOptions = {},
): Recommendation[] {
  return postings
    .map((posting) => scorePosting(profile, posting, options))
    .sort(byRank)
    .slice(0, first);
}
