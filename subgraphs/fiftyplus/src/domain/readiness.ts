export type Readiness = 'LOW' | 'MEDIUM' | 'HIGH';
export type CourseTrack = 'BASIC' | 'EXPLORATION' | 'FAST_TRACK' | 'REGULAR';

/**
 * The diagnosis score bands: the lowest score of each readiness level. The database checks the
 * same bands (career_diagnoses_readiness_band).
 */
export const READINESS_BANDS = { MEDIUM: 40, HIGH: 70 } as const;

export function readinessOfScore(score: number): Readiness {
  if (score >= READINESS_BANDS.HIGH) return 'HIGH';
  if (score >= READINESS_BANDS.MEDIUM) return 'MEDIUM';
  return 'LOW';
}

/** The course after the basic education that suits each readiness level. */
export const TRACK_FOR_READINESS = {
  LOW: 'EXPLORATION',
  MEDIUM: 'REGULAR',
  HIGH: 'FAST_TRACK',
} as const satisfies Record<Readiness, CourseTrack>;

/** Which readiness levels each track admits (after the basic education). */
export const READINESS_FOR_TRACK = {
  BASIC: ['LOW', 'MEDIUM', 'HIGH', null],
  EXPLORATION: ['LOW', 'MEDIUM', 'HIGH', null],
  REGULAR: ['MEDIUM', 'HIGH'],
  FAST_TRACK: ['HIGH'],
} as const satisfies Record<CourseTrack, ReadonlyArray<Readiness | null>>;

export function trackSuits(track: CourseTrack, readiness: Readiness | null): boolean {
  return (READINESS_FOR_TRACK[track] as ReadonlyArray<Readiness | null>).includes(readiness);
}
