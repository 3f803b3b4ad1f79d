/**
 * Writes data/synthetic/<agency>/*.csv: one synthetic population as each agency holds it, so
 * that the same person is the same (member id, birth date, residence) wherever they appear, and
 * every placement an agency records has the Ministry's employment-insurance acquisition behind it.
 * Deterministic: the committed files regenerate byte for byte.
 * Run: pnpm --filter @jobgraph/data generate:population
 *
 * Figures it reproduces (DOMAIN.md): Dongjak Employment Support Center, opened May 2023 — 1,614
 * placements in the year after opening, 16.5% of the people living in Dongjak-gu who started a
 * job that year (so 9,782 such starts in the insurance records).
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';
import { stringify } from 'csv-stringify/sync';

const out = new URL('../synthetic/', import.meta.url);
const work24 = new URL('../work24/', import.meta.url);

// ---- deterministic randomness ----
function prng(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const random = prng(50_2026);
const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
const between = (low: number, high: number) => low + Math.floor(random() * (high - low + 1));
function weighted<T>(entries: ReadonlyArray<readonly [T, number]>): T {
  const total = entries.reduce((sum, [, weight]) => sum + weight, 0);
  let roll = random() * total;
  for (const [value, weight] of entries) {
    roll -= weight;
    if (roll < 0) return value;
  }
  return (entries.at(-1) as readonly [T, number])[0];
}

// ---- dates ----
const DAY = 86_400_000;
const day = (iso: string) => Date.parse(`${iso}T00:00:00Z`);
const iso = (time: number) => new Date(time).toISOString().slice(0, 10);
const dayBetween = (from: string, to: string) =>
  iso(day(from) + between(0, (day(to) - day(from)) / DAY) * DAY);
const addDays = (date: string, days: number) => iso(day(date) + days * DAY);
const TODAY = '2026-11-25';

/** Dongjak Employment Support Center: opened May 2023; its first year. */
const DONGJAK_FIRST_YEAR = { from: '2023-05-01', to: '2024-04-30' } as const;
const DONGJAK_FIRST_YEAR_PLACEMENTS = 1_614;
/** 1,614 / 9,782 = 16.50% of the Dongjak residents who started a job that year. */
const DONGJAK_FIRST_YEAR_STARTS = 9_782;

// ---- the feed's employers, so that records point at employers the graph knows ----
interface EmployerCsv {
  id: string;
  industry_code: string;
  region_code: string;
  size: string;
}
const employers = (
  parse(readFileSync(new URL('employers.csv', work24)), { columns: true }) as EmployerCsv[]
).filter((employer) => employer.size !== 'PUBLIC_INSTITUTION');
const employersIn = (prefix: string) =>
  employers.filter((employer) => employer.region_code.startsWith(prefix));
const seoulEmployers = employersIn('11');
const anyEmployer = () => pick(employers);

// ---- people ----
const SURNAMES = [
  '김',
  '이',
  '박',
  '최',
  '정',
  '강',
  '조',
  '윤',
  '장',
  '임',
  '한',
  '오',
  '서',
  '신',
  '권',
  '황',
  '안',
  '송',
  '류',
  '홍',
];
const GIVEN = [
  '민',
  '서',
  '지',
  '현',
  '영',
  '수',
  '정',
  '은',
  '경',
  '미',
  '숙',
  '호',
  '철',
  '성',
  '희',
  '진',
  '순',
  '준',
  '혜',
  '석',
  '옥',
  '재',
  '동',
  '명',
];
const koreanName = () => `${pick(SURNAMES)}${pick(GIVEN)}${pick(GIVEN)}`;

interface Person {
  id: string;
  name: string;
  birthDate: string;
  phone: string;
  residence: string;
}
let personCount = 0;
const phones = new Set<string>();
function newPerson(residence: string, ageFrom: number, ageTo: number, at = TODAY): Person {
  personCount += 1;
  const year = Number(at.slice(0, 4)) - between(ageFrom, ageTo);
  const birthDate = dayBetween(`${year - 1}-${at.slice(5)}`, addDays(`${year}-${at.slice(5)}`, -1));
  let phone: string;
  do phone = `010-${between(2000, 9999)}-${String(between(0, 9999)).padStart(4, '0')}`;
  while (phones.has(phone));
  phones.add(phone);
  return {
    id: `M${String(personCount).padStart(8, '0')}`,
    name: koreanName(),
    birthDate,
    phone,
    residence,
  };
}

