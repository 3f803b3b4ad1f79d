import { addDays, earlierDay } from '@jobgraph/subgraph-kit';
import type { careerDiagnoses } from '../db/schema.js';
import type { Readiness } from '../domain/readiness.js';
import { seededRandom } from './random.js';
import { SNAPSHOT_DAY } from './snapshot-day.js';

/** Each readiness level's score band, the lowest and highest score the seed gives it. */
const SCORE_BANDS = { LOW: [20, 39], MEDIUM: [40, 69], HIGH: [70, 95] } as const;
/** Years of career at which the experience part of a score is full. */
const FULL_EXPERIENCE_YEARS = 25;
const READINESS_STRENGTHS = {
  LOW: ['성실한 근무 태도', '새로운 일에 대한 의욕', '지역 사정에 밝음'],
  MEDIUM: ['직무 전환 의지', '원만한 대인 관계', '꾸준한 자기 계발'],
  HIGH: ['즉시 근무 가능', '현장 실무 역량', '관리·감독 경험'],
} as const satisfies Record<Readiness, readonly string[]>;

export interface DiagnosedProfile {
  readonly personId: string;
  readonly campusId: string;
  readonly readiness: Readiness;
  readonly registeredOn: string;
}

/**
 * The career diagnosis behind a seeded profile's readiness, made up deterministically: dated
 * days after registration, scored inside the readiness band (higher with a longer career),
 * strengths named after the longest careers, by one of the campus's three counselors.
 */
export function seededDiagnosis(
  profile: DiagnosedProfile,
  careers: ReadonlyArray<{ readonly occupationCode: string; readonly years: number }>,
  occupationName: (code: string) => string,
): typeof careerDiagnoses.$inferInsert {
  const random = seededRandom(`diagnosis:${profile.personId}`);
  const [low, high] = SCORE_BANDS[profile.readiness];
  const width = high - low;
  const totalYears = careers.reduce((sum, career) => sum + career.years, 0);
  const experience = Math.min(totalYears, FULL_EXPERIENCE_YEARS) / FULL_EXPERIENCE_YEARS;
  const score =
    low + Math.round(width * 0.7 * experience) + random.between(0, Math.floor(width * 0.3));
  const yearsByGroup = new Map<string, number>();
  for (const career of careers) {
    yearsByGroup.set(
      career.occupationCode,
      (yearsByGroup.get(career.occupationCode) ?? 0) + career.years,
    );
  }
  const careerStrengths = [...yearsByGroup]
    .sort(([codeA, yearsA], [codeB, yearsB]) => yearsB - yearsA || codeA.localeCompare(codeB))
    .slice(0, 2)
    .map(([code, years]) => `${occupationName(code)} 경력 ${years}년`);
  const diagnosedOn = addDays(profile.registeredOn, random.between(3, 14));
  return {
    personId: profile.personId,
    diagnosedOn: earlierDay(diagnosedOn, SNAPSHOT_DAY),
    readinessScore: Math.min(score, high),
    readiness: profile.readiness,
    strengths: [...careerStrengths, random.pick(READINESS_STRENGTHS[profile.readiness])],
    counselorId: `fp-${profile.campusId.replace('campus-', '')}-0${random.between(1, 3)}`,
    note: null,
  };
}
