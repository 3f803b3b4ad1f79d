import type { SubgraphResolvers } from './subgraph-host.js';

/**
 * A generated regional employment center's subgraph, as the network's centers write them: its
 * own prefixed types (job demand days, partner employers and their openings, programmes), fields
 * on `Region` (the city's) and on `EmploymentCenter` (the ministry's interface, through
 * `@interfaceObject`), and root fields answered from deterministic data.
 */
export interface CenterSubgraph {
  readonly name: string;
  readonly owner: string;
  readonly sdl: string;
  readonly resolvers: SubgraphResolvers;
}

export interface CenterChanges {
  /** `revision1` … `revisionN` on the job demand day, each answering its number. */
  readonly revisions?: number;
  /** A nullable `remarks` on the job demand day: the change a check is run on. */
  readonly remarks?: boolean;
}

const SECTORS = [
  'MANUFACTURING',
  'LOGISTICS',
  'HEALTHCARE',
  'SOCIAL_WELFARE',
  'FACILITY_MANAGEMENT',
  'IT_SERVICES',
  'RETAIL',
  'CONSTRUCTION',
  'FOOD_SERVICE',
  'TRANSPORT',
] as const;

const PROGRAMME_KINDS = [
  'JOB_SEARCH_SKILLS',
  'VOCATIONAL_TRAINING',
  'CAREER_DESIGN',
  'STARTUP',
  'SOCIAL_CONTRIBUTION',
] as const;

/** Sigungu codes the generated centers' data is placed in (Seoul and Gyeonggi). */
const REGION_CODES = ['11110', '11140', '11170', '11590', '11620', '41110', '41130', '41170'];

