/** The stages of a case file, in the order a job seeker normally goes through them. */
export const CASE_STAGES = [
  'INTAKE',
  'DIAGNOSIS',
  'PLAN',
  'TRAINING',
  'JOB_SEARCH',
  'PLACED',
  'FOLLOW_UP',
] as const;

export type CaseStage = (typeof CASE_STAGES)[number];

/**
 * Where a file may go from each stage: forward one stage; from PLAN straight to JOB_SEARCH for
 * someone who needs no training; from JOB_SEARCH back to TRAINING when the search shows a gap.
 * Nothing else, so PLACED is only ever reached from JOB_SEARCH.
 */
export const CASE_TRANSITIONS: Readonly<Record<CaseStage, readonly CaseStage[]>> = {
  INTAKE: ['DIAGNOSIS'],
  DIAGNOSIS: ['PLAN'],
  PLAN: ['TRAINING', 'JOB_SEARCH'],
  TRAINING: ['JOB_SEARCH'],
  JOB_SEARCH: ['PLACED', 'TRAINING'],
  PLACED: ['FOLLOW_UP'],
  FOLLOW_UP: [],
};

export function canMove(from: CaseStage, to: CaseStage): boolean {
  return CASE_TRANSITIONS[from].includes(to);
}
