import type { Sql, TransactionSql } from 'postgres';
import { personKey } from '../../pseudonym.js';
import { copyRows } from '../copy.js';
import { columnExists } from '../source-tables.js';
import { advanceWatermark, readWatermark } from '../watermarks.js';

/** The source, as named in fact_employment.source and load_watermarks. */
export const EMPLOYMENT_SOURCE = 'ministry.insurance_records';

export interface FactLoadOptions {
  /** The pseudonymisation secret (WAREHOUSE_PERSON_KEY). */
  readonly personSecret: string;
  /** Source rows per batch; each batch is one transaction. */
  readonly batchSize: number;
  /** Called inside each batch's transaction before it commits (tests interrupt loads here). */
  readonly beforeCommit?: (batch: { rows: number; lastId: string }) => Promise<void> | void;
}

export interface FactLoadReport {
  readonly batches: number;
  readonly read: number;
  readonly inserted: number;
  readonly updated: number;
}

interface InsuranceRecord {
  id: string;
  person_id: string;
  employer_id: string;
  industry_code: string;
  workplace_region_code: string;
  residence_region_code: string;
  acquired_on: string;
  lost_on: string | null;
}

const STAGE_COLUMNS = [
  'source_id',
  'person_key',
  'employer_id',
  'industry_code',
  'workplace_region_code',
  'residence_region_code',
  'started_on',
  'ended_on',
] as const;

const RECORD_COLUMNS = `id, person_id, employer_id, industry_code, workplace_region_code,
  residence_region_code, acquired_on::text as acquired_on, lost_on::text as lost_on`;

/**
 * fact_employment from the Ministry's employment-insurance records, incrementally:
 *
 * 1. new records, by id above the source's watermark, in batches;
 * 2. then the records the warehouse still has open (no loss day), re-read in case the loss has
 *    since been recorded — the only change the source makes to a record.
 *
 * Each batch is one transaction: read, pseudonymise, COPY into a staging table, one
 * `INSERT … SELECT … ON CONFLICT DO UPDATE … WHERE … IS DISTINCT FROM`, and the watermark moved
 * forward. A load killed at any point leaves whole batches only; a re-run continues from the
 * watermark, and re-reading a record that is already loaded changes nothing.
 */
export async function loadEmploymentFacts(
  sql: Sql,
  options: FactLoadOptions,
): Promise<FactLoadReport> {
  let report: FactLoadReport = { batches: 0, read: 0, inserted: 0, updated: 0 };
  if (!(await sql.begin((tx) => columnExists(tx, EMPLOYMENT_SOURCE, 'lost_on')))) return report;
  const add = (batch: FactLoadReport) => {
    report = {
      batches: report.batches + batch.batches,
      read: report.read + batch.read,
      inserted: report.inserted + batch.inserted,
      updated: report.updated + batch.updated,
    };
  };

  // 1. New records, above the watermark.
  for (;;) {
    const batch = (await sql.begin(async (tx) => {
      await tx`select pg_advisory_xact_lock(hashtext(${`warehouse.load.${EMPLOYMENT_SOURCE}`}))`;
      const watermark = (await readWatermark(tx, EMPLOYMENT_SOURCE)) ?? '';
      const records = await tx.unsafe<InsuranceRecord[]>(
        `select ${RECORD_COLUMNS} from ministry.insurance_records
         where id > $1 order by id limit $2`,
        [watermark, options.batchSize],
      );
      const last = records.at(-1);
      if (!last) return null;
      const counts = await upsertEmployment(tx, records, options.personSecret);
      await advanceWatermark(tx, EMPLOYMENT_SOURCE, last.id, records.length);
      await options.beforeCommit?.({ rows: records.length, lastId: last.id });
      return { batches: 1, read: records.length, ...counts };
    })) as FactLoadReport | null;
    if (!batch) break;
    add(batch);
  }

  // 2. Open employments the source may have closed since, in batches by id.
  for (let after = ''; ; ) {
    const batch = (await sql.begin(async (tx) => {
      await tx`select pg_advisory_xact_lock(hashtext(${`warehouse.load.${EMPLOYMENT_SOURCE}`}))`;
      const records = await tx.unsafe<InsuranceRecord[]>(
        `select r.id, r.person_id, r.employer_id, r.industry_code, r.workplace_region_code,
           r.residence_region_code, r.acquired_on::text as acquired_on, r.lost_on::text as lost_on
         from warehouse.fact_employment f
         join ministry.insurance_records r on r.id = f.source_id
         where f.source = $1 and f.ended_on is null and r.lost_on is not null and r.id > $2
         order by r.id limit $3`,
        [EMPLOYMENT_SOURCE, after, options.batchSize],
      );
      const last = records.at(-1);
      if (!last) return null;
      const counts = await upsertEmployment(tx, records, options.personSecret);
      await options.beforeCommit?.({ rows: records.length, lastId: last.id });
      return { batches: 1, read: records.length, ...counts, lastId: last.id };
    })) as (FactLoadReport & { lastId: string }) | null;
    if (!batch) break;
    add(batch);
    after = batch.lastId;
  }
  return report;
}

