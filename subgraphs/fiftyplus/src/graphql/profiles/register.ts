import {
  ageOn,
  checkName,
  checkText,
  type InputProblem,
  normalisePhone,
  requireCitizen,
  throwIfProblems,
  todayInKorea,
} from '@jobgraph/subgraph-kit';
import { eq, getTableColumns, sql } from 'drizzle-orm';
import { careerEntries, type TalentProfileRow, talentProfiles } from '../../db/schema.js';
import type {
  CareerEntryInput,
  DesiredConditionsInput,
  RegisterTalentProfileInput,
} from '../../generated/graphql.js';
import { type Catalog, catalog } from '../catalog.js';
import type { FiftyPlusContext } from '../context.js';
import { isValidOn, REGION_CODE_SHAPE } from '../regions/serves.js';

export interface RegisterResult {
  readonly profile: TalentProfileRow;
  readonly created: boolean;
}

const CAREER_ENTRIES = { min: 1, max: 10 } as const;
const DESIRED_REGIONS = { min: 1, max: 5 } as const;
const MAX_MONTHLY_WAGE = 20_000_000;
/** The statutory ceiling of a working week (52 hours, overtime included). */
const MAX_WEEKLY_HOURS = 52;
const MAX_CAREER_YEARS = 60;
/** Work counted in a career starts at 15, the minimum working age. */
const WORKING_AGE = 15;

/** The platform serves the Academy's people: its eligibility (age, residence) is the rule. */
function platformEligibility(known: Catalog) {
  const academy = known.programs.find((program) => program.kind === 'MIDCAREER_JOB_ACADEMY');
  if (!academy) throw new Error('the Mid-career Job Academy programme is not seeded');
  return academy;
}

function checkRegion(
  known: Catalog,
  code: string,
  field: string,
  today: string,
  problems: InputProblem[],
): boolean {
  if (!REGION_CODE_SHAPE.test(code)) {
    problems.push({ field, message: 'a 2-digit sido or 5-digit sigungu code' });
    return false;
  }
  const region = known.regions.get(code);
  if (!region) {
    problems.push({ field, message: `an existing region code (no region has the code ${code})` });
    return false;
  }
  if (!isValidOn(region, today)) {
    problems.push({
      field,
      message: `a code in use today (${code} ${region.nameKo} was retired after ${region.validTo})`,
    });
    return false;
  }
  return true;
}

function checkCareers(
  known: Catalog,
  entries: readonly CareerEntryInput[],
  age: number | null,
  problems: InputProblem[],
) {
  if (entries.length < CAREER_ENTRIES.min || entries.length > CAREER_ENTRIES.max) {
    problems.push({
      field: 'input.careerHistory',
      message: `between ${CAREER_ENTRIES.min} and ${CAREER_ENTRIES.max} entries`,
    });
  }
  const maxYears = age === null ? MAX_CAREER_YEARS : Math.min(MAX_CAREER_YEARS, age - WORKING_AGE);
  return entries.map((entry, index) => {
    const field = `input.careerHistory[${index}]`;
    if (!known.occupations.has(entry.occupationCode)) {
      problems.push({
        field: `${field}.occupationCode`,
        message: `a KECO major group, one of ${[...known.occupations.keys()].sort().join(', ')}`,
      });
    }
    const title = checkText(entry.title, `${field}.title`, { min: 1, max: 100 }, problems);
    if (!Number.isInteger(entry.years) || entry.years < 0 || entry.years > maxYears) {
      problems.push({
        field: `${field}.years`,
        message: `between 0 and ${maxYears} (years since the age of ${WORKING_AGE}, at most ${MAX_CAREER_YEARS})`,
      });
    }
    return { position: index, occupationCode: entry.occupationCode, title, years: entry.years };
  });
}

