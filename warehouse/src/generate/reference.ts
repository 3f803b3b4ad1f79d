import type { Sql } from '@jobgraph/db';
import { AGE_BANDS } from '../age-bands.js';
import { buildRegionRows, type RegionCsvRow, type RegionRow } from '../load/regions.js';
import {
  type AgeMix,
  ATTRACTIVE_JOBS,
  EARLIEST_RECORD,
  FIRST_AGE,
  PROGRAM_REACH,
  type ProgramCode,
  REGION_FACTOR,
  RESIDENTS_THOUSANDS,
  SNAPSHOT_DAY,
} from './distributions.js';
import { GenerateRefusedError } from './errors.js';

/**
 * The seeded reference data the generator draws from, read once and turned into the small lookup
 * tables the SQL joins (sent as JSON, one temporary table each). Nothing here is a hard-coded
 * code the database might not have: centers, counselors, employers, campuses, courses and
 * programmes are what the agencies' tables hold.
 */

/** The day before the first day and after the last one a code can be valid on. */
const ALWAYS_FROM = '0001-01-01';
const ALWAYS_TO = '9999-12-31';

export interface PlaceRow {
  idx: number;
  place: string;
  sido: string;
  /** Cumulative shares of the first programme: M below c_m, then D, F, the rest C. */
  c_m: number;
  c_d: number;
  c_f: number;
  /** The programme weights themselves (later participations re-weigh them by eligibility). */
  w_m: number;
  w_d: number;
  w_f: number;
  w_c: number;
  f_region: number;
  fp: boolean;
  city: boolean;
  m_centers: string[];
  d_centers: string[];
  campus: string | null;
  local_emp: number;
}

interface CodeOnRow {
  place: string;
  valid_from: string;
  valid_to: string;
  code: string;
}

/** A place's codes over time: `codes[i]` from `bounds[i]` on (SQL: `width_bucket(day, bounds)`). */
export interface PlaceCodes {
  place: string;
  bounds: string[];
  codes: string[];
}

export interface EmployerRow {
  grp: string;
  idx: number;
  id: string;
  industry: string;
  place: string;
}

export interface CityProgram {
  id: string;
  year: number;
  windows: Record<'PUBLIC' | 'PRIVATE', readonly [string, string] | null>;
  wPublic: number;
  types: Record<'PUBLIC' | 'PRIVATE', { ids: Array<string | null>; cdf: number[] }>;
  fields: string[];
  /** The place (region) the programme serves. */
  area: string;
  /** MIN_AGE of its eligibility rules. */
  minAge: number;
}

export interface Reference {
  places: PlaceRow[];
  /** width_bucket thresholds over `places` (cumulative weight before each place, from 0). */
  placeCdf: number[];
  placeCodes: PlaceCodes[];
  employers: EmployerRow[];
  employerCount: number;
  counselors: Array<{ center: string; cnt: number; ids: string[] }>;
  districtCenters: Array<{ center: string; opened_on: string }>;
  districtServices: Array<{ center: string; age: number; cnt: number; codes: string[] }>;
  campuses: Array<{ campus: string; basic_n: number; region_code: string }>;
  basicCourses: Array<{
    campus: string;
    idx: number;
    course: string;
    starts_on: string;
    ends_on: string;
  }>;
  nextCourses: Array<{
    basic: string;
    track_idx: number;
    course: string;
    starts_on: string;
    ends_on: string;
  }>;
  trackCount: number;
  city: CityProgram | null;
  ministry: { minimumAge: number; networkStart: string };
  academy: { minAge: number; maxAge: number } | null;
  /** Age mixes of first participations, cut to each programme's own age limits. */
  firstAge: Record<ProgramCode, AgeMix>;
}

/** Every agency table the generator reads or writes. */
export const SOURCE_TABLES = [
  'ministry.regions',
  'ministry.industries',
  'ministry.centers',
  'ministry.center_service_areas',
  'ministry.counselors',
  'ministry.networks',
  'ministry.network_phases',
  'ministry.insurance_records',
  'ministry.case_files',
  'city.employers',
  'city.programs',
  'city.program_sectors',
  'city.program_types',
  'city.program_training_fields',
  'city.program_eligibility_rules',
  'city.members',
  'city.program_applications',
  'districts.employers',
  'districts.centers',
  'districts.center_services',
  'districts.placements',
  'fiftyplus.programs',
  'fiftyplus.campuses',
  'fiftyplus.courses',
  'fiftyplus.talent_profiles',
  'fiftyplus.enrollments',
] as const;