/** The people whose journeys the documentation and end-to-end tests follow, across agencies. */
const story: Person[] = [
  { id: '', name: '김영수', birthDate: '1968-03-14', phone: '010-2001-0001', residence: '11590' },
  { id: '', name: '박미경', birthDate: '1973-09-02', phone: '010-2001-0002', residence: '11620' },
  { id: '', name: '이정호', birthDate: '1965-06-21', phone: '010-2001-0003', residence: '28237' },
  { id: '', name: '최은주', birthDate: '1974-12-08', phone: '010-2001-0004', residence: '47190' },
  { id: '', name: '정민수', birthDate: '1997-01-30', phone: '010-2001-0005', residence: '11590' },
  { id: '', name: '한수진', birthDate: '1970-07-17', phone: '010-2001-0006', residence: '11530' },
].map((person) => {
  personCount += 1;
  phones.add(person.phone);
  return { ...person, id: `M${String(personCount).padStart(8, '0')}` };
});
const [youngsoo, mikyung, jungho, eunju, minsu, sujin] = story as [
  Person,
  Person,
  Person,
  Person,
  Person,
  Person,
];

// ---- Ministry: employment-insurance records ----
interface InsuranceRecord {
  id: string;
  person_id: string;
  employer_id: string;
  industry_code: string;
  workplace_region_code: string;
  residence_region_code: string;
  acquired_on: string;
  lost_on: string;
}
const insurance: InsuranceRecord[] = [];
/** Jeonbuk was renumbered on 2024-01-18 (Iksan 45140 → 52140): a record carries the code of its day. */
const codeOn = (region: string, date: string) =>
  region === '52140' && date < '2024-01-18'
    ? '45140'
    : region === '45140' && date >= '2024-01-18'
      ? '52140'
      : region;
function acquire(
  person: Person,
  acquiredOn: string,
  employer = anyEmployer(),
  lostAfterDays?: number,
): InsuranceRecord {
  const lost =
    lostAfterDays !== undefined
      ? addDays(acquiredOn, lostAfterDays)
      : random() < 0.32
        ? addDays(acquiredOn, between(45, 900))
        : '';
  const record: InsuranceRecord = {
    id: `IR${String(insurance.length + 1).padStart(7, '0')}`,
    person_id: person.id,
    employer_id: employer.id,
    industry_code: employer.industry_code,
    workplace_region_code: codeOn(employer.region_code, acquiredOn),
    residence_region_code: codeOn(person.residence, acquiredOn),
    acquired_on: acquiredOn,
    lost_on: lost !== '' && lost > TODAY ? '' : lost,
  };
  insurance.push(record);
  return record;
}

// ---- Districts: placements by the Dongjak center (and its first year's figure) ----
interface Placement {
  id: string;
  person_id: string;
  center_id: string;
  service_code: string;
  employer_id: string;
  placed_on: string;
  insurance_record_id: string;
}
const placements: Placement[] = [];
const DONGJAK_SERVICES: ReadonlyArray<readonly [string, number, number, number]> = [
  // service, weight, youngest, oldest
  ['job-plus', 45, 25, 49],
  ['senior-job', 20, 60, 75],
  ['noryangjin-youth', 20, 19, 34],
  ['dongjak-50plus', 15, 50, 64],
];
function place(person: Person, centerId: string, service: string, placedOn: string): Placement {
  const employer = random() < 0.7 ? pick(seoulEmployers) : anyEmployer();
  const record = acquire(person, placedOn, employer);
  const placement: Placement = {
    id: `PL${String(placements.length + 1).padStart(6, '0')}`,
    person_id: person.id,
    center_id: centerId,
    service_code: service,
    employer_id: employer.id,
    placed_on: placedOn,
    insurance_record_id: record.id,
  };
  placements.push(placement);
  return placement;
}
function dongjakPlacement(from: string, to: string, person?: Person, service?: string) {
  const [code, , youngest, oldest] =
    service !== undefined
      ? (DONGJAK_SERVICES.find(([candidate]) => candidate === service) ??
        (DONGJAK_SERVICES[0] as (typeof DONGJAK_SERVICES)[number]))
      : weighted(DONGJAK_SERVICES.map((entry) => [entry, entry[1]] as const));
  const placedOn = dayBetween(from, to);
  return place(
    person ?? newPerson('11590', youngest ?? 25, oldest ?? 60, placedOn),
    'dc-dongjak',
    code ?? 'job-plus',
    placedOn,
  );
}

