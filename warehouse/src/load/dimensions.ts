import { readCsv, referenceData } from '@jobgraph/data';
import type { Sql, TransactionSql } from 'postgres';
import { AGE_BANDS } from '../age-bands.js';
import { agencyRows } from './agencies.js';
import { programRows } from './programs.js';
import { buildRegionRows, readRegionsCsv } from './regions.js';
import { columnExists } from './source-tables.js';
import { type UpsertResult, upsertRows } from './upsert.js';

export interface DimensionLoadOptions {
  /** The calendar's first and last day; widened to cover the agencies' dates. */
  readonly calendarFrom?: string;
  readonly calendarTo?: string;
}

export type DimensionLoadReport = Record<
  | 'dim_date'
  | 'dim_region'
  | 'dim_agency'
  | 'dim_program'
  | 'dim_age_band'
  | 'dim_industry'
  | 'dim_occupation',
  UpsertResult
>;

type CodeRow = { code: string; name_ko: string; name_en: string };

/**
 * Loads every dimension in one transaction, from the reference code lists and from the agencies'
 * tables in the same database (those that exist). Idempotent: a re-run inserts and updates
 * nothing. Rows are never deleted, since facts may still name them.
 */
export async function loadDimensions(
  sql: Sql,
  options: DimensionLoadOptions = {},
): Promise<DimensionLoadReport> {
  const [regions, industries, occupations] = await Promise.all([
    readRegionsCsv(),
    readCsv<CodeRow>(referenceData, 'ksic-sections.csv'),
    readCsv<CodeRow>(referenceData, 'keco-major.csv'),
  ]);
  const labelled = (rows: CodeRow[]) =>
    rows.map((row) => ({ code: row.code, label_ko: row.name_ko, label_en: row.name_en }));
  return sql.begin(async (tx) => {
    // One loader at a time: a second waits rather than interleaving its upserts.
    await tx`select pg_advisory_xact_lock(hashtext('warehouse.load.dimensions'))`;
    return {
      dim_date: await loadCalendar(tx, options),
      dim_region: await upsertRows(
        tx,
        'dim_region',
        ['code', 'valid_from'],
        buildRegionRows(regions),
      ),
      dim_agency: await upsertRows(tx, 'dim_agency', ['unit_id'], await agencyRows(tx)),
      dim_program: await upsertRows(tx, 'dim_program', ['variant_id'], await programRows(tx)),
      dim_age_band: await upsertRows(
        tx,
        'dim_age_band',
        ['code'],
        AGE_BANDS.map((band, index) => ({
          code: band.code,
          label: band.label,
          min_age: band.minAge,
          max_age: band.maxAge,
          sort_order: index + 1,
        })),
      ),
      dim_industry: await upsertRows(tx, 'dim_industry', ['code'], labelled(industries)),
      dim_occupation: await upsertRows(tx, 'dim_occupation', ['code'], labelled(occupations)),
    };
  }) as Promise<DimensionLoadReport>;
}

const DEFAULT_CALENDAR = { from: '2015-01-01', to: '2030-12-31' };

/** The days the agencies' records fall on, from the tables that exist. */
const DATED_COLUMNS: ReadonlyArray<readonly [table: string, column: string]> = [
  ['ministry.insurance_records', 'acquired_on'],
  ['ministry.insurance_records', 'lost_on'],
  ['fiftyplus.enrollments', 'enrolled_on'],
  ['city.program_applications', 'submitted_at'],
  ['districts.placements', 'placed_on'],
];

async function sourceDateSpan(
  sql: TransactionSql,
): Promise<{ from: string | null; to: string | null }> {
  let from: string | null = null;
  let to: string | null = null;
  for (const [table, column] of DATED_COLUMNS) {
    if (!(await columnExists(sql, table, column))) continue;
    const [span] = await sql<{ from: string | null; to: string | null }[]>`
      select min(${sql(column)})::date::text as from, max(${sql(column)})::date::text as to
      from ${sql.unsafe(table)}`;
    if (span?.from && (from === null || span.from < from)) from = span.from;
    if (span?.to && (to === null || span.to > to)) to = span.to;
  }
  return { from, to };
}

/** dim_date: every day of the range; a day's attributes never change, so existing days stay. */
async function loadCalendar(
  sql: TransactionSql,
  options: DimensionLoadOptions,
): Promise<UpsertResult> {
  const span = await sourceDateSpan(sql);
  const from = [options.calendarFrom ?? DEFAULT_CALENDAR.from, span.from]
    .filter((day): day is string => day !== null)
    .sort()[0];
  const to = [options.calendarTo ?? DEFAULT_CALENDAR.to, span.to]
    .filter((day): day is string => day !== null)
    .sort()
    .at(-1);
  const rows = await sql<{ count: number }[]>`
    with inserted as (
      insert into warehouse.dim_date (
        date_key, day, year, quarter, month, day_of_month, iso_year, iso_week, iso_weekday,
        is_weekend, month_start)
      select to_char(d, 'YYYYMMDD')::int, d, extract(year from d), extract(quarter from d),
        extract(month from d), extract(day from d), extract(isoyear from d), extract(week from d),
        extract(isodow from d), extract(isodow from d) >= 6, date_trunc('month', d)::date
      from generate_series(${from ?? null}::date, ${to ?? null}::date, interval '1 day') as g(t),
        lateral (select t::date as d) as day
      on conflict (date_key) do nothing
      returning 1)
    select count(*)::int as count from inserted`;
  return { inserted: rows[0]?.count ?? 0, updated: 0 };
}
