import type { TransactionSql } from 'postgres';
import { ageAtSql } from '../../pseudonym.js';
import {
  type FactSource,
  type FactTarget,
  failOnUnknown,
  regionKeySql,
  regionOnDaySql,
} from './fact-load.js';
import {
  CASE_MANAGEMENT_VARIANT,
  ENROLMENT_VARIANT,
  ENROLMENTS_FROM,
  koreanDay,
} from './source-sql.js';

/**
 * Where participations come from: one row per person × programme in each agency's terms. Ages
 * are taken at enrolment and leave staging as a number; birth dates never do.
 */
export const PARTICIPATION_SOURCES: readonly FactSource[] = [
  {
    source: 'ministry.case_files',
    table: 'ministry.case_files',
    alias: 'f',
    requires: ['ministry.case_files'],
    from: 'ministry.case_files f',
    member: 'f.person_id',
    columns: {
      source_id: 'f.id',
      variant_id: `'${CASE_MANAGEMENT_VARIANT}'`,
      unit_id: 'f.center_id',
      region_code: 'f.residence_region_code',
      age: ageAtSql('f.birth_date', 'f.opened_on'),
      enrolled_on: 'f.opened_on',
      ended_on: 'f.closed_on',
      // A transfer ends the file here; the receiving center opens its own.
      outcome: `case when f.closed_on is null then 'ONGOING'
        when f.closure_reason = 'COMPLETED' then 'COMPLETED' else 'LEFT' end`,
      source_status: `f.stage || coalesce('/' || f.closure_reason, '')`,
    },
  },
  {
    source: 'fiftyplus.enrollments',
    table: 'fiftyplus.enrollments',
    alias: 'e',
    requires: ['fiftyplus.enrollments', 'fiftyplus.courses', 'fiftyplus.talent_profiles'],
    from: ENROLMENTS_FROM,
    member: 'e.person_id',
    columns: {
      source_id: 'e.id::text',
      variant_id: ENROLMENT_VARIANT,
      unit_id: 'c.campus_id',
      region_code: 'p.residence_region_code',
      age: ageAtSql('p.birth_date', 'e.enrolled_on'),
      enrolled_on: 'e.enrolled_on',
      ended_on: 'coalesce(e.completed_on, e.withdrawn_on)',
      outcome: `case e.status when 'COMPLETED' then 'COMPLETED' when 'WITHDRAWN' then 'LEFT'
        else 'ONGOING' end`,
      source_status: 'e.status',
    },
  },
  {
    // Mid-career Experienced Talent support: a supported job (hiring or job experience).
    source: 'fiftyplus.placements',
    table: 'fiftyplus.placements',
    alias: 't',
    requires: ['fiftyplus.placements', 'fiftyplus.talent_profiles'],
    from: `fiftyplus.placements t
      join fiftyplus.talent_profiles p on p.person_id = t.person_id`,
    member: 't.person_id',
    columns: {
      source_id: 't.id',
      variant_id: `'fiftyplus:' || t.program_id || '/-/-/-'`,
      unit_id: 'p.campus_id',
      region_code: 'p.residence_region_code',
      age: ageAtSql('p.birth_date', 't.started_on'),
      enrolled_on: 't.started_on',
      ended_on: 't.ended_on',
      outcome: `case when t.ended_on is null then 'ONGOING' else 'COMPLETED' end`,
      source_status: 't.support_type',
    },
  },
  {
    // Seoul Attractive Jobs: the city records applications and decisions, not when work ends.
    source: 'city.program_applications',
    table: 'city.program_applications',
    alias: 'a',
    requires: ['city.program_applications'],
    from: 'city.program_applications a',
    member: 'a.member_id',
    columns: {
      source_id: 'a.id::text',
      variant_id: `'city:' || a.program_id || '/' || a.sector || '/'
        || coalesce(a.program_type_id, '-') || '/' || coalesce(a.training_field_code, '-')`,
      unit_id: `'city'`,
      region_code: 'a.residence_region_code',
      age: ageAtSql('a.birth_date', koreanDay('a.submitted_at')),
      enrolled_on: koreanDay('a.submitted_at'),
      ended_on: 'null::date',
      outcome: `case a.status when 'REJECTED' then 'NOT_ADMITTED' when 'WITHDRAWN' then 'LEFT'
        else 'ONGOING' end`,
      source_status: 'a.status',
    },
  },
  {
    // The district centers record the placements they made (each with its insurance record),
    // not everyone they served: a placement is a participation that ended placed that day.
    source: 'districts.placements',
    table: 'districts.placements',
    alias: 'd',
    requires: ['districts.placements', 'districts.centers', 'ministry.insurance_records'],
    from: `districts.placements d
      join districts.centers c on c.id = d.center_id
      left join ministry.insurance_records r on r.id = d.insurance_record_id`,
    member: 'd.person_id',
    columns: {
      source_id: 'd.id',
      variant_id: `'districts:' || d.service_code || '/-/-/-'`,
      unit_id: 'd.center_id',
      region_code: 'coalesce(r.residence_region_code, c.region_code)',
      age: 'null::int',
      enrolled_on: 'd.placed_on',
      ended_on: 'd.placed_on',
      outcome: `'COMPLETED'`,
      source_status: `'PLACED'`,
    },
  },
];