// The story: 정민수 placed by the Noryangjin Youth Job Center in the first year.
dongjakPlacement('2023-09-01', '2023-09-30', minsu, 'noryangjin-youth');
for (let index = 1; index < DONGJAK_FIRST_YEAR_PLACEMENTS; index += 1) {
  dongjakPlacement(DONGJAK_FIRST_YEAR.from, DONGJAK_FIRST_YEAR.to);
}
// The other starts of Dongjak residents that year, without the center.
for (let index = DONGJAK_FIRST_YEAR_PLACEMENTS; index < DONGJAK_FIRST_YEAR_STARTS; index += 1) {
  acquire(newPerson('11590', 19, 70), dayBetween(DONGJAK_FIRST_YEAR.from, DONGJAK_FIRST_YEAR.to));
}
// Later years of the Dongjak center, and the other district centers using the same model.
for (let index = 0; index < 2_600; index += 1) dongjakPlacement('2024-05-01', '2026-11-15');
for (const [centerId, region, count, from] of [
  ['dc-gwanak', '11620', 900, '2024-03-01'],
  ['dc-guro', '11530', 700, '2024-07-01'],
  ['dc-iksan', '52140', 400, '2025-02-01'],
] as const) {
  for (let index = 0; index < count; index += 1) {
    const placedOn = dayBetween(from, '2026-11-15');
    place(newPerson(region, 19, 70, placedOn), centerId, 'integrated-desk', placedOn);
  }
}

// Employment elsewhere, 2023–2026, for region comparisons.
const ELSEWHERE: ReadonlyArray<readonly [string, number]> = [
  ['11620', 1800],
  ['11530', 1400],
  ['11545', 900],
  ['11680', 1600],
  ['11440', 1100],
  ['11350', 1000],
  ['28237', 1200],
  ['28260', 1000],
  ['28177', 700],
  ['47190', 900],
  ['52140', 500],
];
for (const [region, count] of ELSEWHERE) {
  for (let index = 0; index < count; index += 1) {
    const acquiredOn = dayBetween('2023-01-01', '2026-11-15');
    const local = employersIn(region.slice(0, 2));
    acquire(
      newPerson(region, 19, 70, acquiredOn),
      acquiredOn,
      local.length > 0 && random() < 0.6 ? pick(local) : anyEmployer(),
    );
  }
}
// A few starts of Dongjak residents outside the first year, so the window matters.
for (let index = 0; index < 1_500; index += 1) {
  const acquiredOn =
    random() < 0.3
      ? dayBetween('2023-01-01', '2023-04-30')
      : dayBetween('2024-05-01', '2026-11-15');
  acquire(newPerson('11590', 19, 70, acquiredOn), acquiredOn);
}

