import { readCsv, referenceData } from '@jobgraph/data';
import { connect, type Sql } from '@jobgraph/db';
import { createScratchDatabase, type ScratchDatabase } from '@jobgraph/db/testing';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import {
  GENERATED_TABLES,
  type GeneratedTable,
  GenerateRefusedError,
  type GenerateReport,
  generateSources,
} from '../src/generate/index.js';
import { ageAt } from '../src/pseudonym.js';
import { type WarehouseDatabase, warehouseDatabase } from './support.js';

const PEOPLE = 12_000;
const SEED = 7;
const SNAPSHOT = '2026-11-25';

/** The generated rows of a table: its people's, by the column naming them. */
const PERSON: Record<GeneratedTable, string> = {
  'ministry.insurance_records': 'person_id',
  'ministry.case_files': 'person_id',
  'districts.placements': 'person_id',
  'fiftyplus.talent_profiles': 'person_id',
  'fiftyplus.enrollments': 'person_id',
  'city.members': 'id',
  'city.program_applications': 'member_id',
};

async function fingerprint(sql: Sql, table: GeneratedTable) {
  const [row] = await sql<{ rows: number; checksum: string | null }[]>`
    select count(*)::int as rows,
      md5(string_agg(md5(t::text), '' order by md5(t::text))) as checksum
    from ${sql.unsafe(table)} as t
    where ${sql(PERSON[table])} like 'MG%'`;
  return row;
}

let first: WarehouseDatabase;
let copy: ScratchDatabase;
let other: Sql;
let report: GenerateReport;
let again: GenerateReport;

beforeAll(async () => {
  first = await warehouseDatabase({ sources: 'all' });
  // A second database like the first, seeded the same, before anything is generated.
  copy = await createScratchDatabase(inject('adminDatabaseUrl'), 'generate', first.database.name);
  other = connect({
    url: copy.url,
    poolSize: 2,
    statementTimeoutMs: 60_000,
    applicationName: 'warehouse-test',
  });
  [report, again] = await Promise.all([
    generateSources(first.sql, { people: PEOPLE, seed: SEED, chunkPeople: PEOPLE }),
    // In chunks of another size, two at a time: the rows must not depend on them.
    generateSources(other, { people: PEOPLE, seed: SEED, chunkPeople: 4_500, parallel: 2 }),
  ]);
});
afterAll(async () => {
  await Promise.all([other?.end({ timeout: 5 }).then(() => copy?.drop()), first?.close()]);
});