function checkDesired(
  known: Catalog,
  desired: DesiredConditionsInput,
  today: string,
  problems: InputProblem[],
) {
  const prefix = 'input.desiredConditions';
  const regionCodes = [...new Set(desired.regionCodes)];
  if (regionCodes.length < DESIRED_REGIONS.min || regionCodes.length > DESIRED_REGIONS.max) {
    problems.push({
      field: `${prefix}.regionCodes`,
      message: `between ${DESIRED_REGIONS.min} and ${DESIRED_REGIONS.max} different regions`,
    });
  }
  desired.regionCodes.forEach((code, index) => {
    checkRegion(known, code, `${prefix}.regionCodes[${index}]`, today, problems);
  });
  const wage = desired.minMonthlyWageKrw;
  if (!Number.isInteger(wage) || wage < 1 || wage > MAX_MONTHLY_WAGE) {
    problems.push({
      field: `${prefix}.minMonthlyWageKrw`,
      message: `between 1 and ${MAX_MONTHLY_WAGE.toLocaleString('en-US')} KRW`,
    });
  }
  const hours = desired.maxHoursPerWeek;
  if (!Number.isInteger(hours) || hours < 1 || hours > MAX_WEEKLY_HOURS) {
    problems.push({
      field: `${prefix}.maxHoursPerWeek`,
      message: `between 1 and ${MAX_WEEKLY_HOURS}`,
    });
  }
  const employmentTypes = [...new Set(desired.employmentTypes)];
  if (employmentTypes.length === 0) {
    problems.push({ field: `${prefix}.employmentTypes`, message: 'at least one employment type' });
  }
  return { regionCodes, employmentTypes };
}

/**
 * Registers (or replaces) the signed-in member's own talent profile: every field checked and every
 * problem reported at once; then the profile and its career history are written in one
 * transaction. The profile row's lock serialises two registrations of one member.
 */
export async function registerTalentProfile(
  context: FiftyPlusContext,
  input: RegisterTalentProfileInput,
): Promise<RegisterResult> {
  const memberId = requireCitizen(context);
  const known = await catalog(context.db);
  const eligibility = platformEligibility(known);
  const today = todayInKorea();
  const problems: InputProblem[] = [];

  const name = checkName(input.name, 'input.name', problems);
  const phone = normalisePhone(input.phone, 'input.phone', problems);

  let age: number | null = null;
  if (input.birthDate > today) {
    problems.push({ field: 'input.birthDate', message: 'not in the future' });
  } else {
    age = ageOn(input.birthDate, today);
    if (age < eligibility.minAge || age > eligibility.maxAge) {
      problems.push({
        field: 'input.birthDate',
        message: `the birth date of someone aged ${eligibility.minAge}–${eligibility.maxAge} today (this is ${age})`,
      });
    }
  }

  const residence = input.residenceRegionCode;
  if (checkRegion(known, residence, 'input.residenceRegionCode', today, problems)) {
    if (residence.length !== 5 || !residence.startsWith(eligibility.areaCode)) {
      problems.push({
        field: 'input.residenceRegionCode',
        message: 'a Seoul sigungu: the platform is for Seoul residents',
      });
    }
  }
  if (!known.campusById.has(input.campusId)) {
    problems.push({
      field: 'input.campusId',
      message: `one of ${known.campuses.map((campus) => campus.id).join(', ')}`,
    });
  }
  const careers = checkCareers(known, input.careerHistory, age, problems);
  const desired = checkDesired(known, input.desiredConditions, today, problems);
  throwIfProblems(problems, 'cannot register the talent profile');

  const values = {
    name,
    birthDate: input.birthDate,
    phone,
    residenceRegionCode: residence,
    campusId: input.campusId,
    desiredRegionCodes: desired.regionCodes,
    desiredMinMonthlyWage: input.desiredConditions.minMonthlyWageKrw,
    desiredMaxHoursPerWeek: input.desiredConditions.maxHoursPerWeek,
    desiredEmploymentTypes: desired.employmentTypes,
  };
  return context.db.transaction(async (tx) => {
    // Readiness and the registration day stay as they were when a profile is replaced.
    const [stored] = await tx
      .insert(talentProfiles)
      .values({ personId: memberId, registeredOn: today, ...values })
      .onConflictDoUpdate({
        target: talentProfiles.personId,
        set: { ...values, updatedAt: sql`now()` },
      })
      .returning({ ...getTableColumns(talentProfiles), created: sql<boolean>`(xmax = 0)` });
    if (!stored) throw new Error('upsert returned no row');
    await tx.delete(careerEntries).where(eq(careerEntries.personId, memberId));
    await tx
      .insert(careerEntries)
      .values(careers.map((career) => ({ personId: memberId, ...career })));
    const { created, ...profile } = stored;
    return { profile, created };
  });
}