const dayAfter = (day: string, days = 1) =>
  new Date(Date.parse(`${day}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

function laterDay(a: string, b: string): string {
  if (a >= b) return a;
  return b;
}

function earlierDay(a: string, b: string): string {
  if (a <= b) return a;
  return b;
}

function missing(what: string): never {
  throw new GenerateRefusedError(
    'MISSING_REFERENCE',
    `cannot generate: ${what}; migrate and seed the agencies' schemas first`,
  );
}

/** Reads the reference data and builds the lookups; refuses when something needed is missing. */
export async function readReference(sql: Sql): Promise<Reference> {
  const absent = await sql<{ name: string }[]>`
    select name from json_array_elements_text(${sql.json([...SOURCE_TABLES])}::json) as t(name)
    where to_regclass(name) is null`;
  if (absent.length > 0) {
    throw new GenerateRefusedError(
      'MISSING_SOURCES',
      `cannot generate: the agencies' tables ${absent.map((row) => row.name).join(', ')} do not exist; migrate and seed the ministry, city, districts and fiftyplus schemas first`,
    );
  }

  // ---- regions, and each place's code on every day ----
  const regionRows = await sql<
    {
      code: string;
      level: string;
      parent_code: string | null;
      name_ko: string;
      name_en: string;
      valid_from: string | null;
      valid_to: string | null;
    }[]
  >`select code, level, parent_code, name_ko, name_en, valid_from::text, valid_to::text
    from ministry.regions order by code`;
  if (regionRows.length === 0) missing('ministry.regions is empty');
  const regions = buildRegionRows(
    regionRows.map(
      (row): RegionCsvRow => ({
        code: row.code,
        level: row.level.toLowerCase(),
        parent: row.parent_code ?? '',
        name_ko: row.name_ko,
        name_en: row.name_en,
        valid_from: row.valid_from ?? '',
        valid_to: row.valid_to ?? '',
      }),
    ),
  );
  const regionByCode = new Map(regions.map((row) => [row.code, row]));
  const placeOf = (code: string): RegionRow | undefined => regionByCode.get(code);
  const codeOn = codeIntervals(regions);

  // ---- residents by place ----
  const residents = new Map<string, number>();
  for (const [code, thousands] of Object.entries(RESIDENTS_THOUSANDS)) {
    const region = placeOf(code) ?? placeOf(code.slice(0, 2));
    if (!region) continue;
    residents.set(region.place_key, (residents.get(region.place_key) ?? 0) + thousands);
  }
  const sidoOfPlace = new Map(regions.map((row) => [row.place_key, row.sido_place_key]));

  // ---- employers of the Work24 feed, known to the districts too ----
  const employerRows = await sql<{ id: string; industry_code: string; region_code: string }[]>`
    select e.id, e.industry_code, e.region_code
    from city.employers e
    join districts.employers d on d.id = e.id
    join ministry.industries i on i.code = e.industry_code
    join ministry.regions r on r.code = e.region_code
    where e.size <> 'PUBLIC_INSTITUTION'
    order by e.id`;
  if (employerRows.length === 0)
    missing('no Work24 employers (city.employers, districts.employers)');
  const employers: EmployerRow[] = [];
  const localCount = new Map<string, number>();
  let employerCount = 0;
  for (const row of employerRows) {
    const region = placeOf(row.region_code);
    if (!region) continue;
    employerCount += 1;
    employers.push({
      grp: '*',
      idx: employerCount,
      id: row.id,
      industry: row.industry_code,
      place: region.place_key,
    });
    const local = (localCount.get(region.sido_place_key) ?? 0) + 1;
    localCount.set(region.sido_place_key, local);
    employers.push({
      grp: region.sido_place_key,
      idx: local,
      id: row.id,
      industry: row.industry_code,
      place: region.place_key,
    });
  }
  const mostEmployers = Math.max(...localCount.values());
  const regionFactor = (sido: string) =>
    REGION_FACTOR.min +
    (REGION_FACTOR.span * Math.log1p(localCount.get(sido) ?? 0)) / Math.log1p(mostEmployers);

  // ---- the Ministry: network, centers with counselors, and whom each center serves ----
  const [network] = await sql<{ minimum_age: number; first_year: number | null }[]>`
    select n.minimum_age, (select min(year) from ministry.network_phases p where p.network_id = n.id)
      as first_year
    from ministry.networks n order by n.id limit 1`;
  if (!network) missing('ministry.networks is empty');
  const counselorRows = await sql<{ center: string; ids: string[] }[]>`
    select center_id as center, array_agg(id order by id) as ids
    from ministry.counselors group by center_id order by center_id`;
  const centerRows = await sql<{ id: string; region_code: string; areas: string[] }[]>`
    select c.id, c.region_code,
      coalesce(array_agg(a.region_code order by a.position) filter (where a.region_code is not null),
        '{}') as areas
    from ministry.centers c left join ministry.center_service_areas a on a.center_id = c.id
    where exists (select 1 from ministry.counselors s where s.center_id = c.id)
    group by c.id order by c.id`;
  if (centerRows.length === 0) missing('no Ministry center has counselors');
  const servedBy = new Map<string, string[]>();
  const centersInSido = new Map<string, string[]>();
  for (const center of centerRows) {
    for (const area of center.areas) {
      const place = placeOf(area)?.place_key;
      if (place) servedBy.set(place, [...(servedBy.get(place) ?? []), center.id]);
    }
    const sido = placeOf(center.region_code)?.sido_place_key;
    if (sido) centersInSido.set(sido, [...(centersInSido.get(sido) ?? []), center.id]);
  }
  const allCenters = centerRows.map((center) => center.id);
  const ministryCentersFor = (place: string, sido: string) =>
    servedBy.get(place) ?? centersInSido.get(sido) ?? allCenters;

  // ---- the districts' job centers and their services ----
  const districtRows = await sql<
    {
      id: string;
      region_code: string;
      opened_on: string;
      services: Array<{ code: string; min_age: number | null; max_age: number | null }>;
    }[]
  >`select c.id, c.region_code, c.opened_on::text,
      json_agg(json_build_object('code', s.code, 'min_age', s.min_age, 'max_age', s.max_age)
        order by s.position, s.code) as services
    from districts.centers c join districts.center_services s on s.center_id = c.id
    where c.opened_on <= ${SNAPSHOT_DAY}::date
    group by c.id order by c.id`;
  const districtCentersIn = new Map<string, string[]>();
  const districtServices: Reference['districtServices'] = [];
  for (const center of districtRows) {
    const place = placeOf(center.region_code)?.place_key;
    if (!place) continue;
    districtCentersIn.set(place, [...(districtCentersIn.get(place) ?? []), center.id]);
    for (let age = 15; age <= 100; age += 1) {
      const fitting = center.services.filter(
        (service) =>
          (service.min_age === null || age >= service.min_age) &&
          (service.max_age === null || age <= service.max_age),
      );
      // No service for this age: any of the center's (the desk takes everyone in the end).
      const codes = (fitting.length > 0 ? fitting : center.services).map((service) => service.code);
      districtServices.push({ center: center.id, age, cnt: codes.length, codes });
    }
  }

  // ---- the 50Plus academy: its area, ages, campuses and courses ----
  const [academyRow] = await sql<
    { id: string; area_code: string; min_age: number; max_age: number }[]
  >`select id, area_code, min_age, max_age from fiftyplus.programs
    where kind = 'MIDCAREER_JOB_ACADEMY' order by id limit 1`;
  const campusRows = await sql<{ id: string; region_code: string }[]>`
    select id, region_code from fiftyplus.campuses order by position, id`;
  const courseRows = academyRow
    ? await sql<
        { id: string; campus: string; track: string; starts_on: string; ends_on: string }[]
      >`select id, campus_id as campus, track, starts_on::text, ends_on::text
        from fiftyplus.courses where program_id = ${academyRow.id}
        order by campus_id, starts_on, id`
    : [];
  // Where the foundation's own members of a place go: the seeded profiles' most common campus.
  const campusOfResidence = await sql<{ code: string; campus: string }[]>`
    select distinct on (residence_region_code) residence_region_code as code, campus_id as campus
    from fiftyplus.talent_profiles
    group by residence_region_code, campus_id
    order by residence_region_code, count(*) desc, campus_id`;
  const campusByPlace = new Map<string, string>();
  for (const row of campusOfResidence) {
    const place = placeOf(row.code)?.place_key;
    if (place && !campusByPlace.has(place)) campusByPlace.set(place, row.campus);
  }
  for (const campus of campusRows) {
    const place = placeOf(campus.region_code)?.place_key;
    if (place && !campusByPlace.has(place)) campusByPlace.set(place, campus.id);
  }
  const basicCourses: Reference['basicCourses'] = [];
  const nextCourses: Reference['nextCourses'] = [];
  const tracks = [
    ...new Set(courseRows.map((course) => course.track).filter((track) => track !== 'BASIC')),
  ].sort();
  for (const campus of campusRows) {
    const atCampus = courseRows.filter((course) => course.campus === campus.id);
    for (const basic of atCampus.filter(
      (course) => course.track === 'BASIC' && dayAfter(course.starts_on, -21) <= SNAPSHOT_DAY,
    )) {
      basicCourses.push({
        campus: campus.id,
        idx: basicCourses.filter((row) => row.campus === campus.id).length + 1,
        course: basic.id,
        starts_on: basic.starts_on,
        ends_on: basic.ends_on,
      });
      for (const [index, track] of tracks.entries()) {
        const next = atCampus.find(
          (course) => course.track === track && course.starts_on > basic.ends_on,
        );
        if (next) {
          nextCourses.push({
            basic: basic.id,
            track_idx: index + 1,
            course: next.id,
            starts_on: next.starts_on,
            ends_on: next.ends_on,
          });
        }
      }
    }
  }
  const campuses = campusRows.map((campus) => ({
    campus: campus.id,
    basic_n: basicCourses.filter((row) => row.campus === campus.id).length,
    region_code: campus.region_code,
  }));
  const basicAt = new Map(campuses.map((campus) => [campus.campus, campus.basic_n]));
  const academyArea = academyRow ? placeOf(academyRow.area_code)?.place_key : undefined;

  // ---- Seoul Attractive Jobs: the latest programme, its sectors, types and fields ----
  const city = await readCityProgram(sql, (code) => placeOf(code)?.place_key);

  // ---- the places people live in ----
  const inArea = (place: string, sido: string, area: string | undefined) =>
    area !== undefined && (place === area || sido === area);
  const placeKeys = [...residents.keys()].filter((place) => (residents.get(place) ?? 0) > 0).sort();
  const places: PlaceRow[] = [];
  const placeCdf: number[] = [];
  let cumulative = 0;
  const weighted = placeKeys.map((place, index) => {
    const sido = sidoOfPlace.get(place) ?? place;
    const fallbackCampus = campusRows[index % Math.max(1, campusRows.length)]?.id ?? null;
    const fp = inArea(place, sido, academyArea) && campusRows.length > 0;
    const campus = fp ? (campusByPlace.get(place) ?? fallbackCampus) : null;
    const dCenters = districtCentersIn.get(place) ?? [];
    const w = {
      m: PROGRAM_REACH.ministry,
      d: dCenters.length > 0 ? PROGRAM_REACH.districts : 0,
      f: fp && campus !== null && (basicAt.get(campus) ?? 0) > 0 ? PROGRAM_REACH.fiftyplus : 0,
      c: city && inArea(place, sido, city.area) ? PROGRAM_REACH.city : 0,
    };
    return { place, sido, fp: w.f > 0, campus, dCenters, w, city: w.c > 0 };
  });
  for (const [index, entry] of weighted.entries()) {
    const total = entry.w.m + entry.w.d + entry.w.f + entry.w.c;
    placeCdf.push(cumulative);
    cumulative += (residents.get(entry.place) ?? 0) * total;
    places.push({
      idx: index + 1,
      place: entry.place,
      sido: entry.sido,
      c_m: entry.w.m / total,
      c_d: (entry.w.m + entry.w.d) / total,
      c_f: (entry.w.m + entry.w.d + entry.w.f) / total,
      w_m: entry.w.m,
      w_d: entry.w.d,
      w_f: entry.w.f,
      w_c: entry.w.c,
      f_region: regionFactor(entry.sido),
      fp: entry.fp,
      city: entry.city,
      m_centers: ministryCentersFor(entry.place, entry.sido),
      d_centers: entry.dCenters,
      campus: entry.campus,
      local_emp: localCount.get(entry.sido) ?? 0,
    });
  }
  if (places.length === 0)
    missing('no residence code of the population table is in ministry.regions');
  const cdf = placeCdf.map((value) => value / cumulative);

  const usedPlaces = [
    ...new Set([...places.map((row) => row.place), ...employers.map((e) => e.place)]),
  ].sort();
  const placeCodes = usedPlaces.map((place) => {
    const spans = codeOn.filter((row) => row.place === place);
    // Records are dated from EARLIEST_RECORD to SNAPSHOT_DAY: a code on each of those days.
    const relevant = spans.filter(
      (row) => row.valid_to >= EARLIEST_RECORD && row.valid_from <= SNAPSHOT_DAY,
    );
    const covered = relevant.every(
      (row, index) =>
        (index === 0 ? row.valid_from <= EARLIEST_RECORD : true) &&
        (index === relevant.length - 1
          ? row.valid_to >= SNAPSHOT_DAY
          : dayAfter(row.valid_to) === relevant[index + 1]?.valid_from),
    );
    if (relevant.length === 0 || !covered) {
      missing(`region ${place} has no code on some day from ${EARLIEST_RECORD} to ${SNAPSHOT_DAY}`);
    }
    return {
      place,
      bounds: relevant.map((row, index) => (index === 0 ? ALWAYS_FROM : row.valid_from)),
      codes: relevant.map((row) => row.code),
    };
  });

  const clampAges = (mix: AgeMix, min: number, max: number): AgeMix =>
    mix
      .map(([from, to, weight]) => [Math.max(from, min), Math.min(to, max), weight] as const)
      .filter(([from, to]) => from <= to);
  const minimumAge = network.minimum_age;
  return {
    places,
    placeCdf: cdf,
    placeCodes,
    employers,
    employerCount,
    counselors: counselorRows.map((row) => ({
      center: row.center,
      cnt: row.ids.length,
      ids: row.ids,
    })),
    districtCenters: districtRows.map((row) => ({ center: row.id, opened_on: row.opened_on })),
    districtServices,
    campuses,
    basicCourses,
    nextCourses,
    trackCount: tracks.length,
    city,
    ministry: {
      minimumAge,
      networkStart: `${network.first_year ?? Number(SNAPSHOT_DAY.slice(0, 4))}-01-01`,
    },
    academy: academyRow ? { minAge: academyRow.min_age, maxAge: academyRow.max_age } : null,
    firstAge: {
      M: nonEmpty(clampAges(FIRST_AGE.M, minimumAge, 120), 'M'),
      F: academyRow
        ? nonEmpty(clampAges(FIRST_AGE.F, academyRow.min_age, academyRow.max_age), 'F')
        : FIRST_AGE.F,
      C: nonEmpty(clampAges(FIRST_AGE.C, city?.minAge ?? 18, 120), 'C'),
      D: FIRST_AGE.D,
    },
  };
}