describe('generateSources', () => {
  it('writes the same rows into two databases, whatever the chunks, and reports them', async () => {
    expect(report.chunks).toBe(1);
    expect(again.chunks).toBe(3);
    expect(again.rows).toEqual(report.rows);
    for (const table of GENERATED_TABLES) {
      const [a, b] = await Promise.all([fingerprint(first.sql, table), fingerprint(other, table)]);
      expect(a?.rows, table).toBe(report.rows[table]);
      expect(a?.rows, table).toBeGreaterThan(0);
      expect(b, table).toEqual(a);
    }
    expect(report.participations).toBe(
      report.rows['ministry.case_files'] +
        report.rows['fiftyplus.enrollments'] +
        report.rows['city.program_applications'] +
        report.rows['districts.placements'],
    );
  });

  it('keeps ids in their ranges and the references between agencies consistent', async () => {
    const sql = first.sql;
    const [ids] = await sql<
      {
        bad_people: number;
        bad_insurance: number;
        min_ir: string;
        max_ir: string;
        bad_case_files: number;
        sequence_behind: boolean;
      }[]
    >`select
        (select count(*)::int from ministry.insurance_records
          where person_id like 'MG%' and person_id !~ '^MG[0-9]{9}$') as bad_people,
        (select count(*)::int from ministry.insurance_records
          where person_id like 'MG%' and substr(id, 3)::int not between 1000000 and 9999999)
          as bad_insurance,
        (select min(id) from ministry.insurance_records where person_id like 'MG%') as min_ir,
        (select max(id) from ministry.insurance_records where person_id like 'MG%') as max_ir,
        (select count(*)::int from ministry.case_files
          where person_id like 'MG%' and (id !~ '^CF[0-9]{7,}$' or substr(id, 3)::int < 1000000))
          as bad_case_files,
        (select last_value from ministry.case_file_numbers)
          < (select max(substr(id, 3)::int) from ministry.case_files) as sequence_behind`;
    expect(ids).toEqual({
      bad_people: 0,
      bad_insurance: 0,
      min_ir: 'IR1000000',
      max_ir: `IR${1_000_000 + report.rows['ministry.insurance_records'] - 1}`,
      bad_case_files: 0,
      sequence_behind: false,
    });

    const [links] = await sql<Record<string, number>[]>`select
        -- a case file's placement: the person's own acquisition, from the file's opening on
        (select count(*)::int from ministry.case_files f
          join ministry.insurance_records r on r.id = f.placement_record_id
          where f.person_id like 'MG%'
            and (r.person_id <> f.person_id or r.acquired_on < f.opened_on
              or f.stage_changed_on < r.acquired_on)) as case_file_placements,
        -- a district placement: the acquisition of that day at that employer
        (select count(*)::int from districts.placements p
          left join ministry.insurance_records r on r.id = p.insurance_record_id
          where p.person_id like 'MG%' and (r.id is null or r.person_id <> p.person_id
            or r.acquired_on <> p.placed_on or r.employer_id <> p.employer_id))
          as district_placements,
        -- an application's type is of its sector, its field one of the programme's
        (select count(*)::int from city.program_applications a
          left join city.program_types t on t.id = a.program_type_id
          left join city.program_training_fields f
            on f.program_id = a.program_id and f.code = a.training_field_code
          where a.member_id like 'MG%' and ((t.id is not null and t.sector <> a.sector)
            or (a.training_field_code is not null and f.code is null)
            or (a.sector = 'PUBLIC' and a.training_field_code is null))) as applications,
        -- enrolments: before the course starts, finished on its last day
        (select count(*)::int from fiftyplus.enrollments e join fiftyplus.courses c on c.id = e.course_id
          where e.person_id like 'MG%' and (e.enrolled_on > c.starts_on
            or e.completed_on <> c.ends_on or e.withdrawn_on not between c.starts_on and c.ends_on
            or (e.status = 'ENROLLED') <> (c.ends_on >= ${SNAPSHOT}::date))) as enrolments,
        -- nothing after the snapshot day; losses after acquisitions
        (select count(*)::int from ministry.insurance_records where person_id like 'MG%'
          and (acquired_on > ${SNAPSHOT}::date or lost_on > ${SNAPSHOT}::date)) as future_records,
        (select count(*)::int from ministry.case_files where person_id like 'MG%'
          and (coalesce(closed_on, stage_changed_on) > ${SNAPSHOT}::date
            or (closed_on is null and closure_reason is not null))) as future_files,
        -- one person, one birth date and name wherever they appear
        (select count(*)::int from (select person_id from (
          select person_id, birth_date, name from ministry.case_files where person_id like 'MG%'
          union select person_id, birth_date, name from fiftyplus.talent_profiles
            where person_id like 'MG%'
          union select member_id, birth_date, applicant_name from city.program_applications
            where member_id like 'MG%') p
          group by person_id having count(*) > 1) d) as people_disagreeing`;
    expect(links).toEqual({
      case_file_placements: 0,
      district_placements: 0,
      applications: 0,
      enrolments: 0,
      future_records: 0,
      future_files: 0,
      people_disagreeing: 0,
    });
  });

  it('dates each residence and workplace code with the code valid on the record’s day', async () => {
    const regions = await readCsv<Record<string, string>>(referenceData, 'regions.csv');
    const validOn = (code: string, day: string) =>
      regions.some(
        (row) =>
          row.code === code &&
          (row.valid_from === '' || (row.valid_from ?? '') <= day) &&
          (row.valid_to === '' || (row.valid_to ?? '') >= day),
      );
    const coded = await first.sql<{ code: string; day: string; rows: number }[]>`
      select code, day::text, count(*)::int as rows from (
        select residence_region_code as code, acquired_on as day from ministry.insurance_records
          where person_id like 'MG%'
        union all select workplace_region_code, acquired_on from ministry.insurance_records
          where person_id like 'MG%'
        union all select residence_region_code, opened_on from ministry.case_files
          where person_id like 'MG%'
        union all select residence_region_code, registered_on from fiftyplus.talent_profiles
          where person_id like 'MG%'
        union all select residence_region_code, (submitted_at at time zone 'Asia/Seoul')::date
          from city.program_applications where member_id like 'MG%'
      ) r group by 1, 2`;
    const invalid = coded.filter((row) => !validOn(row.code, row.day));
    expect(invalid).toEqual([]);
    const byCode = (code: string) =>
      coded.filter((row) => row.code === code).reduce((sum, row) => sum + row.rows, 0);
    // Before the renumberings, the old codes; after them, the new ones.
    expect(byCode('42')).toBeGreaterThan(0);
    expect(byCode('51')).toBeGreaterThan(0);
    expect(byCode('45') + byCode('45140')).toBeGreaterThan(0);
    expect(byCode('52') + byCode('52140')).toBeGreaterThan(0);
  });

  it('keeps each programme’s ages: 50Plus 40–64 at enrolment and course start, the network 50+', async () => {
    const enrolments = await first.sql<{ birth: string; enrolled: string; starts: string }[]>`
      select p.birth_date::text as birth, e.enrolled_on::text as enrolled,
        c.starts_on::text as starts
      from fiftyplus.enrollments e
      join fiftyplus.talent_profiles p on p.person_id = e.person_id
      join fiftyplus.courses c on c.id = e.course_id
      where e.person_id like 'MG%'`;
    expect(enrolments.length).toBeGreaterThan(500);
    const ages = enrolments.flatMap((row) => [
      ageAt(row.birth, row.enrolled),
      ageAt(row.birth, row.starts),
    ]);
    expect(Math.min(...ages)).toBeGreaterThanOrEqual(40);
    expect(Math.max(...ages)).toBeLessThanOrEqual(64);

    const files = await first.sql<{ birth: string; opened: string }[]>`
      select birth_date::text as birth, opened_on::text as opened from ministry.case_files
      where person_id like 'MG%'`;
    expect(Math.min(...files.map((row) => ageAt(row.birth, row.opened)))).toBeGreaterThanOrEqual(
      50,
    );
    const applicants = await first.sql<{ birth: string; day: string; seoul: boolean }[]>`
      select birth_date::text as birth, (submitted_at at time zone 'Asia/Seoul')::date::text as day,
        residence_region_code like '11%' as seoul
      from city.program_applications where member_id like 'MG%'`;
    expect(applicants.every((row) => row.seoul && ageAt(row.birth, row.day) >= 18)).toBe(true);
  });

  it('draws plausible distributions: Seoul’s share, placement within six months varying by sido, days, retention', async () => {
    const sql = first.sql;
    const [people] = await sql<{ people: number; seoul: number; repeat: number }[]>`
      select count(*)::int as people, count(*) filter (where seoul)::int as seoul,
        count(*) filter (where participations > 1)::int as repeat
      from (
        select person_id, bool_or(code like '11%') as seoul, sum(n) as participations from (
          select person_id, residence_region_code as code, 1 as n from ministry.case_files
          union all select person_id, residence_region_code, 0 from fiftyplus.talent_profiles
          union all select e.person_id, null, 1 from fiftyplus.enrollments e
          union all select member_id, residence_region_code, 1 from city.program_applications
          union all select person_id, '11', 1 from districts.placements
        ) r where person_id like 'MG%' group by person_id
      ) p`;
    expect(people?.people).toBeGreaterThan(PEOPLE * 0.9);
    const seoulShare = (people?.seoul ?? 0) / (people?.people ?? 1);
    expect(seoulShare).toBeGreaterThan(0.2);
    expect(seoulShare).toBeLessThan(0.45);
    expect((people?.repeat ?? 0) / (people?.people ?? 1)).toBeGreaterThan(0.1);
    expect(report.rows['ministry.case_files'] / report.participations).toBeGreaterThan(0.6);

    // Ended participations (case files closed, enrolments finished or left, district placements),
    // at least six months before the snapshot: a job started within six months of the end (a
    // case file's own placement during the file counts).
    const cohorts = await sql<{ sido: string; ended: number; placed: number }[]>`
      with ended as (
        select person_id, left(residence_region_code, 2) as sido, closed_on as ended_on,
          placement_record_id is not null as placed_during
        from ministry.case_files where person_id like 'MG%' and closed_on is not null
        union all
        select e.person_id, left(p.residence_region_code, 2), coalesce(e.completed_on, e.withdrawn_on),
          false
        from fiftyplus.enrollments e join fiftyplus.talent_profiles p using (person_id)
        where e.person_id like 'MG%' and e.status <> 'ENROLLED'
        union all
        select p.person_id, left(r.residence_region_code, 2), p.placed_on, false
        from districts.placements p join ministry.insurance_records r on r.id = p.insurance_record_id
        where p.person_id like 'MG%'
      )
      select sido, count(*)::int as ended,
        count(*) filter (where placed_during or exists (
          select 1 from ministry.insurance_records r where r.person_id = ended.person_id
            and r.acquired_on between ended.ended_on and ended.ended_on + 183))::int as placed
      from ended where ended_on <= ${SNAPSHOT}::date - 183
      group by rollup (sido) order by sido nulls first`;
    const [all, ...bySido] = cohorts;
    const rate = (row: { ended: number; placed: number } | undefined) =>
      (row?.placed ?? 0) / (row?.ended ?? 1);
    expect(all?.sido).toBeNull();
    expect(all?.ended).toBeGreaterThan(5_000);
    expect(rate(all)).toBeGreaterThan(0.5);
    expect(rate(all)).toBeLessThan(0.8);
    const rates = bySido.filter((row) => row.ended >= 300).map(rate);
    expect(rates.length).toBeGreaterThanOrEqual(4);
    expect(Math.max(...rates) - Math.min(...rates)).toBeGreaterThan(0.04);

    // Days from a closure to the job after it; jobs after participations still held six months on.
    const [jobs] = await sql<{ median_days: number; retained: number; known: number }[]>`
      with after as (
        select r.* from ministry.insurance_records r
        where r.person_id like 'MG%' and (
          exists (select 1 from ministry.case_files f where f.person_id = r.person_id
            and (f.placement_record_id = r.id
              or r.acquired_on between f.closed_on and f.closed_on + 183))
          or exists (select 1 from districts.placements p where p.insurance_record_id = r.id))
      )
      select
        (select percentile_cont(0.5) within group (order by days) from (
          select min(r.acquired_on - f.closed_on) as days
          from ministry.case_files f join ministry.insurance_records r
            on r.person_id = f.person_id and r.acquired_on between f.closed_on and f.closed_on + 183
          where f.person_id like 'MG%' and f.placement_record_id is null group by f.id) d)
          as median_days,
        count(*) filter (where lost_on is null or lost_on >= acquired_on + 183)::int as retained,
        count(*)::int as known
      from after where acquired_on <= ${SNAPSHOT}::date - 183`;
    expect(jobs?.median_days).toBeGreaterThan(40);
    expect(jobs?.median_days).toBeLessThan(90);
    const retention = (jobs?.retained ?? 0) / (jobs?.known ?? 1);
    expect(retention).toBeGreaterThan(0.65);
    expect(retention).toBeLessThan(0.85);
  });

  it('refuses to run again on a database with generated people, writing nothing', async () => {
    const before = await fingerprint(first.sql, 'ministry.insurance_records');
    const refusal = generateSources(first.sql, { people: 10, seed: SEED + 1 });
    await expect(refusal).rejects.toBeInstanceOf(GenerateRefusedError);
    await expect(refusal).rejects.toMatchObject({ reason: 'ALREADY_GENERATED' });
    expect(await fingerprint(first.sql, 'ministry.insurance_records')).toEqual(before);
  });
});