/** Stages one batch and merges it into fact_employment; returns what changed. */
async function upsertEmployment(
  tx: TransactionSql,
  records: readonly InsuranceRecord[],
  secret: string,
): Promise<{ inserted: number; updated: number }> {
  await tx`
    create temp table if not exists stage_employment (
      source_id text primary key, person_key text not null, employer_id text not null,
      industry_code text not null, workplace_region_code text not null,
      residence_region_code text not null, started_on date not null, ended_on date
    ) on commit delete rows`;
  await copyRows(
    tx,
    'stage_employment',
    STAGE_COLUMNS,
    records.map((record) => [
      record.id,
      personKey(record.person_id, secret),
      record.employer_id,
      record.industry_code,
      record.workplace_region_code,
      record.residence_region_code,
      record.acquired_on,
      record.lost_on,
    ]),
  );
  // Every code must be in the dimensions: a record that cannot be placed is an error, not a gap.
  const unknown = await tx<{ source_id: string; problem: string }[]>`
    select s.source_id, case
        when i.industry_key is null then 'industry ' || s.industry_code
        when not exists (select 1 from warehouse.dim_region r where r.code = s.workplace_region_code)
          then 'region ' || s.workplace_region_code
        when not exists (select 1 from warehouse.dim_region r where r.code = s.residence_region_code)
          then 'region ' || s.residence_region_code
        else 'day ' || s.started_on end as problem
    from stage_employment s
    left join warehouse.dim_industry i on i.code = s.industry_code
    where i.industry_key is null
      or not exists (select 1 from warehouse.dim_region r where r.code = s.workplace_region_code)
      or not exists (select 1 from warehouse.dim_region r where r.code = s.residence_region_code)
      or not exists (select 1 from warehouse.dim_date d where d.day = s.started_on)
      or (s.ended_on is not null
        and not exists (select 1 from warehouse.dim_date d where d.day = s.ended_on))
    limit 5`;
  if (unknown.length > 0) {
    throw new Error(
      `fact_employment: ${unknown.map((row) => `${row.source_id}: unknown ${row.problem}`).join('; ')} (load the dimensions first)`,
    );
  }
  const rows = await tx<{ inserted: boolean }[]>`
    insert into warehouse.fact_employment (
      source, source_id, person_key, employer_id, industry_key, workplace_region_key,
      residence_region_key, start_date_key, end_date_key, started_on, ended_on)
    select ${EMPLOYMENT_SOURCE}, s.source_id, s.person_key, s.employer_id, i.industry_key,
      w.region_key, h.region_key, to_char(s.started_on, 'YYYYMMDD')::int,
      to_char(s.ended_on, 'YYYYMMDD')::int, s.started_on, s.ended_on
    from stage_employment s
    join warehouse.dim_industry i on i.code = s.industry_code
    cross join lateral (
      -- The code's row valid on the start day; else (a source that kept an old code) its latest.
      select r.region_key from warehouse.dim_region r
      where r.code = s.workplace_region_code
      order by (s.started_on between coalesce(r.valid_from, '-infinity'::date)
        and coalesce(r.valid_to, 'infinity'::date)) desc, r.valid_from desc nulls last
      limit 1) w
    cross join lateral (
      -- The code's row valid on the start day; else (a source that kept an old code) its latest.
      select r.region_key from warehouse.dim_region r
      where r.code = s.residence_region_code
      order by (s.started_on between coalesce(r.valid_from, '-infinity'::date)
        and coalesce(r.valid_to, 'infinity'::date)) desc, r.valid_from desc nulls last
      limit 1) h
    on conflict (source, source_id) do update set
      person_key = excluded.person_key, employer_id = excluded.employer_id,
      industry_key = excluded.industry_key, workplace_region_key = excluded.workplace_region_key,
      residence_region_key = excluded.residence_region_key,
      start_date_key = excluded.start_date_key, end_date_key = excluded.end_date_key,
      started_on = excluded.started_on, ended_on = excluded.ended_on
    where (fact_employment.person_key, fact_employment.employer_id, fact_employment.industry_key,
        fact_employment.workplace_region_key, fact_employment.residence_region_key,
        fact_employment.started_on, fact_employment.ended_on)
      is distinct from (excluded.person_key, excluded.employer_id, excluded.industry_key,
        excluded.workplace_region_key, excluded.residence_region_key, excluded.started_on,
        excluded.ended_on)
    returning (xmax = 0) as inserted`;
  const inserted = rows.filter((row) => row.inserted).length;
  return { inserted, updated: rows.length - inserted };
}
