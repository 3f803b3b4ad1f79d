import type { AgeBandCode } from '../age-bands.js';

/**
 * The assumptions the synthetic sources are drawn from, in one place so they can be read (and
 * documented) without the SQL. Codes here are looked up in the seeded reference tables: a code
 * the database does not have is left out (its people move to its sido), never invented.
 */

/** The day the records describe: the seeds' snapshot day (data/generators/population.ts). */
export const SNAPSHOT_DAY = '2026-11-25';
/** The first day participations are drawn from. */
export const WINDOW_START = '2023-01-01';
/** No insurance record is dated before this day (prior jobs are cut there). */
export const EARLIEST_RECORD = '2018-01-01';

/**
 * Residents by residence code, in thousands (resident registration, end of 2024, rounded). A
 * sido's figure is its people *outside* the sigungu listed here (Seoul and Incheon: none, all
 * their districts are listed; Gyeongbuk: all but Gumi; Jeonbuk: all but Iksan). Keyed by the code
 * in use today; a renumbered place's older codes are found through the region history.
 */
export const RESIDENTS_THOUSANDS: Readonly<Record<string, number>> = {
  // sido, less the sigungu below
  '26': 3266, // Busan
  '27': 2364, // Daegu
  '29': 1406, // Gwangju
  '30': 1441, // Daejeon
  '31': 1096, // Ulsan
  '36': 390, // Sejong
  '41': 13695, // Gyeonggi-do
  '43': 1591, // Chungcheongbuk-do
  '44': 2136, // Chungcheongnam-do
  '46': 1792, // Jeollanam-do
  '47': 2128, // Gyeongsangbuk-do without Gumi
  '48': 3236, // Gyeongsangnam-do
  '50': 670, // Jeju
  '51': 1517, // Gangwon State (42 before 2023-06-11)
  '52': 1463, // Jeonbuk State without Iksan (45 before 2024-01-18)
  // Seoul's 25 districts
  '11110': 139,
  '11140': 121,
  '11170': 209,
  '11200': 279,
  '11215': 335,
  '11230': 354,
  '11260': 381,
  '11290': 429,
  '11305': 283,
  '11320': 303,
  '11350': 496,
  '11380': 461,
  '11410': 311,
  '11440': 359,
  '11470': 431,
  '11500': 556,
  '11530': 397,
  '11545': 228,
  '11560': 372,
  '11590': 381,
  '11620': 489,
  '11650': 400,
  '11680': 555,
  '11710': 654,
  '11740': 459,
  // Incheon's districts (Jung-gu and Dong-gu end on 2026-06-30 with no successor code yet)
  '28110': 160,
  '28140': 60,
  '28177': 405,
  '28185': 390,
  '28200': 485,
  '28237': 480,
  '28245': 285,
  '28260': 620,
  '28710': 69,
  '28720': 20,
  // the other places the domain names
  '47190': 407, // Gumi
  '52140': 270, // Iksan (45140 before 2024-01-18)
};

/**
 * How often a resident takes part in each programme, relative to the Ministry's case management
 * (1 everywhere). The Seoul programmes add to it where a person may join them (a Seoul resident
 * for 50Plus and Attractive Jobs; a resident of a district with a district job center), so a
 * place's people are weighted by residents × the sum of the weights that apply to it, and a
 * person's first programme is drawn from those weights.
 */
export const PROGRAM_REACH = { ministry: 1, fiftyplus: 0.45, city: 0.35, districts: 0.6 } as const;

export type ProgramCode = 'M' | 'D' | 'F' | 'C';

/** Ages (inclusive) with weights: a person's age on their first participation's day. */
export type AgeMix = ReadonlyArray<readonly [from: number, to: number, weight: number]>;

export const FIRST_AGE: Readonly<Record<ProgramCode, AgeMix>> = {
  // The network serves seekers aged 50+ (ministry.networks.minimum_age).
  M: [
    [50, 54, 30],
    [55, 59, 32],
    [60, 64, 25],
    [65, 69, 13],
  ],
  // The academy: Seoul residents aged 40–64 (fiftyplus.programs.min_age/max_age).
  F: [
    [40, 49, 35],
    [50, 54, 25],
    [55, 59, 22],
    [60, 64, 18],
  ],
  // Attractive Jobs: adults from 18, mostly young.
  C: [
    [19, 29, 30],
    [30, 39, 30],
    [40, 49, 20],
    [50, 64, 20],
  ],
  // District desks serve every generation (the services' own age limits apply).
  D: [
    [19, 39, 30],
    [40, 49, 20],
    [50, 64, 35],
    [65, 75, 15],
  ],
};