function nonEmpty(mix: AgeMix, program: ProgramCode): AgeMix {
  if (mix.length === 0) missing(`no age of the ${program} age mix is eligible for the programme`);
  return mix;
}

/**
 * For each place, the code it has on every day: the codes of its renumbering chain over their
 * validity, and where none is valid (Incheon's Jung-gu and Dong-gu after 2026-06-30, whose new
 * codes are not in the list yet) the code of its sido on that day.
 */
function codeIntervals(regions: readonly RegionRow[]): CodeOnRow[] {
  const chain = (place: string) =>
    regions
      .filter((row) => row.place_key === place)
      .map((row) => ({
        place,
        valid_from: row.valid_from ?? ALWAYS_FROM,
        valid_to: row.valid_to ?? ALWAYS_TO,
        code: row.code,
      }))
      .sort((a, b) => (a.valid_from < b.valid_from ? -1 : 1));
  const result: CodeOnRow[] = [];
  for (const place of [...new Set(regions.map((row) => row.place_key))].sort()) {
    const own = chain(place);
    const sido = regions.find((row) => row.place_key === place)?.sido_place_key ?? place;
    const parent = sido === place ? [] : chain(sido);
    const spans: CodeOnRow[] = [];
    let from = ALWAYS_FROM;
    const fill = (until: string) => {
      // The sido's codes over [from, until].
      for (const span of parent) {
        const start = laterDay(span.valid_from, from);
        const end = earlierDay(span.valid_to, until);
        if (start <= end) spans.push({ place, valid_from: start, valid_to: end, code: span.code });
      }
    };
    for (const span of own) {
      if (span.valid_from > from) fill(dayAfter(span.valid_from, -1));
      spans.push(span);
      from = span.valid_to === ALWAYS_TO ? ALWAYS_TO : dayAfter(span.valid_to);
    }
    if (from !== ALWAYS_TO && from <= ALWAYS_TO) fill(ALWAYS_TO);
    result.push(...spans);
  }
  return result;
}