const unknownCodes = (tx: TransactionSql) => tx<{ source_id: string; problem: string }[]>`
  select s.source_id, case
      when p.program_key is null then 'programme ' || s.variant_id
      when a.agency_key is null then 'agency unit ' || s.unit_id
      else 'region ' || s.region_code end as problem
  from stage_participation s
  left join warehouse.dim_program p on p.variant_id = s.variant_id
  left join warehouse.dim_agency a on a.unit_id = s.unit_id
  where p.program_key is null or a.agency_key is null
    or (s.region_code is not null
      and not exists (select 1 from warehouse.dim_region r where r.code = s.region_code))
  limit 5`;

/**
 * fact_participation. A person whose participations changed is queued for the placement refresh
 * in the same transaction.
 */
export const PARTICIPATION_TARGET: FactTarget = {
  fact: 'fact_participation',
  stage: 'stage_participation',
  dayColumns: ['enrolled_on', 'ended_on'],
  stageColumns: {
    source_id: 'text primary key',
    person_key: 'text not null',
    variant_id: 'text not null',
    unit_id: 'text not null',
    region_code: 'text',
    age: 'int',
    enrolled_on: 'date not null',
    ended_on: 'date',
    outcome: 'text not null',
    source_status: 'text not null',
  },
  check: async (tx) => failOnUnknown('fact_participation', await unknownCodes(tx)),
  insert: `insert into warehouse.fact_participation as f (
        source, source_id, person_key, program_key, agency_key, region_key, age_band_key,
        enrolled_date_key, ended_date_key, enrolled_on, ended_on, outcome, source_status)
      select $1, s.source_id, s.person_key, p.program_key, a.agency_key, ${regionKeySql('r')},
        b.age_band_key, to_char(s.enrolled_on, 'YYYYMMDD')::int,
        to_char(s.ended_on, 'YYYYMMDD')::int, s.enrolled_on, s.ended_on, s.outcome,
        s.source_status
      from stage_participation s
      join warehouse.dim_program p on p.variant_id = s.variant_id
      join warehouse.dim_agency a on a.unit_id = s.unit_id
      ${regionOnDaySql('s.region_code', 's.enrolled_on', 'r')}
      left join warehouse.dim_age_band b
        on s.age between coalesce(b.min_age, 0) and coalesce(b.max_age, 32767)`,
  conflict: `on conflict (source, source_id) do update set
        person_key = excluded.person_key, program_key = excluded.program_key,
        agency_key = excluded.agency_key, region_key = excluded.region_key,
        age_band_key = excluded.age_band_key, enrolled_date_key = excluded.enrolled_date_key,
        ended_date_key = excluded.ended_date_key, enrolled_on = excluded.enrolled_on,
        ended_on = excluded.ended_on, outcome = excluded.outcome,
        source_status = excluded.source_status
      where (f.person_key, f.program_key, f.agency_key, f.region_key, f.age_band_key,
          f.enrolled_on, f.ended_on, f.outcome, f.source_status)
        is distinct from (excluded.person_key, excluded.program_key, excluded.agency_key,
          excluded.region_key, excluded.age_band_key, excluded.enrolled_on, excluded.ended_on,
          excluded.outcome, excluded.source_status)`,
  queues: true,
};
