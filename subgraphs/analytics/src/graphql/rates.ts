import type { Sql } from '@jobgraph/db';
import type { QuarterRange } from './quarters.js';

/** A report cell as the API serves it (`PlacementRate`): one cohort quarter of one region or
 * programme, its figures null where the view suppresses them. */
export interface PlacementRateRow {
  readonly cohort: string;
  readonly participants: number | null;
  readonly placed: number | null;
  readonly rate: number | null;
  readonly retention6mRate: number | null;
  readonly retention12mRate: number | null;
  readonly medianDaysToPlacement: number | null;
  readonly suppressed: boolean;
  readonly suppression: 'PRIMARY' | 'COMPLEMENTARY' | null;
  readonly provisional: boolean;
}

/** A row of a `reports.placement_by_*` view with the measures as numbers, and whose it is. */
export interface RateRecord {
  readonly key: string;
  readonly cohort: string;
  readonly participants: number | null;
  readonly placed: number | null;
  readonly rate: number | null;
  readonly retention_6m_rate: number | null;
  readonly retention_12m_rate: number | null;
  readonly median_days: number | null;
  readonly suppressed: boolean;
  readonly suppression: 'primary' | 'complementary' | null;
  readonly provisional: boolean;
}

/**
 * The measures of a report view aliased `r`, numerics as float8 (the views round them; postgres.js
 * would return numerics as strings).
 */
export function rateColumns(sql: Sql) {
  return sql`r.cohort, r.participants, r.placed, r.placement_rate::float8 as rate,
    r.retention_6m_rate::float8 as retention_6m_rate,
    r.retention_12m_rate::float8 as retention_12m_rate,
    r.median_days_to_placement::float8 as median_days, r.suppressed, r.suppression,
    r.provisional`;
}

/** `and` the cohort quarters of the range, on the view's date column (which the planner can push
 * into the views' window partitions, unlike the `cohort` text). */
export function cohortsWithin(sql: Sql, range: QuarterRange) {
  return sql`${range.from === null ? sql`` : sql`and r.cohort_quarter >= ${range.from}::date`}
    ${range.to === null ? sql`` : sql`and r.cohort_quarter <= ${range.to}::date`}`;
}

export function toPlacementRate(record: RateRecord): PlacementRateRow {
  return {
    cohort: record.cohort,
    participants: record.participants,
    placed: record.placed,
    rate: record.rate,
    retention6mRate: record.retention_6m_rate,
    retention12mRate: record.retention_12m_rate,
    medianDaysToPlacement: record.median_days,
    suppressed: record.suppressed,
    suppression:
      record.suppression === 'primary'
        ? 'PRIMARY'
        : record.suppression === 'complementary'
          ? 'COMPLEMENTARY'
          : null,
    provisional: record.provisional,
  };
}