async function readCityProgram(
  sql: Sql,
  placeOf: (code: string) => string | undefined,
): Promise<CityProgram | null> {
  const snapshotYear = Number(SNAPSHOT_DAY.slice(0, 4));
  const [program] = await sql<{ id: string; year: number; area_region_code: string }[]>`
    select id, year, area_region_code from city.programs
    where year <= ${snapshotYear} order by year desc, id limit 1`;
  if (!program) return null;
  const area = placeOf(program.area_region_code);
  if (!area) return null;
  const [sectors, types, fields, rules] = await Promise.all([
    sql<{ kind: 'PUBLIC' | 'PRIVATE'; positions: number }[]>`
      select kind, positions from city.program_sectors where program_id = ${program.id} order by kind`,
    sql<{ id: string; sector: 'PUBLIC' | 'PRIVATE'; positions: number | null }[]>`
      select id, sector, positions from city.program_types where program_id = ${program.id}
      order by sector, id`,
    sql<{ code: string }[]>`
      select code from city.program_training_fields
      where program_id = ${program.id} and (introduced_in is null or introduced_in <= ${program.year})
      order by position, code`,
    sql<{ value: number | null }[]>`
      select value from city.program_eligibility_rules
      where program_id = ${program.id} and kind = 'MIN_AGE'`,
  ]);
  const clip = (window: readonly [string, string]): readonly [string, string] | null => {
    const from = `${program.year}-${window[0]}`;
    const to = `${program.year}-${window[1]}`;
    const end = to < SNAPSHOT_DAY ? to : dayAfter(SNAPSHOT_DAY, -1);
    return from <= end ? [from, end] : null;
  };
  const windows = {
    PUBLIC: sectors.some((s) => s.kind === 'PUBLIC') ? clip(ATTRACTIVE_JOBS.windows.PUBLIC) : null,
    PRIVATE: sectors.some((s) => s.kind === 'PRIVATE')
      ? clip(ATTRACTIVE_JOBS.windows.PRIVATE)
      : null,
  };
  const positions = (kind: 'PUBLIC' | 'PRIVATE') =>
    windows[kind] ? (sectors.find((s) => s.kind === kind)?.positions ?? 0) : 0;
  const total = positions('PUBLIC') + positions('PRIVATE');
  if (total <= 0) return null;
  const typeMix = (kind: 'PUBLIC' | 'PRIVATE') => {
    const ofSector = types.filter((type) => type.sector === kind);
    const sectorPositions = Math.max(1, positions(kind));
    const stated = ofSector.reduce((sum, type) => sum + (type.positions ?? 0), 0);
    const unstated = ofSector.filter((type) => type.positions === null);
    const rest = Math.max(0, sectorPositions - stated);
    // Types with a figure take their share; the rest is split among the others, else "no type".
    const entries: Array<[string | null, number]> = [
      ...ofSector
        .filter((type) => type.positions !== null)
        .map((type): [string, number] => [type.id, type.positions ?? 0]),
      ...(unstated.length > 0
        ? unstated.map((type): [string, number] => [type.id, rest / unstated.length])
        : [[null, rest] as [null, number]]),
    ].filter(([, weight]) => weight > 0);
    const sum = entries.reduce((acc, [, weight]) => acc + weight, 0) || 1;
    const cdf: number[] = [];
    let running = 0;
    for (const [, weight] of entries) {
      cdf.push(running / sum);
      running += weight;
    }
    return { ids: entries.map(([id]) => id), cdf: cdf.length > 0 ? cdf : [0] };
  };
  return {
    id: program.id,
    year: program.year,
    windows,
    wPublic: positions('PUBLIC') / total,
    types: { PUBLIC: typeMix('PUBLIC'), PRIVATE: typeMix('PRIVATE') },
    fields: fields.map((field) => field.code),
    area,
    minAge: rules[0]?.value ?? 18,
  };
}

/** The age bands as SQL `case` arms over an age expression, with a value per band. */
export function bandCase(age: string, value: (code: (typeof AGE_BANDS)[number]['code']) => number) {
  const arms = AGE_BANDS.map((band) => {
    const low = band.minAge === null ? null : `${age} >= ${band.minAge}`;
    const high = band.maxAge === null ? null : `${age} <= ${band.maxAge}`;
    const test = [low, high].filter((part) => part !== null).join(' and ');
    return `when ${test} then ${value(band.code)}`;
  });
  return `(case ${arms.join(' ')} end)`;
}