/** How many participations a person has over the years, at most (time may cut it short). */
export const PARTICIPATIONS: ReadonlyArray<readonly [count: number, weight: number]> = [
  [1, 72],
  [2, 21],
  [3, 7],
];

/** Share of people with a job that ended before their first participation. */
export const PRIOR_JOB = 0.25;

/** Of the Ministry's case files drawn, the share opened from the network's first year on. */
export const MINISTRY_NETWORK_YEARS_SHARE = 0.4;

/**
 * The chance of a job start within six months of a participation's end (for a case file: during
 * the file or within six months of its closure), before the age and region factors.
 */
export const JOB_WITHIN_6M: Readonly<Record<string, number>> = {
  M: 0.66,
  F_COMPLETED: 0.62,
  F_WITHDRAWN: 0.45,
  C_ACCEPTED: 0.7,
  C_OTHER: 0.45,
};

/** Multiplies the chance above by the person's age band on the participation's first day. */
export const AGE_FACTOR: Readonly<Record<AgeBandCode, number>> = {
  U40: 1.08,
  '40-49': 1.1,
  '50-54': 1.04,
  '55-59': 0.97,
  '60-64': 0.88,
  '65+': 0.72,
};

/**
 * The region factor: labour demand, read as the number of Work24 employers in the person's sido
 * (data/work24), `REGION_FACTOR.min + REGION_FACTOR.span × ln(1 + e) / ln(1 + e_max)`: Seoul, with
 * most employers, gets the most; a sido with none gets the minimum.
 */
export const REGION_FACTOR = { min: 0.88, span: 0.22 } as const;

/** Of case files with a job within six months, the share placed by the center during the file. */
export const CENTER_PLACED = 0.2;
/** Of participations with no job within six months, the share with one later (6–24 months). */
export const LATER_JOB = 0.2;
/** Days to a job start within six months: `182 × u^DAYS_SKEW` (median ≈ 56 days). */
export const DAYS_SKEW = 1.7;

/** The share of jobs ending within six months, by age band (the rest last 6 months to ~5 years). */
export const SHORT_JOB: Readonly<Record<AgeBandCode, number>> = {
  U40: 0.28,
  '40-49': 0.22,
  '50-54': 0.22,
  '55-59': 0.24,
  '60-64': 0.3,
  '65+': 0.38,
};

/** Of jobs, the share with an employer in the person's own sido (when the feed has one there). */
export const LOCAL_EMPLOYER = 0.65;
/** The same for placements by a district job center: mostly local employers. */
export const DISTRICT_LOCAL_EMPLOYER = 0.7;

/** Case files: how they close when no placement closes them. */
export const CLOSURE_REASONS: ReadonlyArray<readonly [reason: string, weight: number]> = [
  ['COMPLETED', 55],
  ['WITHDREW', 20],
  ['NO_CONTACT', 15],
  ['TRANSFERRED', 10],
];

/** 50Plus academy: share of enrolments withdrawn, and of completed basic courses followed by a track. */
export const ACADEMY = { withdrawn: 0.06, continues: 0.8 } as const;

/** Attractive Jobs: application outcomes, and the recruitment windows by sector (month-day). */
export const ATTRACTIVE_JOBS = {
  statuses: [
    ['ACCEPTED', 60],
    ['REJECTED', 30],
    ['WITHDRAWN', 10],
  ],
  windows: { PUBLIC: ['01-02', '02-28'], PRIVATE: ['03-01', '04-30'] },
  /** A private application names a training field this often (a public one always does). */
  privateTrainingField: 0.5,
} as const;

export const SURNAMES = [
  '김',
  '이',
  '박',
  '최',
  '정',
  '강',
  '조',
  '윤',
  '장',
  '임',
  '한',
  '오',
  '서',
  '신',
  '권',
  '황',
  '안',
  '송',
  '류',
  '홍',
] as const;
export const GIVEN_SYLLABLES = [
  '민',
  '서',
  '지',
  '현',
  '영',
  '수',
  '정',
  '은',
  '경',
  '미',
  '숙',
  '호',
  '철',
  '성',
  '희',
  '진',
  '순',
  '준',
  '혜',
  '석',
  '옥',
  '재',
  '동',
  '명',
] as const;