// ---- Ministry: case files of job seekers aged 50+ at the mid-career network's centers ----
const STAGES = [
  'INTAKE',
  'DIAGNOSIS',
  'PLAN',
  'TRAINING',
  'JOB_SEARCH',
  'PLACED',
  'FOLLOW_UP',
] as const;
type Stage = (typeof STAGES)[number];
const CENTERS: ReadonlyArray<{ id: string; short: string; regions: readonly string[] }> = [
  { id: 'moel-seoul-gwanak', short: 'gwanak', regions: ['11620', '11590', '11530', '11545'] },
  { id: 'moel-incheon-bukbu', short: 'incheon-bukbu', regions: ['28237', '28245'] },
  { id: 'moel-incheon-seobu', short: 'incheon-seobu', regions: ['28260', '28177'] },
  { id: 'moel-gumi', short: 'gumi', regions: ['47190'] },
];
interface CaseFile {
  id: string;
  person_id: string;
  name: string;
  birth_date: string;
  phone: string;
  residence_region_code: string;
  center_id: string;
  counselor_id: string;
  stage: Stage;
  opened_on: string;
  stage_changed_on: string;
  placement_record_id: string;
}
interface StageChange {
  case_file_id: string;
  stage: Stage;
  entered_on: string;
}
const caseFiles: CaseFile[] = [];
const stageHistory: StageChange[] = [];
function openCase(person: Person, centerId: string, stage: Stage, openedOn: string): CaseFile {
  const center =
    CENTERS.find((candidate) => candidate.id === centerId) ??
    (CENTERS[0] as (typeof CENTERS)[number]);
  const id = `CF${String(caseFiles.length + 1).padStart(5, '0')}`;
  const reached = STAGES.indexOf(stage);
  let date = openedOn;
  let record: InsuranceRecord | undefined;
  for (let step = 0; step <= reached; step += 1) {
    const current = STAGES[step] as Stage;
    if (step > 0) date = addDays(date, between(7, 40));
    if (current === 'PLACED') {
      const local = employersIn(person.residence.slice(0, 2));
      record = acquire(person, date, local.length > 0 ? pick(local) : anyEmployer());
    }
    stageHistory.push({ case_file_id: id, stage: current, entered_on: date });
  }
  const file: CaseFile = {
    id,
    person_id: person.id,
    name: person.name,
    birth_date: person.birthDate,
    phone: person.phone,
    residence_region_code: person.residence,
    center_id: center.id,
    counselor_id: `cs-${center.short}-${String(between(1, 3)).padStart(2, '0')}`,
    stage,
    opened_on: openedOn,
    stage_changed_on: date,
    placement_record_id: record?.id ?? '',
  };
  caseFiles.push(file);
  return file;
}
openCase(youngsoo, 'moel-seoul-gwanak', 'PLAN', '2026-08-04');
openCase(mikyung, 'moel-seoul-gwanak', 'FOLLOW_UP', '2026-01-12');
openCase(jungho, 'moel-incheon-bukbu', 'TRAINING', '2026-05-20');
openCase(eunju, 'moel-gumi', 'JOB_SEARCH', '2026-04-02');
const caseSeekers: Person[] = [];
for (const center of CENTERS) {
  for (let index = 0; index < 120; index += 1) {
    const person = newPerson(pick(center.regions), 50, 67);
    caseSeekers.push(person);
    const stage = weighted<Stage>([
      ['INTAKE', 10],
      ['DIAGNOSIS', 10],
      ['PLAN', 15],
      ['TRAINING', 15],
      ['JOB_SEARCH', 20],
      ['PLACED', 15],
      ['FOLLOW_UP', 15],
    ]);
    // Older files have gone further: open early enough for every stage to fit before today.
    const openedOn = dayBetween('2025-03-01', addDays(TODAY, -40 * (STAGES.indexOf(stage) + 1)));
    openCase(person, center.id, stage, openedOn);
  }
}