/** mulberry32: the same center number gives the same schema and data on every run. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export const centerName = (index: number) => `center-${String(index).padStart(2, '0')}`;

interface Opening {
  id: string;
  title: string;
  wage: { amount: number; unit: 'HOURLY' | 'MONTHLY' };
  closesOn: string | null;
  minimumAge: number | null;
}

interface Employer {
  id: string;
  name: string;
  sector: string;
  employees: number;
  phone: string;
  openings: Opening[];
}

interface DemandDay {
  id: string;
  title: string;
  heldOn: string;
  venue: string;
  region: { code: string };
  sector: string;
  interviewPlaces: number;
  employers: Employer[];
  registrations: Array<{ id: string; registeredOn: string; ageBand: string; status: string }>;
}

interface CenterData {
  sectors: string[];
  employers: Employer[];
  days: DemandDay[];
  programmes: Array<{
    id: string;
    name: string;
    kind: string;
    capacity: number;
    startsOn: string;
    weeks: number;
  }>;
  profile: { name: string; staff: number; focusSectors: string[]; programmeCount: number };
}

const day = (month: number, date: number) =>
  `2026-${String(month).padStart(2, '0')}-${String(date).padStart(2, '0')}`;

function centerData(index: number, code: string): CenterData {
  const next = random(index * 7919);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)] as T;
  const sectors = SECTORS.filter(() => next() < 0.55);
  if (sectors.length === 0) sectors.push(pick(SECTORS));
  const employers: Employer[] = Array.from({ length: 4 + Math.floor(next() * 5) }, (_, e) => ({
    id: `${code}-E${e + 1}`,
    name: `Regional partner ${index}-${e + 1} Co., Ltd.`,
    sector: pick(sectors),
    employees: 10 + Math.floor(next() * 290),
    phone: `02-${1000 + index}-${1000 + e}`,
    openings: Array.from({ length: 1 + Math.floor(next() * 3) }, (_, o) => ({
      id: `${code}-E${e + 1}-O${o + 1}`,
      title: `${pick(['Assembly', 'Care', 'Driving', 'Office', 'Security', 'Cleaning'])} staff`,
      wage:
        next() < 0.5
          ? { amount: 10_030 + Math.floor(next() * 5000), unit: 'HOURLY' as const }
          : { amount: 2_100_000 + Math.floor(next() * 900_000), unit: 'MONTHLY' as const },
      closesOn: next() < 0.8 ? day(4 + Math.floor(next() * 6), 1 + Math.floor(next() * 28)) : null,
      minimumAge: next() < 0.6 ? 50 : null,
    })),
  }));
  const days: DemandDay[] = Array.from({ length: 3 + Math.floor(next() * 4) }, (_, d) => ({
    id: `${code}-D${d + 1}`,
    title: `Job demand day ${d + 1}`,
    heldOn: day(3 + d, 5 + Math.floor(next() * 20)),
    venue: `Center ${index} hall ${1 + Math.floor(next() * 3)}`,
    region: { code: pick(REGION_CODES) },
    sector: pick(sectors),
    interviewPlaces: 10 + Math.floor(next() * 40),
    employers: employers.filter(() => next() < 0.5),
    registrations: Array.from({ length: Math.floor(next() * 6) }, (_, r) => ({
      id: `${code}-D${d + 1}-R${r + 1}`,
      registeredOn: day(2 + d, 1 + Math.floor(next() * 28)),
      ageBand: pick(['50-54', '55-59', '60-64', '65+']),
      status: pick(['REGISTERED', 'ATTENDED', 'HIRED', 'WITHDRAWN']),
    })),
  }));
  const programmes = Array.from({ length: 2 + Math.floor(next() * 3) }, (_, p) => ({
    id: `${code}-P${p + 1}`,
    name: `Mid-career programme ${index}-${p + 1}`,
    kind: pick(PROGRAMME_KINDS),
    capacity: 15 + Math.floor(next() * 30),
    startsOn: day(3 + p, 2 + Math.floor(next() * 20)),
    weeks: 1 + Math.floor(next() * 8),
  }));
  return {
    sectors,
    employers,
    days,
    programmes,
    profile: {
      name: `Regional employment center ${index}`,
      staff: 6 + Math.floor(next() * 20),
      focusSectors: sectors,
      programmeCount: programmes.length,
    },
  };
}

function changeFields(changes: CenterChanges): string {
  const lines: string[] = [];
  if (changes.remarks) {
    lines.push('  """\n  Notes for job seekers (what to bring, where to queue).\n  """');
    lines.push('  remarks: String');
  }
  for (let revision = 1; revision <= (changes.revisions ?? 0); revision += 1) {
    lines.push(`  """\n  Revision ${revision} of the day's schedule.\n  """`);
    lines.push(`  revision${revision}: Int!`);
  }
  return lines.length > 0 ? `\n${lines.join('\n')}` : '';
}

/** The SDL of center `index` (1–99), with the given changes to its job demand day. */
function centerSdl(index: number, data: CenterData, changes: CenterChanges): string {
  const code = String(index).padStart(2, '0');
  const T = `Center${code}`;
  const f = `center${code}`;
  const enumValues = (values: readonly string[]) => values.map((value) => `  ${value}`).join('\n');
  return `extend schema
  @link(url: "https://specs.apollo.dev/federation/v2.7", import: ["@key", "@interfaceObject"])

"""
A calendar date, ISO 8601 (\`2026-03-02\`), in Korea Standard Time.
"""
scalar Date

type Query {
  """
  Regional center ${code}'s job demand days, earliest first, optionally of one sector.
  """
  ${f}JobDemandDays(sector: ${T}Sector): [${T}JobDemandDay!]!
  """
  The center's partner employers in id order, optionally of one sector.
  """
  ${f}PartnerEmployers(sector: ${T}Sector): [${T}PartnerEmployer!]!
  """
  The center's programmes for job seekers aged 50+, optionally of one kind.
  """
  ${f}Programmes(kind: ${T}ProgrammeKind): [${T}Programme!]!
  """
  The center at a glance.
  """
  ${f}Profile: ${T}Profile!
}

# A region (city owns Region): the center's job demand days held there.
type Region @key(fields: "code") {
  code: ID!
  """
  Regional center ${code}'s job demand days held in the region.
  """
  ${f}JobDemandDays: [${T}JobDemandDay!]!
}

# An employment center (ministry owns the interface): regional center ${code}'s profile.
type EmploymentCenter @key(fields: "id") @interfaceObject {
  id: ID!
  """
  Regional center ${code}'s profile, as it reports it to the network.
  """
  ${f}Profile: ${T}Profile
}

"""
The sectors regional center ${code} finds employers in.
"""
enum ${T}Sector {
${enumValues(data.sectors)}
}

"""
A job demand day (구인수요의 날): employers interview job seekers aged 50+ on the spot.
"""
type ${T}JobDemandDay {
  id: ID!
  title: String!
  heldOn: Date!
  venue: String!
  region: Region!
  sector: ${T}Sector!
  """
  Interview places the center matched to the day.
  """
  interviewPlaces: Int!
  employers: [${T}PartnerEmployer!]!
  registrations: [${T}Registration!]!${changeFields(changes)}
}

"""
An employer the center works with, from the Work24 register.
"""
type ${T}PartnerEmployer {
  id: ID!
  name: String!
  sector: ${T}Sector!
  """
  Head count at the last report.
  """
  employees: Int!
  phone: String!
  openings: [${T}Opening!]!
}

"""
An opening a partner employer offers job seekers aged 50+.
"""
type ${T}Opening {
  id: ID!
  title: String!
  wage: ${T}Wage!
  """
  The last day applications are taken; null: open until filled.
  """
  closesOn: Date
  minimumAge: Int
}

"""
A wage offered, in won per unit.
"""
type ${T}Wage {
  amount: Int!
  unit: ${T}WageUnit!
}

"""
What a wage amount is counted per.
"""
enum ${T}WageUnit {
  HOURLY
  MONTHLY
}

"""
A job seeker's registration for a job demand day, without personal data.
"""
type ${T}Registration {
  id: ID!
  registeredOn: Date!
  ageBand: String!
  status: ${T}RegistrationStatus!
}

"""
Where a registration stands.
"""
enum ${T}RegistrationStatus {
  REGISTERED
  ATTENDED
  HIRED
  WITHDRAWN
}

"""
A programme the center runs for job seekers aged 50+.
"""
type ${T}Programme {
  id: ID!
  name: String!
  kind: ${T}ProgrammeKind!
  capacity: Int!
  startsOn: Date!
  weeks: Int!
}

"""
The kinds of programme the network's centers run.
"""
enum ${T}ProgrammeKind {
${enumValues(PROGRAMME_KINDS)}
}

"""
A regional center as it reports itself to the network.
"""
type ${T}Profile {
  name: String!
  staff: Int!
  focusSectors: [${T}Sector!]!
  programmeCount: Int!
}
`;
}

