import type { Sql } from 'postgres';

/** The measures every placement report shows, after its own key columns. */
const MEASURES = [
  'participants',
  'placed',
  'placement_rate',
  'retention_6m_rate',
  'retention_12m_rate',
  'median_days_to_placement',
  'suppression',
  'provisional',
] as const;

interface Grouping {
  readonly view: string;
  /** Key columns, shown first and ordered by (after the cohort). */
  readonly keys: readonly string[];
  readonly measures: readonly string[];
  /** A fixed condition of this grouping (a column and its value). */
  readonly where?: readonly [column: string, value: string];
}

const region = (level: 'sido' | 'sigungu', view = 'placement_by_region'): Grouping => ({
  view,
  keys: ['region_code', 'region_en', 'region_ko'],
  measures: MEASURES,
  where: ['level', level],
});

/** Reports by name, and the groupings (`--by`) each offers; the first is the default. */
export const REPORTS: Readonly<Record<string, Readonly<Record<string, Grouping>>>> = {
  'placement-rate': {
    region: region('sido'),
    sigungu: region('sigungu'),
    program: {
      view: 'placement_by_program',
      keys: ['agency_code', 'program_id', 'program_en'],
      measures: MEASURES,
    },
    'age-band': {
      view: 'placement_by_age_band',
      keys: ['age_band', 'age_band_label'],
      measures: MEASURES,
    },
    agency: {
      view: 'placement_by_agency',
      keys: ['agency_code', 'unit_id', 'unit_en'],
      measures: MEASURES,
    },
    all: { view: 'placement_overall', keys: [], measures: MEASURES },
  },
  'regional-comparison': {
    region: {
      ...region('sido', 'regional_comparison'),
      measures: [
        'participants',
        'placement_rate',
        'all_region_placement_rate',
        'placement_rate_difference_pp',
        'retention_6m_rate',
        'all_region_retention_6m_rate',
        'retention_6m_difference_pp',
        'suppression',
        'provisional',
      ],
    },
    sigungu: {
      ...region('sigungu', 'regional_comparison'),
      measures: [
        'participants',
        'placement_rate',
        'all_region_placement_rate',
        'placement_rate_difference_pp',
        'retention_6m_rate',
        'all_region_retention_6m_rate',
        'retention_6m_difference_pp',
        'suppression',
        'provisional',
      ],
    },
  },
};

export class ReportRequestError extends Error {
  override readonly name = 'ReportRequestError';
}

export interface ReportRequest {
  readonly name: string;
  readonly by?: string;
  /** First and last cohort month (`YYYY-MM`), inclusive; their quarters bound the cohorts. */
  readonly from?: string;
  readonly to?: string;
}

export interface ReportResult {
  readonly columns: readonly string[];
  readonly rows: ReadonlyArray<Record<string, string | number | boolean | null>>;
}

const MONTH = /^(\d{4})-(0[1-9]|1[0-2])$/;

/** The grouping a request names, or a ReportRequestError saying what is wrong. */
export function resolveReport(request: ReportRequest): Grouping {
  const groupings = REPORTS[request.name];
  if (!groupings) {
    throw new ReportRequestError(
      `unknown report ${JSON.stringify(request.name)}; reports: ${Object.keys(REPORTS).join(', ')}`,
    );
  }
  const by = request.by ?? Object.keys(groupings)[0] ?? '';
  const grouping = groupings[by];
  if (!grouping) {
    throw new ReportRequestError(
      `report ${request.name} cannot be grouped by ${JSON.stringify(by)}; --by ${Object.keys(groupings).join('|')}`,
    );
  }
  for (const [flag, value] of [
    ['--from', request.from],
    ['--to', request.to],
  ] as const) {
    if (value !== undefined && !MONTH.test(value)) {
      throw new ReportRequestError(
        `${flag}: expected a month as YYYY-MM, got ${JSON.stringify(value)}`,
      );
    }
  }
  if (request.from && request.to && request.from > request.to) {
    throw new ReportRequestError(`--from ${request.from} is after --to ${request.to}`);
  }
  return grouping;
}

/**
 * Runs a report over the views in schema `reports` (what the analysts' role may read), in a
 * read-only transaction. Numbers come back as numbers; suppressed measures as null.
 */
export async function runReport(sql: Sql, request: ReportRequest): Promise<ReportResult> {
  const grouping = resolveReport(request);
  const columns = ['cohort', ...grouping.keys, ...grouping.measures];
  const conditions: string[] = [];
  const parameters: string[] = [];
  if (grouping.where) {
    parameters.push(grouping.where[1]);
    conditions.push(`${grouping.where[0]} = $${parameters.length}`);
  }
  if (request.from) {
    parameters.push(`${request.from}-01`);
    conditions.push(`cohort_quarter >= date_trunc('quarter', $${parameters.length}::date)`);
  }
  if (request.to) {
    parameters.push(`${request.to}-01`);
    conditions.push(`cohort_quarter <= date_trunc('quarter', $${parameters.length}::date)`);
  }
  const text = `select ${columns.join(', ')} from reports.${grouping.view}
    ${conditions.length > 0 ? `where ${conditions.join(' and ')}` : ''}
    order by cohort_quarter${grouping.keys.length > 0 ? `, ${grouping.keys[0]}` : ''}`;
  const rows = await sql.begin('read only', (tx) =>
    tx.unsafe<Record<string, string | number | boolean | null>[]>(text, parameters),
  );
  return {
    columns,
    rows: rows.map((row) =>
      Object.fromEntries(
        columns.map((column) => {
          const value = row[column] ?? null;
          // numeric arrives as text, to keep its precision; reports want numbers.
          return [column, typeof value === 'string' && NUMERIC.has(column) ? Number(value) : value];
        }),
      ),
    ),
  };
}

const NUMERIC = new Set([
  'placement_rate',
  'retention_6m_rate',
  'retention_12m_rate',
  'median_days_to_placement',
  'all_region_placement_rate',
  'placement_rate_difference_pp',
  'all_region_retention_6m_rate',
  'retention_6m_difference_pp',
]);
