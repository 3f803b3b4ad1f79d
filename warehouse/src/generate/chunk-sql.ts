import {
  ACADEMY,
  AGE_FACTOR,
  ATTRACTIVE_JOBS,
  CENTER_PLACED,
  CLOSURE_REASONS,
  DAYS_SKEW,
  DISTRICT_LOCAL_EMPLOYER,
  EARLIEST_RECORD,
  GIVEN_SYLLABLES,
  JOB_WITHIN_6M,
  LATER_JOB,
  LOCAL_EMPLOYER,
  MINISTRY_NETWORK_YEARS_SHARE,
  PARTICIPATIONS,
  PRIOR_JOB,
  SHORT_JOB,
  SNAPSHOT_DAY,
  SURNAMES,
  WINDOW_START,
} from './distributions.js';
import { bandCase, type Reference } from './reference.js';

/**
 * The SQL of one chunk of people. Every random choice is a pure function of (seed, person number,
 * participation, purpose) through PostgreSQL's `hashint8extended`, so a person's rows do not
 * depend on the chunk they fall in; ids are numbered in person order from offsets carried between
 * chunks, which depend only on the people before.
 *
 * Temporary tables, dropped at the chunk's commit: the lookups (`g_place`, … from reference.ts),
 * `g_people` (a row a person), `g_plan` (a participation decided: programme and first day),
 * `g_slot` (a participation worked out in the agency's terms, its end, the job after it) and
 * `g_job` (the employment-insurance records, numbered).
 */

/** Purposes: one independent random stream each. */
const P = {
  place: 1,
  program: 2,
  count: 3,
  ageBand: 4,
  ageYear: 5,
  birthDay: 6,
  surname: 7,
  given1: 8,
  given2: 9,
  phone1: 10,
  phone2: 11,
  prior: 12,
  priorLost: 13,
  priorLength: 14,
  ministryYears: 15,
  ministryDay: 16,
  ministryCenter: 17,
  districtCenter: 18,
  districtDay: 19,
  basicCourse: 20,
  lead: 21,
  citySector: 22,
  cityDay: 23,
  counselor: 30,
  fileLength: 31,
  job6: 32,
  jobDays: 33,
  laterJob: 34,
  laterDays: 35,
  centerPlaced: 36,
  placedAt: 37,
  trained: 38,
  closure: 39,
  earlyClose: 40,
  followUpLength: 41,
  shortJob: 42,
  jobLength: 43,
  gap: 44,
  withdraw1: 45,
  withdrawDay1: 46,
  continues: 47,
  track: 48,
  lead2: 49,
  withdraw2: 50,
  withdrawDay2: 51,
  cityType: 52,
  cityField: 53,
  cityFieldPrivate: 54,
  cityStatus: 55,
  cityLength: 56,
  districtService: 57,
  nextProgram: 58,
  employerLocal: 70,
  employerPick: 71,
  wage: 80,
  partTime: 81,
  hours: 82,
  wantedTypes: 83,
  registered: 84,
  submittedTime: 85,
  joined: 86,
  enrolmentId: 90,
  secondEnrolmentId: 92,
  applicationId: 94,
} as const;
const PURPOSES = 128;

/** The largest seed: seed × 128 + purpose stays exact in a double and fits the hash's int8. */
export const MAX_SEED = 2 ** 44;

/** A SQL string literal. */
export const lit = (value: string) => `'${value.replace(/'/g, "''")}'`;
const day = (value: string) => `date ${lit(value)}`;
const TODAY = day(SNAPSHOT_DAY);

/** A text[] literal of plain words (no quotes, commas or braces in them). */
const words = (values: readonly string[]) => `${lit(`{${values.join(',')}}`)}::text[]`;

/** Weighted choice: `entries` are [SQL value, weight]; `u` is uniform on [0, 1). */
function pick(u: string, entries: ReadonlyArray<readonly [string, number]>): string {
  const total = entries.reduce((sum, [, weight]) => sum + weight, 0);
  let running = 0;
  const arms = entries.slice(0, -1).map(([value, weight]) => {
    running += weight;
    return `when ${u} < ${running / total} then ${value}`;
  });
  const last = entries.at(-1);
  if (!last) throw new Error('pick: no entries');
  return arms.length === 0 ? last[0] : `(case ${arms.join(' ')} else ${last[0]} end)`;
}

/** Where a chunk's ids start: the records of the people before it. */
export interface ChunkOffsets {
  insurance: number;
  caseFiles: number;
}