/** Regional center `index` (1–99): its schema with the given changes, and its resolvers. */
export function centerSubgraph(index: number, changes: CenterChanges = {}): CenterSubgraph {
  const name = centerName(index);
  const code = String(index).padStart(2, '0');
  const data = centerData(index, `C${code}`);
  const f = `center${code}`;
  const bySector = <T extends { sector: string }>(items: T[], sector: string | undefined) =>
    sector ? items.filter((item) => item.sector === sector) : items;
  const dayFields: Record<string, () => number | null> = changes.remarks
    ? { remarks: () => null }
    : {};
  for (let revision = 1; revision <= (changes.revisions ?? 0); revision += 1) {
    dayFields[`revision${revision}`] = () => revision;
  }
  return {
    name,
    owner: name,
    sdl: centerSdl(index, data, changes),
    resolvers: {
      Query: {
        [`${f}JobDemandDays`]: (_: unknown, args: { sector?: string }) =>
          bySector(data.days, args.sector),
        [`${f}PartnerEmployers`]: (_: unknown, args: { sector?: string }) =>
          bySector(data.employers, args.sector),
        [`${f}Programmes`]: (_: unknown, args: { kind?: string }) =>
          args.kind
            ? data.programmes.filter((programme) => programme.kind === args.kind)
            : data.programmes,
        [`${f}Profile`]: () => data.profile,
      },
      Region: {
        [`${f}JobDemandDays`]: (region: { code: string }) =>
          data.days.filter((held) => held.region.code === region.code),
      },
      EmploymentCenter: { [`${f}Profile`]: () => data.profile },
      [`Center${code}JobDemandDay`]: dayFields,
    },
  };
}