// ---- 50Plus Foundation: talent profiles, experienced-talent placements and follow-ups ----
const CAMPUS_BY_REGION: Record<string, string> = {
  '11380': 'campus-west',
  '11410': 'campus-west',
  '11440': 'campus-central',
  '11110': 'campus-central',
  '11140': 'campus-central',
  '11170': 'campus-central',
  '11530': 'campus-south',
  '11545': 'campus-south',
  '11590': 'campus-south',
  '11620': 'campus-south',
  '11560': 'campus-south',
  '11350': 'campus-north',
  '11320': 'campus-north',
  '11305': 'campus-north',
  '11290': 'campus-north',
  '11215': 'campus-east',
  '11230': 'campus-east',
  '11260': 'campus-east',
  '11710': 'campus-east',
  '11740': 'campus-east',
};
const campusFor = (region: string) => CAMPUS_BY_REGION[region] ?? 'campus-central';
const SEOUL_DISTRICTS = Object.keys(CAMPUS_BY_REGION);
const CAREERS: ReadonlyArray<readonly [string, readonly string[]]> = [
  ['0', ['총무·인사 관리', '회계·재무', '구매·자재', '영업 관리', '행정 사무']],
  ['1', ['전기 설계', '품질 관리', '생산 관리', '소프트웨어 개발']],
  ['2', ['직업 상담', '사회복지', '교육 강사']],
  ['3', ['간호', '요양 보호', '병원 행정']],
  ['5', ['조리', '시설 관리', '경비']],
  ['6', ['판매', '운전·배송', '물류 관리']],
  ['7', ['건설 현장 관리', '전기 공사']],
  ['8', ['설비 보전', '기계 조립', '용접']],
];
interface Profile {
  person_id: string;
  name: string;
  birth_date: string;
  phone: string;
  residence_region_code: string;
  campus_id: string;
  readiness: string;
  desired_region_codes: string;
  desired_min_monthly_wage: number;
  desired_max_hours_per_week: number;
  desired_employment_types: string;
  registered_on: string;
}
const profiles: Profile[] = [];
const careers: Array<{ person_id: string; occupation_code: string; title: string; years: number }> =
  [];
function register(
  person: Person,
  readiness: string,
  registeredOn: string,
  career?: ReadonlyArray<readonly [string, string, number]>,
) {
  const near = SEOUL_DISTRICTS.filter((code) => campusFor(code) === campusFor(person.residence));
  const desired = [
    ...new Set([person.residence, pick(near), ...(random() < 0.3 ? [pick(near)] : [])]),
  ];
  const partTime = readiness === 'LOW' || random() < 0.3;
  profiles.push({
    person_id: person.id,
    name: person.name,
    birth_date: person.birthDate,
    phone: person.phone,
    residence_region_code: person.residence,
    campus_id: campusFor(person.residence),
    readiness,
    desired_region_codes: desired.join(';'),
    desired_min_monthly_wage: partTime ? between(120, 180) * 10_000 : between(210, 320) * 10_000,
    desired_max_hours_per_week: partTime ? pick([20, 25, 30]) : 40,
    desired_employment_types: partTime
      ? 'PERMANENT_PART_TIME;FIXED_TERM_PART_TIME'
      : pick(['PERMANENT', 'PERMANENT;FIXED_TERM', 'PERMANENT;FIXED_TERM;PERMANENT_PART_TIME']),
    registered_on: registeredOn,
  });
  const entries =
    career ??
    Array.from({ length: between(1, 3) }, () => {
      const [occupation, titles] = pick(CAREERS);
      return [occupation, pick(titles), between(2, 22)] as const;
    });
  for (const [occupation, title, years] of entries) {
    careers.push({ person_id: person.id, occupation_code: occupation, title, years });
  }
}
register(youngsoo, 'MEDIUM', '2026-07-20', [
  ['0', '총무·인사 관리', 18],
  ['6', '영업 관리', 6],
]);
register(mikyung, 'HIGH', '2025-11-03', [
  ['3', '병원 행정', 12],
  ['0', '회계·재무', 8],
]);
register(sujin, 'LOW', '2026-09-15', [['5', '조리', 9]]);
const seoulSeekers = caseSeekers.filter(
  (person) =>
    person.residence.startsWith('11') &&
    Number(TODAY.slice(0, 4)) - Number(person.birthDate.slice(0, 4)) <= 64,
);
const profilePeople = [...seoulSeekers.slice(0, 60)];
while (profilePeople.length < 1_800) profilePeople.push(newPerson(pick(SEOUL_DISTRICTS), 40, 64));
for (const person of profilePeople) {
  register(
    person,
    weighted([
      ['LOW', 30],
      ['MEDIUM', 45],
      ['HIGH', 25],
    ] as const),
    dayBetween('2025-06-01', '2026-11-10'),
  );
}
interface TalentPlacement {
  id: string;
  person_id: string;
  employer_id: string;
  support_type: string;
  started_on: string;
  ended_on: string;
  insurance_record_id: string;
}
const talentPlacements: TalentPlacement[] = [];
const followUps: Array<{ placement_id: string; checked_on: string; status: string; note: string }> =
  [];
