import { accessLogTable, seedRunsTable } from '@jobgraph/subgraph-kit';
import { sql } from 'drizzle-orm';
import {
  type AnyPgColumn,
  bigserial,
  check,
  date,
  index,
  integer,
  numeric,
  pgSchema,
  primaryKey,
  smallint,
  text,
  timestamp,
  unique,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';

export const fiftyplus = pgSchema('fiftyplus');

export const seedRuns = seedRunsTable(fiftyplus);

/** Staff reads of members' records: append-only (a trigger in the migration refuses changes). */
export const accessLog = accessLogTable(fiftyplus);

export const READINESS = ['LOW', 'MEDIUM', 'HIGH'] as const;
export const COURSE_TRACKS = ['BASIC', 'EXPLORATION', 'FAST_TRACK', 'REGULAR'] as const;
export const ENROLLMENT_STATUSES = ['ENROLLED', 'COMPLETED', 'WITHDRAWN'] as const;
export const SUPPORT_TYPES = ['HIRING', 'JOB_EXPERIENCE'] as const;
export const FOLLOW_UP_STATUSES = ['EMPLOYED', 'LEFT', 'COMPLETED'] as const;
/** The city's EmploymentType values: the feed and the seekers' wishes use the same words. */
export const EMPLOYMENT_TYPES = [
  'PERMANENT',
  'PERMANENT_PART_TIME',
  'FIXED_TERM',
  'FIXED_TERM_PART_TIME',
  'DISPATCHED',
] as const;

// ---- reference data: the official code lists this subgraph validates and scores with ----

export const regions = fiftyplus.table(
  'regions',
  {
    code: text('code').primaryKey(),
    level: text('level', { enum: ['SIDO', 'SIGUNGU'] }).notNull(),
    parentCode: text('parent_code').references((): AnyPgColumn => regions.code, {
      onDelete: 'restrict',
    }),
    nameKo: text('name_ko').notNull(),
    nameEn: text('name_en').notNull(),
    validFrom: date('valid_from'),
    validTo: date('valid_to'),
  },
  (table) => [check('regions_code_shape', sql`${table.code} ~ '^[0-9]{2}([0-9]{3})?$'`)],
);

/** KECO major groups (0–9). */
export const occupations = fiftyplus.table('occupations', {
  code: text('code').primaryKey(),
  nameKo: text('name_ko').notNull(),
  nameEn: text('name_en').notNull(),
});

// ---- programmes and their published figures ----

export const programs = fiftyplus.table(
  'programs',
  {
    id: text('id').primaryKey(),
    kind: text('kind', { enum: ['MIDCAREER_JOB_ACADEMY', 'EXPERIENCED_TALENT_SUPPORT'] })
      .notNull()
      .unique('programs_kind_key'),
    nameKo: text('name_ko').notNull(),
    nameEn: text('name_en').notNull(),
    year: smallint('year').notNull(),
    /** The region code the programme serves: `11` is all of Seoul. */
    areaCode: text('area_code').notNull(),
    minAge: smallint('min_age').notNull(),
    maxAge: smallint('max_age').notNull(),
    eligibility: text('eligibility').notNull(),
    description: text('description').notNull(),
  },
  (table) => [
    check('programs_id_prefix', sql`${table.id} like 'seoul50plus-%'`),
    check('programs_ages', sql`${table.minAge} <= ${table.maxAge}`),
  ],
);

export const academyPlans = fiftyplus.table('academy_plans', {
  programId: text('program_id')
    .primaryKey()
    .references(() => programs.id, { onDelete: 'cascade' }),
  plannedCourses: integer('planned_courses').notNull(),
  plannedTrainees: integer('planned_trainees').notNull(),
  plannedSites: integer('planned_sites').notNull(),
  plannedSitesBy: smallint('planned_sites_by').notNull(),
  regionalJobFairsPerYear: smallint('regional_job_fairs_per_year').notNull(),
  largeJobFairMonth: smallint('large_job_fair_month').notNull(),
});

export const surveys = fiftyplus.table('surveys', {
  id: text('id').primaryKey(),
  programId: text('program_id')
    .notNull()
    .unique('surveys_program_id_key')
    .references(() => programs.id, { onDelete: 'cascade' }),
  year: smallint('year').notNull(),
  month: smallint('month').notNull(),
  respondents: integer('respondents').notNull(),
  population: integer('population').notNull(),
  ageFrom: smallint('age_from').notNull(),
  ageTo: smallint('age_to').notNull(),
});

export const surveyFindings = fiftyplus.table(
  'survey_findings',
  {
    surveyId: text('survey_id')
      .notNull()
      .references(() => surveys.id, { onDelete: 'cascade' }),
    kind: text('kind', {
      enum: ['PLANS_JOB_CHANGE_WITHIN_FIVE_YEARS', 'PLANS_JOB_CHANGE_IF_CHANCE_COMES'],
    }).notNull(),
    description: text('description').notNull(),
    /** As published, in percent (53.7). */
    sharePercent: numeric('share_percent', { precision: 4, scale: 1, mode: 'number' }).notNull(),
    /** As published, rounded (1.87 million). */
    people: integer('people').notNull(),
    position: smallint('position').notNull(),
  },
  (table) => [primaryKey({ name: 'survey_findings_pk', columns: [table.surveyId, table.kind] })],
);

export const talentPlans = fiftyplus.table('talent_plans', {
  programId: text('program_id')
    .primaryKey()
    .references(() => programs.id, { onDelete: 'cascade' }),
  plannedPeople: integer('planned_people').notNull(),
  previousYear: smallint('previous_year').notNull(),
  previousYearPeople: integer('previous_year_people').notNull(),
});

export const supportTypes = fiftyplus.table('support_types', {
  code: text('code', { enum: SUPPORT_TYPES }).primaryKey(),
  programId: text('program_id')
    .notNull()
    .references(() => programs.id, { onDelete: 'cascade' }),
  nameKo: text('name_ko').notNull(),
  nameEn: text('name_en').notNull(),
  description: text('description').notNull(),
  position: smallint('position').notNull(),
});

// ---- campuses and courses (Mid-career Job Academy) ----

export const campuses = fiftyplus.table('campuses', {
  id: text('id').primaryKey(),
  nameKo: text('name_ko').notNull(),
  nameEn: text('name_en').notNull(),
  regionCode: text('region_code')
    .notNull()
    .references(() => regions.code, { onDelete: 'restrict' }),
  position: smallint('position').notNull(),
});

export const courses = fiftyplus.table(
  'courses',
  {
    id: text('id').primaryKey(),
    programId: text('program_id')
      .notNull()
      .references(() => programs.id, { onDelete: 'restrict' }),
    campusId: text('campus_id')
      .notNull()
      .references(() => campuses.id, { onDelete: 'restrict' }),
    track: text('track', { enum: COURSE_TRACKS }).notNull(),
    title: text('title').notNull(),
    startsOn: date('starts_on').notNull(),
    endsOn: date('ends_on').notNull(),
    hours: smallint('hours').notNull(),
    capacity: smallint('capacity').notNull(),
  },
  (table) => [
    index('courses_campus_starts_idx').on(table.campusId, table.startsOn, table.id),
    index('courses_starts_idx').on(table.startsOn, table.id),
    index('courses_program_id_idx').on(table.programId),
    check('courses_dates', sql`${table.endsOn} >= ${table.startsOn}`),
    check('courses_hours', sql`${table.hours} > 0`),
    check('courses_capacity', sql`${table.capacity} > 0`),
  ],
);

// ---- the talent platform (일자리몽땅): profiles, careers, diagnoses, enrolments ----

export const talentProfiles = fiftyplus.table(
  'talent_profiles',
  {
    personId: text('person_id').primaryKey(),
    // Personal data the foundation needs to reach and place the person.
    name: text('name').notNull(),
    birthDate: date('birth_date').notNull(),
    phone: text('phone').notNull(),
    residenceRegionCode: text('residence_region_code')
      .notNull()
      .references(() => regions.code, { onDelete: 'restrict' }),
    campusId: text('campus_id')
      .notNull()
      .references(() => campuses.id, { onDelete: 'restrict' }),
    /** From the latest career diagnosis; null until the first one. */
    readiness: text('readiness', { enum: READINESS }),
    desiredRegionCodes: text('desired_region_codes').array().notNull(),
    desiredMinMonthlyWage: integer('desired_min_monthly_wage').notNull(),
    desiredMaxHoursPerWeek: smallint('desired_max_hours_per_week').notNull(),
    desiredEmploymentTypes: text('desired_employment_types', { enum: EMPLOYMENT_TYPES })
      .array()
      .notNull(),
    registeredOn: date('registered_on').notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [
    index('talent_profiles_campus_id_idx').on(table.campusId),
    check('talent_profiles_person_id_shape', sql`${table.personId} ~ '^M[0-9A-Za-z]{8,32}$'`),
    check(
      'talent_profiles_desired_regions',
      sql`cardinality(${table.desiredRegionCodes}) between 1 and 5`,
    ),
    check(
      'talent_profiles_desired_types',
      sql`cardinality(${table.desiredEmploymentTypes}) >= 1 and ${table.desiredEmploymentTypes} <@ array['PERMANENT', 'PERMANENT_PART_TIME', 'FIXED_TERM', 'FIXED_TERM_PART_TIME', 'DISPATCHED']::text[]`,
    ),
    check('talent_profiles_wage', sql`${table.desiredMinMonthlyWage} > 0`),
    check('talent_profiles_hours', sql`${table.desiredMaxHoursPerWeek} between 1 and 52`),
  ],
);

export const careerEntries = fiftyplus.table(
  'career_entries',
  {
    personId: text('person_id')
      .notNull()
      .references(() => talentProfiles.personId, { onDelete: 'cascade' }),
    position: smallint('position').notNull(),
    occupationCode: text('occupation_code')
      .notNull()
      .references(() => occupations.code, { onDelete: 'restrict' }),
    title: text('title').notNull(),
    years: smallint('years').notNull(),
  },
  (table) => [
    primaryKey({ name: 'career_entries_pk', columns: [table.personId, table.position] }),
    check('career_entries_years', sql`${table.years} between 0 and 60`),
  ],
);

export const careerDiagnoses = fiftyplus.table(
  'career_diagnoses',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    personId: text('person_id')
      .notNull()
      .references(() => talentProfiles.personId, { onDelete: 'cascade' }),
    diagnosedOn: date('diagnosed_on').notNull(),
    readinessScore: smallint('readiness_score').notNull(),
    readiness: text('readiness', { enum: READINESS }).notNull(),
    strengths: text('strengths').array().notNull(),
    counselorId: text('counselor_id').notNull(),
    note: text('note'),
    recordedAt: timestamp('recorded_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [
    index('career_diagnoses_person_idx').on(table.personId, table.diagnosedOn),
    check('career_diagnoses_score', sql`${table.readinessScore} between 0 and 100`),
    // The readiness bands (domain/readiness.ts), kept by the database too.
    check(
      'career_diagnoses_readiness_band',
      sql`${table.readiness} = case when ${table.readinessScore} >= 70 then 'HIGH' when ${table.readinessScore} >= 40 then 'MEDIUM' else 'LOW' end`,
    ),
  ],
);

export const enrollments = fiftyplus.table(
  'enrollments',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    courseId: text('course_id')
      .notNull()
      .references(() => courses.id, { onDelete: 'restrict' }),
    personId: text('person_id')
      .notNull()
      .references(() => talentProfiles.personId, { onDelete: 'restrict' }),
    status: text('status', { enum: ENROLLMENT_STATUSES }).notNull().default('ENROLLED'),
    enrolledOn: date('enrolled_on').notNull(),
    completedOn: date('completed_on'),
    withdrawnOn: date('withdrawn_on'),
  },
  (table) => [
    // One seat per person per course, settled by the database.
    uniqueIndex('enrollments_one_active_idx')
      .on(table.courseId, table.personId)
      .where(sql`${table.status} <> 'WITHDRAWN'`),
    index('enrollments_person_id_idx').on(table.personId),
    check(
      'enrollments_completed_on',
      sql`(${table.status} = 'COMPLETED') = (${table.completedOn} is not null)`,
    ),
    check(
      'enrollments_withdrawn_on',
      sql`(${table.status} = 'WITHDRAWN') = (${table.withdrawnOn} is not null)`,
    ),
  ],
);

// ---- the public Work24 feed, as far as recommendations need it ----

export const jobPostings = fiftyplus.table(
  'job_postings',
  {
    id: text('id').primaryKey(),
    occupationCode: text('occupation_code').notNull(),
    regionCode: text('region_code').notNull(),
    employmentType: text('employment_type', { enum: EMPLOYMENT_TYPES }).notNull(),
    wageType: text('wage_type', { enum: ['HOURLY', 'DAILY', 'MONTHLY', 'ANNUAL'] }).notNull(),
    wageMin: integer('wage_min').notNull(),
    wageMax: integer('wage_max'),
    careerKind: text('career_kind', { enum: ['ANY', 'NEW_GRADUATE', 'EXPERIENCED'] }).notNull(),
    careerMinYears: smallint('career_min_years'),
    workHoursPerWeek: smallint('work_hours_per_week'),
    registeredOn: date('registered_on').notNull(),
    closesOn: date('closes_on'),
  },
  (table) => [
    index('job_postings_registered_idx').on(table.registeredOn),
    check('job_postings_wage', sql`${table.wageMin} >= 0`),
  ],
);

// ---- Mid-career Experienced Talent (중장년 경력인재) placements and follow-ups ----

export const placements = fiftyplus.table(
  'placements',
  {
    id: text('id').primaryKey(),
    programId: text('program_id')
      .notNull()
      .references(() => programs.id, { onDelete: 'restrict' }),
    personId: text('person_id')
      .notNull()
      .references(() => talentProfiles.personId, { onDelete: 'restrict' }),
    /** A Work24 employer id; the city subgraph holds the employer. */
    employerId: text('employer_id').notNull(),
    supportType: text('support_type', { enum: SUPPORT_TYPES })
      .notNull()
      .references(() => supportTypes.code, { onDelete: 'restrict' }),
    startedOn: date('started_on').notNull(),
    endedOn: date('ended_on'),
    /** The Ministry's employment-insurance acquisition behind the placement. */
    insuranceRecordId: text('insurance_record_id').notNull(),
  },
  (table) => [
    index('placements_person_id_idx').on(table.personId),
    index('placements_program_started_idx').on(table.programId, table.startedOn),
    unique('placements_insurance_record_key').on(table.insuranceRecordId),
    check(
      'placements_dates',
      sql`${table.endedOn} is null or ${table.endedOn} >= ${table.startedOn}`,
    ),
  ],
);

export const followUps = fiftyplus.table(
  'follow_ups',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    placementId: text('placement_id')
      .notNull()
      .references(() => placements.id, { onDelete: 'cascade' }),
    checkedOn: date('checked_on').notNull(),
    status: text('status', { enum: FOLLOW_UP_STATUSES }).notNull(),
    note: text('note'),
    /** The staff member who recorded it; null for records imported from the old system. */
    staffId: text('staff_id'),
    recordedAt: timestamp('recorded_at', { withTimezone: true }).notNull().defaultNow(),
  },
  // One check per placement per day, settled by the database.
  (table) => [unique('follow_ups_placement_day_key').on(table.placementId, table.checkedOn)],
);

export type RegionRow = typeof regions.$inferSelect;
export type OccupationRow = typeof occupations.$inferSelect;
export type ProgramRow = typeof programs.$inferSelect;
export type AcademyPlanRow = typeof academyPlans.$inferSelect;
export type SurveyRow = typeof surveys.$inferSelect;
export type SurveyFindingRow = typeof surveyFindings.$inferSelect;
export type TalentPlanRow = typeof talentPlans.$inferSelect;
export type SupportTypeRow = typeof supportTypes.$inferSelect;
export type CampusRow = typeof campuses.$inferSelect;
export type CourseRow = typeof courses.$inferSelect;
export type TalentProfileRow = typeof talentProfiles.$inferSelect;
export type CareerEntryRow = typeof careerEntries.$inferSelect;
export type CareerDiagnosisRow = typeof careerDiagnoses.$inferSelect;
export type EnrollmentRow = typeof enrollments.$inferSelect;
export type JobPostingRow = typeof jobPostings.$inferSelect;
export type PlacementRow = typeof placements.$inferSelect;
export type FollowUpRow = typeof followUps.$inferSelect;