/** Generated ids: `IR` + 7 digits from here (the seeds use low numbers), case files likewise. */
export const INSURANCE_FIRST = 1_000_000;
export const INSURANCE_LAST = 9_999_999;
export const CASE_FILE_FIRST = 1_000_000;

/** The statements of a chunk, as text (every number in them is a validated integer or constant). */
export function chunkStatements(seed: number, reference: Reference) {
  const base = seed * PURPOSES;
  /** Uniform on [0, 1) from (seed, key, purpose): the hash's top 53 bits. */
  const u = (key: string, purpose: number) =>
    `(((hashint8extended((${key})::int8, ${base + purpose}::int8) >> 11) & 9007199254740991)::float8 / 9007199254740992.0)`;
  const ageOn = (when: string, birth: string) => `(date_part('year', age(${when}, ${birth}))::int)`;
  const ageMix = (program: keyof Reference['firstAge'], n: string) =>
    pick(
      u(n, P.ageBand),
      reference.firstAge[program].map(([from, to, weight]) => [
        `(${from} + floor(${u(n, P.ageYear)} * ${to - from + 1})::int)`,
        weight,
      ]),
    );

  const city = reference.city;
  const window = (sector: 'PUBLIC' | 'PRIVATE') => city?.windows[sector] ?? null;
  /** A day in a sector's recruitment window, from `from` on (the window's start when null). */
  const cityDay = (sector: string, from: string | null, uDay: string) => {
    const arm = (kind: 'PUBLIC' | 'PRIVATE') => {
      const span = window(kind);
      if (!span) return TODAY;
      const start = from === null ? day(span[0]) : `greatest(${from}, ${day(span[0])})`;
      return `(${start} + floor(${uDay} * (${day(span[1])} - ${start} + 1))::int)`;
    };
    return `(case ${sector} when 'PUBLIC' then ${arm('PUBLIC')} else ${arm('PRIVATE')} end)`;
  };
  const windowEnd = (sector: 'PUBLIC' | 'PRIVATE') => {
    const span = window(sector);
    return span ? day(span[1]) : 'null::date';
  };
  const wPublic = city?.wPublic ?? 0;
  const cityMinAge = city?.minAge ?? 18;
  const networkStart = reference.ministry.networkStart;
  const academyMin = reference.academy?.minAge ?? 40;
  const academyMax = reference.academy?.maxAge ?? 64;

  // ---- people, and their first participation's programme and day ----
  const people = (first: number, last: number) => `
create temp table g_people on commit drop as
select c.*,
  case when c.prior then greatest(${day(EARLIEST_RECORD)},
    c.prior_lost - (90 + floor(power(${u('c.n', P.priorLength)}, 0.7) * 2500))::int) end
    as prior_on
from (
  select b.*,
    (b.start1 - make_interval(years => b.age1))::date
      - floor(${u('b.n', P.birthDay)} * 341)::int as birth,
    ${u('b.n', P.prior)} < ${PRIOR_JOB} as prior,
    b.start1 - (1 + floor(${u('b.n', P.priorLost)} * 150))::int as prior_lost
  from (
    select a.*, dc.opened_on as d_opened,
      fb.course as f_course, fb.starts_on as f_starts, fb.ends_on as f_ends,
      case a.prog1
        when 'M' then case when ${u('a.n', P.ministryYears)} < ${MINISTRY_NETWORK_YEARS_SHARE}
          then ${day(networkStart)}
            + floor(${u('a.n', P.ministryDay)} * (${TODAY} - ${day(networkStart)}))::int
          else ${day(WINDOW_START)}
            + floor(${u('a.n', P.ministryDay)} * (${TODAY} - ${day(WINDOW_START)}))::int end
        when 'D' then dc.opened_on
          + floor(${u('a.n', P.districtDay)} * (${TODAY} - dc.opened_on))::int
        when 'F' then least(fb.starts_on - (3 + floor(${u('a.n', P.lead)} * 19))::int, ${TODAY})
        else ${cityDay('a.c_sector', null, u('a.n', P.cityDay))}
      end as start1,
      case a.prog1 when 'M' then ${ageMix('M', 'a.n')} when 'D' then ${ageMix('D', 'a.n')}
        when 'F' then ${ageMix('F', 'a.n')} else ${ageMix('C', 'a.n')} end as age1
    from (
      select s.n, p.place, p.sido, p.f_region, p.local_emp, p.campus, p.fp, p.city,
        p.w_m, p.w_d, p.w_f, p.w_c,
        case when ${u('s.n', P.program)} < p.c_m then 'M' when ${u('s.n', P.program)} < p.c_d then 'D'
          when ${u('s.n', P.program)} < p.c_f then 'F' else 'C' end as prog1,
        p.m_centers[1 + floor(${u('s.n', P.ministryCenter)} * cardinality(p.m_centers))::int]
          as m_center,
        case when cardinality(p.d_centers) > 0 then
          p.d_centers[1 + floor(${u('s.n', P.districtCenter)} * cardinality(p.d_centers))::int]
        end as d_center,
        1 + floor(${u('s.n', P.basicCourse)} * coalesce(cm.basic_n, 0))::int as f_idx,
        case when ${u('s.n', P.citySector)} < ${wPublic} then 'PUBLIC' else 'PRIVATE' end
          as c_sector,
        ${pick(
          u('s.n', P.count),
          PARTICIPATIONS.map(([count, weight]) => [String(count), weight]),
        )} as k,
        (${words(SURNAMES)})[1 + floor(${u('s.n', P.surname)} * ${SURNAMES.length})::int]
          || (${words(GIVEN_SYLLABLES)})[1 + floor(${u('s.n', P.given1)} * ${GIVEN_SYLLABLES.length})::int]
          || (${words(GIVEN_SYLLABLES)})[1 + floor(${u('s.n', P.given2)} * ${GIVEN_SYLLABLES.length})::int]
          as name,
        '010-' || (2000 + floor(${u('s.n', P.phone1)} * 8000))::int || '-'
          || lpad(floor(${u('s.n', P.phone2)} * 10000)::int::text, 4, '0') as phone
      from generate_series(${first}::int8, ${last}::int8) as s(n)
      cross join g_cdf t
      join g_place p on p.idx = width_bucket(${u('s.n', P.place)}, t.thresholds)
      left join g_campus cm on cm.campus = p.campus
      offset 0
    ) a
    left join g_dcenter dc on dc.center = a.d_center
    left join g_fp_basic fb on a.prog1 = 'F' and fb.campus = a.campus and fb.idx = a.f_idx
    offset 0
  ) b
  offset 0
) c`;

  const firstPlan = `
create temp table g_plan on commit drop as
select n, 1 as slot, prog1 as prog, start1 as start_on, f_course, f_starts, f_ends, c_sector,
  false as had_city
from g_people`;

  // ---- a participation worked out ----
  const STAGE_AT = { DIAGNOSIS: 0.08, PLAN: 0.18, TRAINING: 0.3, JOB_SEARCH: 0.55 } as const;
  const stageAt = (e: string) =>
    `(case when ${e} >= ${STAGE_AT.JOB_SEARCH} then 'JOB_SEARCH'
      when trained and ${e} >= ${STAGE_AT.TRAINING} then 'TRAINING'
      when ${e} >= ${STAGE_AT.PLAN} then 'PLAN' when ${e} >= ${STAGE_AT.DIAGNOSIS} then 'DIAGNOSIS'
      else 'INTAKE' end)`;
  const stageShare = (stage: string) =>
    `(case ${stage} when 'JOB_SEARCH' then ${STAGE_AT.JOB_SEARCH} when 'TRAINING' then ${STAGE_AT.TRAINING}
      when 'PLAN' then ${STAGE_AT.PLAN} when 'DIAGNOSIS' then ${STAGE_AT.DIAGNOSIS} else 0 end)`;
  /** Stage moves made to reach a stage (each raised the version), with or without training. */
  const moves = (stage: string) =>
    `(case ${stage} when 'INTAKE' then 0 when 'DIAGNOSIS' then 1 when 'PLAN' then 2
      when 'TRAINING' then 3 when 'JOB_SEARCH' then 3 when 'PLACED' then 4 else 5 end
      + case when trained and ${stage} in ('JOB_SEARCH', 'PLACED', 'FOLLOW_UP') then 1 else 0 end)`;
  const typeOf = (sector: 'PUBLIC' | 'PRIVATE', key: string) => {
    const mix = city?.types[sector];
    if (!mix || mix.ids.length === 0) return 'null::text';
    const ids = `array[${mix.ids.map((id) => (id === null ? 'null' : lit(id))).join(', ')}]::text[]`;
    return `(${ids})[width_bucket(${u(key, P.cityType)}, array[${mix.cdf.join(', ')}]::float8[])]`;
  };
  const fieldOf = (key: string) =>
    city && city.fields.length > 0
      ? `(case when c_sector = 'PUBLIC' or ${u(key, P.cityFieldPrivate)} < ${ATTRACTIVE_JOBS.privateTrainingField}
          then (${words(city.fields)})[1 + floor(${u(key, P.cityField)} * ${city.fields.length})::int] end)`
      : 'null::text';
  const baseChance = `(case prog when 'M' then ${JOB_WITHIN_6M.M}
      when 'F' then case when coalesce(f_status2, f_status1) = 'WITHDRAWN'
        then ${JOB_WITHIN_6M.F_WITHDRAWN} else ${JOB_WITHIN_6M.F_COMPLETED} end
      when 'C' then case when c_status = 'ACCEPTED' then ${JOB_WITHIN_6M.C_ACCEPTED}
        else ${JOB_WITHIN_6M.C_OTHER} end
      else 1 end)`;

  const slot = (index: number) => `
select n, slot, prog, start_on, age, had_city,
  m_center, m_counselor, m_stage, m_stage_on, m_closed_on, m_reason, m_version,
  d_center, d_service,
  f_course, f_status1, f_done1, f_wd1, f_course2, f_enrol2, f_status2, f_done2, f_wd2,
  c_sector, c_type, c_field, c_status,
  end_on, job_on, job_lost, job_during,
  case when end_on is null then null
    when job_drawn is not null then case when job_lost is not null
      then greatest(job_lost, end_on) + (14 + floor(${u('key', P.gap)} * 200))::int end
    else end_on + (60 + floor(${u('key', P.gap)} * 300))::int
  end as free_on
from (
  select *, case when job_lost_drawn <= ${TODAY} then job_lost_drawn end as job_lost
  from (
    select *,
      case when job_on is null then null
        when ${u('key', P.shortJob)} < p_short
          then job_on + (14 + floor(${u('key', P.jobLength)} * 168))::int
        else job_on + (183 + floor(power(${u('key', P.jobLength)}, 1.4) * 1700))::int
      end as job_lost_drawn
    from (
      select *, case when job_drawn <= ${TODAY} then job_drawn end as job_on
      from (
        select *,
          case when m_stage = 'FOLLOW_UP' then fu_on when m_stage = 'PLACED' then placed_on
            when prog = 'M' then start_on + floor(m_len * ${stageShare('m_stage')})::int
          end as m_stage_on,
          case when prog = 'M' then 1 + ${moves('m_stage')}
            + case when m_closed_on is null then 0 else 1 end end as m_version,
          case when m_closed_on is null then null when m_placed then 'COMPLETED'
            else m_reason_drawn end as m_reason,
          case when prog = 'D' then start_on
            when prog = 'M' and cp then placed_on
            when end_on is null then null
            when job6 then end_on + floor(182 * power(${u('key', P.jobDays)}, ${DAYS_SKEW}))::int
            when ${u('key', P.laterJob)} < ${LATER_JOB}
              then end_on + (183 + floor(${u('key', P.laterDays)} * 547))::int
          end as job_drawn,
          prog = 'M' and m_placed as job_during
        from (
          select *,
            case when prog <> 'M' then null
              when m_placed then case when m_closed_on is not null or fu_on <= ${TODAY}
                then 'FOLLOW_UP' else 'PLACED' end
              else ${stageAt(`((coalesce(m_closed_on, ${TODAY}) - start_on)::float8 / m_len)`)}
            end as m_stage,
            case prog when 'M' then m_closed_on when 'D' then start_on
              when 'F' then case when f_course2 is not null then coalesce(f_done2, f_wd2)
                else coalesce(f_done1, f_wd1) end
              else case when c_end <= ${TODAY} then c_end end
            end as end_on
          from (
            select *,
              cp and placed_on <= ${TODAY} as m_placed,
              case when prog <> 'M' then null
                when cp then case when placed_on <= ${TODAY} and cp_close <= ${TODAY}
                  then cp_close end
                when close_at <= ${TODAY} then close_at
              end as m_closed_on,
              u_job6 < least(0.95, f_age * f_region * ${baseChance}) as job6
            from (
              select *,
                prog = 'M' and u_job6 < least(0.95, f_age * f_region * ${JOB_WITHIN_6M.M})
                  and ${u('key', P.centerPlaced)} < ${CENTER_PLACED} as cp,
                placed_on + 30 as fu_on,
                placed_on + (60 + floor(${u('key', P.followUpLength)} * 120))::int as cp_close,
                case when has2 then next_course end as f_course2,
                case when has2 then f_enrol2_at end as f_enrol2,
                case when has2 then f_status2_at end as f_status2,
                case when has2 and f_status2_at = 'COMPLETED' then next_ends end as f_done2,
                case when has2 and f_status2_at = 'WITHDRAWN' then next_starts
                  + floor(${u('key', P.withdrawDay2)} * (least(4, next_ends - next_starts) + 1))::int
                end as f_wd2
              from (
                select *,
                  start_on + floor(m_len * (0.55 + 0.45 * ${u('key', P.placedAt)}))::int as placed_on,
                  start_on + case when m_reason_drawn = 'COMPLETED' then m_len
                    else greatest(7, floor(m_len * (0.05 + 0.95 * ${u('key', P.earlyClose)})))::int
                  end as close_at,
                  coalesce(next_course is not null and f_enrol2_at <= ${TODAY}
                    and ${ageOn('next_starts', 'birth')} <= ${academyMax}, false) as has2
                from (
                  select l.*,
                    ci.ids[1 + floor(${u('l.key', P.counselor)} * ci.cnt)::int] as m_counselor,
                    ds.codes[1 + floor(${u('l.key', P.districtService)} * ds.cnt)::int] as d_service,
                    nx.course as next_course, nx.starts_on as next_starts, nx.ends_on as next_ends,
                    least(nx.starts_on, l.f_ends
                      + (1 + floor(${u('l.key', P.lead2)} * (nx.starts_on - l.f_ends)))::int)
                      as f_enrol2_at,
                    case when nx.ends_on >= ${TODAY} then 'ENROLLED'
                      when ${u('l.key', P.withdraw2)} < ${ACADEMY.withdrawn} then 'WITHDRAWN'
                      else 'COMPLETED' end as f_status2_at,
                    case when l.prog = 'C' then l.start_on + case l.c_status
                      when 'ACCEPTED' then 210 + floor(${u('l.key', P.cityLength)} * 150)::int
                      when 'REJECTED' then 14 + floor(${u('l.key', P.cityLength)} * 30)::int
                      else 7 + floor(${u('l.key', P.cityLength)} * 30)::int end end as c_end,
                    case when l.f_status1 = 'COMPLETED' then l.f_ends end as f_done1,
                    case when l.f_status1 = 'WITHDRAWN' then l.f_starts
                      + floor(${u('l.key', P.withdrawDay1)} * (least(4, l.f_ends - l.f_starts) + 1))::int
                    end as f_wd1
                  from (
                    select *,
                      ${bandCase('age', (band) => AGE_FACTOR[band])} as f_age,
                      ${bandCase('age', (band) => SHORT_JOB[band])} as p_short,
                      30 + floor(330 * power(${u('key', P.fileLength)}, 1.6))::int as m_len,
                      ${u('key', P.trained)} < 0.5 as trained,
                      ${u('key', P.job6)} as u_job6,
                      ${pick(
                        u('key', P.closure),
                        CLOSURE_REASONS.map(([reason, weight]) => [lit(reason), weight]),
                      )} as m_reason_drawn,
                      case when prog = 'F' then case when f_ends >= ${TODAY} then 'ENROLLED'
                        when ${u('key', P.withdraw1)} < ${ACADEMY.withdrawn} then 'WITHDRAWN'
                        else 'COMPLETED' end end as f_status1,
                      case when prog = 'C' then ${pick(
                        u('key', P.cityStatus),
                        ATTRACTIVE_JOBS.statuses.map(([status, weight]) => [lit(status), weight]),
                      )} end as c_status,
                      case when prog = 'C' then case when c_sector = 'PUBLIC'
                        then ${typeOf('PUBLIC', 'key')} else ${typeOf('PRIVATE', 'key')} end
                      end as c_type,
                      case when prog = 'C' then ${fieldOf('key')} end as c_field
                    from (
                      select pl.n, pl.slot, pl.prog, pl.start_on, pl.f_course, pl.f_starts,
                        pl.f_ends, case when pl.prog = 'C' then pl.c_sector end as c_sector,
                        pl.had_city or pl.prog = 'C' as had_city,
                        pe.f_region, pe.birth,
                        case when pl.prog = 'M' then pe.m_center end as m_center,
                        case when pl.prog = 'D' then pe.d_center end as d_center,
                        pl.n * 8 + pl.slot as key,
                        ${ageOn('pl.start_on', 'pe.birth')} as age
                      from g_plan pl join g_people pe on pe.n = pl.n
                      where pl.slot = ${index}
                      offset 0
                    ) k
                    offset 0
                  ) l
                  left join g_counselor ci on l.prog = 'M' and ci.center = l.m_center
                  left join g_dservice ds on l.prog = 'D' and ds.center = l.d_center
                    and ds.age = least(greatest(l.age, 15), 100)
                  left join g_fp_next nx on l.prog = 'F' and l.f_status1 = 'COMPLETED'
                    and nx.basic = l.f_course
                    and nx.track_idx = 1 + floor(${u('l.key', P.track)} * ${Math.max(1, reference.trackCount)})::int
                    and ${u('l.key', P.continues)} < ${ACADEMY.continues}
                  offset 0
                ) m
                offset 0
              ) q
              offset 0
            ) r
            offset 0
          ) x
          offset 0
        ) v
        offset 0
      ) w
      offset 0
    ) y
    offset 0
  ) z0
  offset 0
) z1`;

  // ---- the next participation, after the last one's end (and the job that followed it) ----
  const nextPlan = (index: number) => `
insert into g_plan (n, slot, prog, start_on, f_course, f_starts, f_ends, c_sector, had_city)
select n, slot, prog,
  case prog when 'M' then free_on
    when 'D' then greatest(free_on, d_opened)
    when 'F' then least(greatest(free_on, nb_starts - (3 + floor(${u('key', P.lead)} * 19))::int), ${TODAY})
    else ${cityDay('c_sector', 'free_on', u('key', P.cityDay))}
  end,
  case when prog = 'F' then nb_course end, case when prog = 'F' then nb_starts end,
  case when prog = 'F' then nb_ends end, case when prog = 'C' then c_sector end, had_city
from (
  select *,
    case when uu * total < wm then 'M' when uu * total < wm + wd then 'D'
      when uu * total < wm + wd + wf then 'F' else 'C' end as prog
  from (
    select *, wm + wd + wf + wc as total, ${u('key', P.nextProgram)} as uu,
      case when pub_ok and (not priv_ok or ${u('key', P.citySector)} < ${wPublic})
        then 'PUBLIC' else 'PRIVATE' end as c_sector
    from (
      select *,
        case when age_free >= ${reference.ministry.minimumAge}
          then w_m * case when prev = 'M' then 2 else 1 end else 0 end as wm,
        case when d_center is not null and greatest(free_on, d_opened) < ${TODAY}
          then w_d * case when prev = 'D' then 2 else 1 end else 0 end as wd,
        case when nb_course is not null and age_free >= ${academyMin}
            and ${ageOn('nb_starts', 'birth')} <= ${academyMax}
          then w_f * case when prev = 'F' then 2 else 1 end else 0 end as wf,
        case when city and not had_city and (pub_ok or priv_ok) and age_free >= ${cityMinAge}
          then w_c else 0 end as wc
      from (
        select s.n, s.slot + 1 as slot, s.free_on, s.prog as prev, s.had_city,
          s.n * 8 + s.slot + 1 as key,
          pe.birth, pe.d_center, pe.d_opened, pe.city, pe.w_m, pe.w_d, pe.w_f, pe.w_c,
          ${ageOn('s.free_on', 'pe.birth')} as age_free,
          nb.course as nb_course, nb.starts_on as nb_starts, nb.ends_on as nb_ends,
          coalesce(s.free_on <= ${windowEnd('PUBLIC')}, false) as pub_ok,
          coalesce(s.free_on <= ${windowEnd('PRIVATE')}, false) as priv_ok
        from g_slot s join g_people pe on pe.n = s.n
        left join lateral (
          select fb.course, fb.starts_on, fb.ends_on from g_fp_basic fb
          where pe.fp and fb.campus = pe.campus and fb.starts_on - 3 >= s.free_on
          order by fb.starts_on, fb.course limit 1
        ) nb on true
        where s.slot = ${index} and pe.k > ${index} and s.free_on <= ${TODAY} - 14
        offset 0
      ) b
      offset 0
    ) e
    offset 0
  ) x
  where total > 0
  offset 0
) y`;

  // ---- employment-insurance records: prior jobs and the jobs after participations ----
  const jobs = `
create temp table g_job on commit drop as
select j.n, j.seq, j.acquired_on, j.lost_on, j.during,
  rc.codes[width_bucket(j.acquired_on, rc.bounds)] as residence_code,
  wc.codes[width_bucket(j.acquired_on, wc.bounds)] as workplace_code,
  row_number() over (order by j.n, j.seq) as ord,
  e.id as employer, e.industry
from (
  select i.*,
    case when i.local then i.sido else '*' end as grp,
    1 + floor(${u('i.key', P.employerPick)}
      * case when i.local then i.local_emp else ${reference.employerCount} end)::int as idx
  from (
    select h.*, h.local_emp > 0 and ${u('h.key', P.employerLocal)} < h.local_share as local
    from (
      select pe.n, 0 as seq, pe.n * 8 as key, pe.prior_on as acquired_on,
        pe.prior_lost as lost_on, false as during, pe.place, pe.sido, pe.local_emp,
        ${LOCAL_EMPLOYER} as local_share
      from g_people pe where pe.prior
      union all
      select s.n, s.slot, s.n * 8 + s.slot, s.job_on, s.job_lost, s.job_during, pe.place, pe.sido,
        pe.local_emp,
        case when s.prog = 'D' then ${DISTRICT_LOCAL_EMPLOYER} else ${LOCAL_EMPLOYER} end
      from g_slot s join g_people pe on pe.n = s.n
      where s.job_on is not null
      offset 0
    ) h
    offset 0
  ) i
  offset 0
) j
join g_employer e on e.grp = j.grp and e.idx = j.idx
join g_code rc on rc.place = j.place
join g_code wc on wc.place = e.place`;

  // ---- the agencies' rows ----
  const personId = (n: string) => `('MG' || lpad((${n})::text, 9, '0'))`;
  /** A version-4 UUID from two hashes of (seed, key): `purpose` and `purpose + 1`. */
  const uuid = (key: string, purpose: number) => {
    const hash = (offset: number) =>
      `hashint8extended((${key})::int8, ${base + purpose + offset}::int8)`;
    const high = `((${hash(0)} & x'ffffffffffff0fff'::bigint) | x'0000000000004000'::bigint)`;
    const low = `((${hash(1)} & x'3fffffffffffffff'::bigint) | x'8000000000000000'::bigint)`;
    return `(lpad(to_hex(${high}), 16, '0') || lpad(to_hex(${low}), 16, '0'))::uuid`;
  };
  const at = (date: string, seconds: string) =>
    `((${date} + time '09:00' + make_interval(secs => ${seconds})) at time zone 'Asia/Seoul')`;
  /** The code of a place on a day, from `g_code` joined as `alias`. */
  const codeOn = (alias: string, when: string) =>
    `${alias}.codes[width_bucket(${when}, ${alias}.bounds)]`;

  /** The insurance record id of a `g_job` row (its ordinal in the chunk, after the offset). */
  const recordId = (offsets: ChunkOffsets, ord: string) =>
    `('IR' || (${INSURANCE_FIRST + offsets.insurance - 1} + ${ord})::text)`;
  const insertInsurance = (offsets: ChunkOffsets) => `
insert into ministry.insurance_records (id, person_id, employer_id, industry_code,
  workplace_region_code, residence_region_code, acquired_on, lost_on)
select ${recordId(offsets, 'ord')}, ${personId('n')}, employer, industry, workplace_code,
  residence_code, acquired_on, lost_on
from g_job order by ord`;

  const insertCaseFiles = (offsets: ChunkOffsets) => `
insert into ministry.case_files (id, person_id, center_id, counselor_id, name, birth_date, phone,
  residence_region_code, stage, stage_changed_on, placement_record_id, opened_on, closed_on,
  closure_reason, version, updated_at)
select 'CF' || (${CASE_FILE_FIRST + offsets.caseFiles - 1}
    + row_number() over (order by s.n, s.slot))::text,
  ${personId('s.n')}, s.m_center, s.m_counselor, pe.name, pe.birth, pe.phone,
  ${codeOn('rc', 's.start_on')},
  s.m_stage, s.m_stage_on, case when j.ord is not null then ${recordId(offsets, 'j.ord')} end,
  s.start_on, s.m_closed_on, s.m_reason, s.m_version,
  ${at('coalesce(s.m_closed_on, s.m_stage_on)', '0')}
from g_slot s
join g_people pe on pe.n = s.n
join g_code rc on rc.place = pe.place
left join (select n, seq, ord from g_job where during) j on j.n = s.n and j.seq = s.slot
where s.prog = 'M'
order by s.n, s.slot`;

  const insertPlacements = (offsets: ChunkOffsets) => `
insert into districts.placements (id, person_id, center_id, service_code, employer_id, placed_on,
  insurance_record_id)
select 'PLG' || substr(${recordId(offsets, 'j.ord')}, 3), ${personId('s.n')}, s.d_center,
  s.d_service, j.employer, s.start_on, ${recordId(offsets, 'j.ord')}
from g_slot s join g_job j on j.n = s.n and j.seq = s.slot
where s.prog = 'D'
order by s.n, s.slot`;

  const insertProfiles = `
insert into fiftyplus.talent_profiles (person_id, name, birth_date, phone, residence_region_code,
  campus_id, readiness, desired_region_codes, desired_min_monthly_wage,
  desired_max_hours_per_week, desired_employment_types, registered_on, updated_at)
select ${personId('f.n')}, pe.name, pe.birth, pe.phone, f.code, pe.campus, null,
  case when cm.region_code is null or cm.region_code = f.code then array[f.code]
    else array[f.code, cm.region_code] end,
  case when f.part_time then 1200000 + floor(${u('f.n', P.wage)} * 7) * 100000
    else 2100000 + floor(${u('f.n', P.wage)} * 12) * 100000 end,
  case when f.part_time then (array[20, 25, 30])[1 + floor(${u('f.n', P.hours)} * 3)::int]
    else 40 end,
  case when f.part_time then array['PERMANENT_PART_TIME', 'FIXED_TERM_PART_TIME']
    else case floor(${u('f.n', P.wantedTypes)} * 3)::int when 0 then array['PERMANENT']
      when 1 then array['PERMANENT', 'FIXED_TERM']
      else array['PERMANENT', 'FIXED_TERM', 'PERMANENT_PART_TIME'] end
  end,
  f.registered_on,
  ${at('f.registered_on', `floor(${u('f.n', P.submittedTime)} * 32400)`)}
from (
  select g.*, ${codeOn('rc', 'g.registered_on')} as code
  from (
    select d.n, ${u('d.n', P.partTime)} < 0.3 as part_time,
      d.first_enrolled - (7 + floor(${u('d.n', P.registered)} * 60))::int as registered_on
    from (
      select distinct on (n) n, start_on as first_enrolled from g_slot where prog = 'F'
      order by n, slot
    ) d
  ) g
  join g_people p on p.n = g.n
  join g_code rc on rc.place = p.place
) f
join g_people pe on pe.n = f.n
left join g_campus cm on cm.campus = pe.campus
order by f.n`;

  const insertEnrollments = `
insert into fiftyplus.enrollments (id, course_id, person_id, status, enrolled_on, completed_on,
  withdrawn_on)
select ${uuid('s.n * 8 + s.slot', P.enrolmentId)}, s.f_course, ${personId('s.n')}, s.f_status1, s.start_on,
  s.f_done1, s.f_wd1
from g_slot s where s.prog = 'F'
union all
select ${uuid('s.n * 8 + s.slot', P.secondEnrolmentId)}, s.f_course2, ${personId('s.n')}, s.f_status2, s.f_enrol2,
  s.f_done2, s.f_wd2
from g_slot s where s.prog = 'F' and s.f_course2 is not null`;

  const submittedAt = (n: string, slot: string, start: string) =>
    at(start, `floor(${u(`${n} * 8 + ${slot}`, P.submittedTime)} * 32400)`);
  const insertMembers = `
insert into city.members (id, joined_at)
select ${personId('c.n')},
  ${submittedAt('c.n', 'c.slot', 'c.start_on')} - make_interval(days => (1 + floor(${u('c.n', P.joined)} * 400))::int)
from (select distinct on (n) n, slot, start_on from g_slot where prog = 'C' order by n, slot) c
order by c.n`;

  const insertApplications = `
insert into city.program_applications (id, program_id, member_id, sector, program_type_id,
  training_field_code, applicant_name, phone, birth_date, residence_region_code,
  employment_status, prior_participation_months, motivation, status, submitted_at)
select ${uuid('s.n * 8 + s.slot', P.applicationId)}, ${lit(city?.id ?? '')},
  ${personId('s.n')}, s.c_sector, s.c_type, s.c_field, pe.name, pe.phone, pe.birth,
  ${codeOn('rc', 's.start_on')},
  'UNEMPLOYED', 0, null, s.c_status, ${submittedAt('s.n', 's.slot', 's.start_on')}
from g_slot s
join g_people pe on pe.n = s.n
join g_code rc on rc.place = pe.place
where s.prog = 'C'
order by s.n, s.slot`;

  return {
    people,
    firstPlan,
    slot,
    nextPlan,
    jobs,
    insertInsurance,
    insertCaseFiles,
    insertPlacements,
    insertProfiles,
    insertEnrollments,
    insertMembers,
    insertApplications,
  };
}
