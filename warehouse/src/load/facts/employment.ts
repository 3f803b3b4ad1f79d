import type { TransactionSql } from 'postgres';
import {
  type FactSource,
  type FactTarget,
  failOnUnknown,
  regionKeySql,
  regionOnDaySql,
} from './fact-load.js';

/** The source, as named in fact_employment.source and load_watermarks. */
export const EMPLOYMENT_SOURCE = 'ministry.insurance_records';

/**
 * The Ministry's employment-insurance records. A record changes once in its life, when the loss
 * is recorded; that is a new row version, so the next load reads it again.
 */
export const EMPLOYMENT_SOURCES: readonly FactSource[] = [
  {
    source: EMPLOYMENT_SOURCE,
    table: 'ministry.insurance_records',
    alias: 'r',
    requires: ['ministry.insurance_records'],
    from: 'ministry.insurance_records r',
    member: 'r.person_id',
    columns: {
      source_id: 'r.id',
      employer_id: 'r.employer_id',
      industry_code: 'r.industry_code',
      workplace_region_code: 'r.workplace_region_code',
      residence_region_code: 'r.residence_region_code',
      started_on: 'r.acquired_on',
      ended_on: 'r.lost_on',
    },
  },
];

const unknownCodes = (tx: TransactionSql) => tx<{ source_id: string; problem: string }[]>`
  select s.source_id, case
      when i.industry_key is null then 'industry ' || s.industry_code
      when not exists (select 1 from warehouse.dim_region r where r.code = s.workplace_region_code)
        then 'region ' || s.workplace_region_code
      else 'region ' || s.residence_region_code end as problem
  from stage_employment s
  left join warehouse.dim_industry i on i.code = s.industry_code
  where i.industry_key is null
    or not exists (select 1 from warehouse.dim_region r where r.code = s.workplace_region_code)
    or not exists (select 1 from warehouse.dim_region r where r.code = s.residence_region_code)
  limit 5`;

/**
 * fact_employment: one row per insurance record, its regions those valid on the start day. A
 * person whose employments changed is queued for the placement refresh in the same transaction.
 */
export const EMPLOYMENT_TARGET: FactTarget = {
  fact: 'fact_employment',
  stage: 'stage_employment',
  dayColumns: ['started_on', 'ended_on'],
  stageColumns: {
    source_id: 'text primary key',
    person_key: 'text not null',
    employer_id: 'text not null',
    industry_code: 'text not null',
    workplace_region_code: 'text not null',
    residence_region_code: 'text not null',
    started_on: 'date not null',
    ended_on: 'date',
  },
  check: async (tx) => failOnUnknown('fact_employment', await unknownCodes(tx)),
  insert: `insert into warehouse.fact_employment as f (
        source, source_id, person_key, employer_id, industry_key, workplace_region_key,
        residence_region_key, start_date_key, end_date_key, started_on, ended_on)
      select $1, s.source_id, s.person_key, s.employer_id, i.industry_key,
        ${regionKeySql('w')}, ${regionKeySql('h')}, to_char(s.started_on, 'YYYYMMDD')::int,
        to_char(s.ended_on, 'YYYYMMDD')::int, s.started_on, s.ended_on
      from stage_employment s
      join warehouse.dim_industry i on i.code = s.industry_code
      ${regionOnDaySql('s.workplace_region_code', 's.started_on', 'w')}
      ${regionOnDaySql('s.residence_region_code', 's.started_on', 'h')}`,
  conflict: `on conflict (source, source_id) do update set
        person_key = excluded.person_key, employer_id = excluded.employer_id,
        industry_key = excluded.industry_key,
        workplace_region_key = excluded.workplace_region_key,
        residence_region_key = excluded.residence_region_key,
        start_date_key = excluded.start_date_key, end_date_key = excluded.end_date_key,
        started_on = excluded.started_on, ended_on = excluded.ended_on
      where (f.person_key, f.employer_id, f.industry_key, f.workplace_region_key,
          f.residence_region_key, f.started_on, f.ended_on)
        is distinct from (excluded.person_key, excluded.employer_id, excluded.industry_key,
          excluded.workplace_region_key, excluded.residence_region_key, excluded.started_on,
          excluded.ended_on)`,
  queues: true,
};
