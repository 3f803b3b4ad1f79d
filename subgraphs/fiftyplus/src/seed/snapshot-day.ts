/**
 * The day the synthetic records describe (data/generators/population.ts `TODAY`): generated
 * diagnoses and enrolments are dated, and their statuses judged, as of this day, so the seed is
 * the same whenever it runs.
 */
export const SNAPSHOT_DAY = '2026-11-25';