function placeTalent(person: Person | Profile, type: string, startedOn: string) {
  const personId = 'person_id' in person ? person.person_id : person.id;
  const employer = pick(seoulEmployers);
  const ended = type === 'JOB_EXPERIENCE' ? addDays(startedOn, between(60, 120)) : '';
  const owner: Person =
    'person_id' in person
      ? {
          id: personId,
          name: person.name,
          birthDate: person.birth_date,
          phone: person.phone,
          residence: person.residence_region_code,
        }
      : person;
  const record = acquire(
    owner,
    startedOn,
    employer,
    ended ? (day(ended) - day(startedOn)) / DAY : undefined,
  );
  const placement: TalentPlacement = {
    id: `TP${String(talentPlacements.length + 1).padStart(5, '0')}`,
    person_id: personId,
    employer_id: employer.id,
    support_type: type,
    started_on: startedOn,
    ended_on: ended !== '' && ended > TODAY ? '' : ended,
    insurance_record_id: record.id,
  };
  talentPlacements.push(placement);
  for (let check = 1; check <= 3; check += 1) {
    const checkedOn = addDays(startedOn, check * 30);
    if (checkedOn > TODAY) break;
    const left = record.lost_on !== '' && record.lost_on <= checkedOn;
    followUps.push({
      placement_id: placement.id,
      checked_on: checkedOn,
      status: left ? (type === 'JOB_EXPERIENCE' ? 'COMPLETED' : 'LEFT') : 'EMPLOYED',
      note: left
        ? '근무 종료 확인'
        : pick(['근무 적응 양호', '직무 만족도 높음', '근무 시간 조정 희망', '추가 교육 희망']),
    });
    if (left) break;
  }
}
placeTalent(mikyung, 'HIRING', '2026-03-16');
for (const profile of profiles.slice(4, 1_154)) {
  placeTalent(
    profile,
    random() < 0.6 ? 'HIRING' : 'JOB_EXPERIENCE',
    dayBetween('2026-02-01', '2026-11-10'),
  );
}

// ---- City: Attractive Jobs applications of the story people ----
const applications = [
  {
    member_id: youngsoo.id,
    sector: 'PUBLIC',
    program_type_id: 'saj-2026-career-development',
    training_field_code: 'administrative-work',
    person: youngsoo,
    employment_status: 'UNEMPLOYED',
    submitted_at: '2026-03-09T10:12:00+09:00',
  },
  {
    member_id: minsu.id,
    sector: 'PRIVATE',
    program_type_id: 'saj-2026-private-collaboration',
    training_field_code: 'ai-utilization',
    person: minsu,
    employment_status: 'UNEMPLOYED',
    submitted_at: '2026-03-21T15:40:00+09:00',
  },
].map(({ person, ...application }) => ({
  ...application,
  applicant_name: person.name,
  phone: person.phone,
  birth_date: person.birthDate,
  residence_region_code: person.residence,
}));

// ---- write ----
function write(agency: string, name: string, rows: readonly object[]) {
  const folder = new URL(`${agency}/`, out);
  mkdirSync(folder, { recursive: true });
  writeFileSync(
    new URL(name, folder),
    stringify(rows as Record<string, unknown>[], { header: true }),
  );
  console.log(`${agency}/${name}: ${rows.length} rows`);
}
write('ministry', 'insurance-records.csv', insurance);
write('ministry', 'case-files.csv', caseFiles);
write('ministry', 'case-stage-history.csv', stageHistory);
write('districts', 'placements.csv', placements);
write('fiftyplus', 'talent-profiles.csv', profiles);
write('fiftyplus', 'career-history.csv', careers);
write('fiftyplus', 'talent-placements.csv', talentPlacements);
write('fiftyplus', 'follow-ups.csv', followUps);
write('city', 'applications.csv', applications);
