import { chunks, readCsv, syntheticData } from '@jobgraph/data';
import {
  careerDiagnoses,
  careerEntries,
  EMPLOYMENT_TYPES,
  occupations,
  READINESS,
  talentProfiles,
} from '../db/schema.js';
import type { FiftyPlusTransaction } from '../graphql/context.js';
import { oneOf } from './csv-values.js';
import { seededDiagnosis } from './diagnoses.js';

type ProfileCsv = Record<
  | 'person_id'
  | 'name'
  | 'birth_date'
  | 'phone'
  | 'residence_region_code'
  | 'campus_id'
  | 'readiness'
  | 'desired_region_codes'
  | 'desired_min_monthly_wage'
  | 'desired_max_hours_per_week'
  | 'desired_employment_types'
  | 'registered_on',
  string
>;
type CareerCsv = Record<'person_id' | 'occupation_code' | 'title' | 'years', string>;

/**
 * The platform's talent profiles and career histories (data/synthetic/fiftyplus), and the career
 * diagnosis behind each profile's readiness.
 */
export async function seedTalentProfiles(tx: FiftyPlusTransaction): Promise<void> {
  const folder = syntheticData('fiftyplus');
  const profiles = (await readCsv<ProfileCsv>(folder, 'talent-profiles.csv')).map((row) => ({
    personId: row.person_id,
    name: row.name,
    birthDate: row.birth_date,
    phone: row.phone,
    residenceRegionCode: row.residence_region_code,
    campusId: row.campus_id,
    readiness: oneOf(READINESS, row.readiness, 'readiness'),
    desiredRegionCodes: row.desired_region_codes.split(';'),
    desiredMinMonthlyWage: Number.parseInt(row.desired_min_monthly_wage, 10),
    desiredMaxHoursPerWeek: Number.parseInt(row.desired_max_hours_per_week, 10),
    desiredEmploymentTypes: row.desired_employment_types
      .split(';')
      .map((type) => oneOf(EMPLOYMENT_TYPES, type, 'employment type')),
    registeredOn: row.registered_on,
  }));
  for (const batch of chunks(profiles, 1000)) await tx.insert(talentProfiles).values(batch);

  const careersOf = new Map<string, Array<typeof careerEntries.$inferInsert>>();
  for (const row of await readCsv<CareerCsv>(folder, 'career-history.csv')) {
    const entries = careersOf.get(row.person_id) ?? [];
    entries.push({
      personId: row.person_id,
      position: entries.length,
      occupationCode: row.occupation_code,
      title: row.title,
      years: Number.parseInt(row.years, 10),
    });
    careersOf.set(row.person_id, entries);
  }
  for (const batch of chunks([...careersOf.values()].flat(), 1000)) {
    await tx.insert(careerEntries).values(batch);
  }

  const names = new Map(
    (await tx.select().from(occupations)).map((occupation) => [occupation.code, occupation.nameKo]),
  );
  const diagnoses = profiles.map((profile) =>
    seededDiagnosis(
      profile,
      careersOf.get(profile.personId) ?? [],
      (code) => names.get(code) ?? code,
    ),
  );
  for (const batch of chunks(diagnoses, 1000)) await tx.insert(careerDiagnoses).values(batch);
}
