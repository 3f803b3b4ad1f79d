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

/** Service events: consultations (district desks, Ministry counselors), trainings, diagnoses. */
export const SERVICE_SOURCES: readonly FactSource[] = [
  {
    source: 'districts.consultations',
    table: 'districts.consultations',
    alias: 'c',
    requires: ['districts.consultations', 'districts.consultation_slots'],
    from: `districts.consultations c
      join districts.consultation_slots s on s.id = c.slot_id`,
    member: 'c.member_id',
    columns: {
      source_id: 'c.id::text',
      service_kind: `'CONSULTATION'`,
      unit_id: 's.center_id',
      variant_id: `'districts:' || s.service_code || '/-/-/-'`,
      region_code: 'null::text',
      age: 'null::int',
      on_day: koreanDay('s.starts_at'),
      source_status: 'c.status',
    },
  },
  {
    // A counselor's note on a case file records a counselling contact.
    source: 'ministry.case_notes',
    table: 'ministry.case_notes',
    alias: 'n',
    requires: ['ministry.case_notes', 'ministry.case_files'],
    from: `ministry.case_notes n
      join ministry.case_files f on f.id = n.case_file_id`,
    member: 'f.person_id',
    columns: {
      source_id: 'n.id::text',
      service_kind: `'CONSULTATION'`,
      unit_id: 'f.center_id',
      variant_id: `'${CASE_MANAGEMENT_VARIANT}'`,
      region_code: 'f.residence_region_code',
      age: ageAtSql('f.birth_date', koreanDay('n.written_at')),
      on_day: koreanDay('n.written_at'),
      source_status: `'NOTE'`,
    },
  },
  {
    source: 'fiftyplus.career_diagnoses',
    table: 'fiftyplus.career_diagnoses',
    alias: 'd',
    requires: ['fiftyplus.career_diagnoses', 'fiftyplus.talent_profiles'],
    from: `fiftyplus.career_diagnoses d
      join fiftyplus.talent_profiles p on p.person_id = d.person_id`,
    member: 'd.person_id',
    columns: {
      source_id: 'd.id::text',
      service_kind: `'DIAGNOSIS'`,
      unit_id: 'p.campus_id',
      variant_id: 'null::text',
      region_code: 'p.residence_region_code',
      age: ageAtSql('p.birth_date', 'd.diagnosed_on'),
      on_day: 'd.diagnosed_on',
      source_status: 'd.readiness',
    },
  },
  {
    // A course enrolment is a participation and, from its first day, a training.
    source: 'fiftyplus.enrollments',
    table: 'fiftyplus.enrollments',
    alias: 'e',
    requires: ['fiftyplus.enrollments', 'fiftyplus.courses', 'fiftyplus.talent_profiles'],
    from: ENROLMENTS_FROM,
    member: 'e.person_id',
    columns: {
      source_id: 'e.id::text',
      service_kind: `'TRAINING'`,
      unit_id: 'c.campus_id',
      variant_id: ENROLMENT_VARIANT,
      region_code: 'p.residence_region_code',
      age: ageAtSql('p.birth_date', 'c.starts_on'),
      on_day: 'c.starts_on',
      source_status: 'e.status',
    },
  },
];

const unknownCodes = (tx: TransactionSql) => tx<{ source_id: string; problem: string }[]>`
  select s.source_id, case
      when a.agency_key is null then 'agency unit ' || s.unit_id
      when s.variant_id is not null and p.program_key is null then 'programme ' || s.variant_id
      else 'region ' || s.region_code end as problem
  from stage_service s
  left join warehouse.dim_program p on p.variant_id = s.variant_id
  left join warehouse.dim_agency a on a.unit_id = s.unit_id
  where a.agency_key is null or (s.variant_id is not null and p.program_key is null)
    or (s.region_code is not null
      and not exists (select 1 from warehouse.dim_region r where r.code = s.region_code))
  limit 5`;

/** fact_service: services do not change placements, so nobody is queued. */
export const SERVICE_TARGET: FactTarget = {
  fact: 'fact_service',
  stage: 'stage_service',
  dayColumns: ['on_day'],
  stageColumns: {
    source_id: 'text primary key',
    person_key: 'text not null',
    service_kind: 'text not null',
    unit_id: 'text not null',
    variant_id: 'text',
    region_code: 'text',
    age: 'int',
    on_day: 'date not null',
    source_status: 'text not null',
  },
  check: async (tx) => failOnUnknown('fact_service', await unknownCodes(tx)),
  insert: `insert into warehouse.fact_service as f (
        source, source_id, person_key, service_kind, agency_key, program_key, region_key,
        age_band_key, date_key, source_status)
      select $1, s.source_id, s.person_key, s.service_kind, a.agency_key, p.program_key,
        ${regionKeySql('r')}, b.age_band_key, to_char(s.on_day, 'YYYYMMDD')::int, s.source_status
      from stage_service s
      join warehouse.dim_agency a on a.unit_id = s.unit_id
      left join warehouse.dim_program p on p.variant_id = s.variant_id
      ${regionOnDaySql('s.region_code', 's.on_day', 'r')}
      left join warehouse.dim_age_band b
        on s.age between coalesce(b.min_age, 0) and coalesce(b.max_age, 32767)`,
  conflict: `on conflict (source, source_id) do update set
        person_key = excluded.person_key, service_kind = excluded.service_kind,
        agency_key = excluded.agency_key, program_key = excluded.program_key,
        region_key = excluded.region_key, age_band_key = excluded.age_band_key,
        date_key = excluded.date_key, source_status = excluded.source_status
      where (f.person_key, f.service_kind, f.agency_key, f.program_key, f.region_key,
          f.age_band_key, f.date_key, f.source_status)
        is distinct from (excluded.person_key, excluded.service_kind, excluded.agency_key,
          excluded.program_key, excluded.region_key, excluded.age_band_key, excluded.date_key,
          excluded.source_status)`,
  queues: false,
};
