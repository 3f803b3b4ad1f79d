import { accessLogTable, seedRunsTable } from '@jobgraph/subgraph-kit';
import { sql } from 'drizzle-orm';
import {
  type AnyPgColumn,
  bigserial,
  boolean,
  check,
  date,
  index,
  integer,
  pgSchema,
  primaryKey,
  smallint,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';

export const city = pgSchema('city');

export const seedRuns = seedRunsTable(city);

/** Staff reads of members' records: append-only (a trigger in the migration refuses changes). */
export const accessLog = accessLogTable(city);

// ---- reference data: regions and classifications ----

export const regions = city.table(
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
  (table) => [
    index('regions_parent_code_idx').on(table.parentCode),
    check('regions_code_shape', sql`${table.code} ~ '^[0-9]{2}([0-9]{3})?$'`),
  ],
);

export const occupations = city.table('occupations', {
  code: text('code').primaryKey(),
  nameKo: text('name_ko').notNull(),
  nameEn: text('name_en').notNull(),
});

export const industries = city.table('industries', {
  code: text('code').primaryKey(),
  nameKo: text('name_ko').notNull(),
  nameEn: text('name_en').notNull(),
});

// ---- employers and job postings (Work24 feed and Seoul News notices) ----

export const employers = city.table(
  'employers',
  {
    id: text('id').primaryKey(),
    name: text('name').notNull(),
    industryCode: text('industry_code')
      .notNull()
      .references(() => industries.code, { onDelete: 'restrict' }),
    size: text('size', {
      enum: ['SMALL_OR_MEDIUM', 'MID_SIZED', 'LARGE', 'PUBLIC_INSTITUTION'],
    }).notNull(),
    regionCode: text('region_code')
      .notNull()
      .references(() => regions.code, { onDelete: 'restrict' }),
    seoulStrongSme: boolean('seoul_strong_sme').notNull().default(false),
    homepage: text('homepage'),
  },
  (table) => [
    index('employers_region_code_idx').on(table.regionCode),
    index('employers_name_trgm_idx').using('gin', sql`${table.name} gin_trgm_ops`),
  ],
);

export const jobPostings = city.table(
  'job_postings',
  {
    id: text('id').primaryKey(),
    employerId: text('employer_id')
      .notNull()
      .references(() => employers.id, { onDelete: 'cascade' }),
    title: text('title').notNull(),
    employmentType: text('employment_type', {
      enum: [
        'PERMANENT',
        'PERMANENT_PART_TIME',
        'FIXED_TERM',
        'FIXED_TERM_PART_TIME',
        'DISPATCHED',
      ],
    }).notNull(),
    wageType: text('wage_type', { enum: ['HOURLY', 'DAILY', 'MONTHLY', 'ANNUAL'] }).notNull(),
    wageMin: integer('wage_min').notNull(),
    wageMax: integer('wage_max'),
    regionCode: text('region_code')
      .notNull()
      .references(() => regions.code, { onDelete: 'restrict' }),
    /** The sido the region lies in (its code's first two digits), for "all of Seoul" lists. */
    sidoCode: text('sido_code').notNull().generatedAlwaysAs(sql`left(region_code, 2)`),
    occupationCode: text('occupation_code')
      .notNull()
      .references(() => occupations.code, { onDelete: 'restrict' }),
    education: text('education', {
      enum: ['ANY', 'HIGH_SCHOOL', 'ASSOCIATE', 'BACHELOR', 'MASTER'],
    }).notNull(),
    careerKind: text('career_kind', { enum: ['ANY', 'NEW_GRADUATE', 'EXPERIENCED'] }).notNull(),
    careerMinYears: smallint('career_min_years'),
    workHoursPerWeek: smallint('work_hours_per_week'),
    registeredOn: date('registered_on').notNull(),
    closesOn: date('closes_on'),
    source: text('source', { enum: ['WORK24', 'SEOUL_NEWS'] }).notNull(),
    sourceUrl: text('source_url').notNull(),
  },
  (table) => [
    // Keyset pagination order, newest first with id as the tie-breaker, for each scope a page
    // is taken from: everything, a sido, a sigungu, an employer. NULLS FIRST is what a plain
    // ORDER BY ... DESC means; an index ordered otherwise is not used for it.
    index('job_postings_registered_idx').on(
      table.registeredOn.desc().nullsFirst(),
      table.id.desc().nullsFirst(),
    ),
    index('job_postings_sido_registered_idx').on(
      table.sidoCode,
      table.registeredOn.desc().nullsFirst(),
      table.id.desc().nullsFirst(),
    ),
    index('job_postings_region_registered_idx').on(
      table.regionCode,
      table.registeredOn.desc().nullsFirst(),
      table.id.desc().nullsFirst(),
    ),
    index('job_postings_employer_registered_idx').on(
      table.employerId,
      table.registeredOn.desc().nullsFirst(),
      table.id.desc().nullsFirst(),
    ),
    index('job_postings_occupation_code_idx').on(table.occupationCode),
    index('job_postings_title_trgm_idx').using('gin', sql`${table.title} gin_trgm_ops`),
    check(
      'job_postings_wage_range',
      sql`${table.wageMin} >= 0 and (${table.wageMax} is null or ${table.wageMax} >= ${table.wageMin})`,
    ),
    check(
      'job_postings_dates',
      sql`${table.closesOn} is null or ${table.closesOn} >= ${table.registeredOn}`,
    ),
  ],
);

// ---- programmes (Seoul Attractive Jobs) ----

export const programs = city.table('programs', {
  id: text('id').primaryKey(),
  nameKo: text('name_ko').notNull(),
  nameEn: text('name_en').notNull(),
  agency: text('agency').notNull(),
  /** The region the programme serves (a sido serves all its sigungu). */
  areaRegionCode: text('area_region_code')
    .notNull()
    .default('11')
    .references(() => regions.code, { onDelete: 'restrict' }),
  year: smallint('year').notNull(),
  previousYearPositions: integer('previous_year_positions'),
  maxParticipationMonths: smallint('max_participation_months').notNull(),
  mandatoryTrainingHours: smallint('mandatory_training_hours').notNull(),
  mandatoryTrainingWeeksMin: smallint('mandatory_training_weeks_min').notNull(),
  mandatoryTrainingWeeksMax: smallint('mandatory_training_weeks_max').notNull(),
  additionalTrainingHoursMax: smallint('additional_training_hours_max').notNull(),
  wageBasis: text('wage_basis').notNull(),
  hourlyWage: integer('hourly_wage').notNull(),
  monthlyWageApprox: integer('monthly_wage_approx').notNull(),
  examFeeTimesPerYear: smallint('exam_fee_times_per_year'),
  examFeeMaxAmount: integer('exam_fee_max_amount'),
});

export const programSectors = city.table(
  'program_sectors',
  {
    programId: text('program_id')
      .notNull()
      .references(() => programs.id, { onDelete: 'cascade' }),
    kind: text('kind', { enum: ['PUBLIC', 'PRIVATE'] }).notNull(),
    positions: integer('positions').notNull(),
    projects: integer('projects'),
  },
  (table) => [primaryKey({ name: 'program_sectors_pk', columns: [table.programId, table.kind] })],
);

export const programTypes = city.table(
  'program_types',
  {
    id: text('id').primaryKey(),
    programId: text('program_id')
      .notNull()
      .references(() => programs.id, { onDelete: 'cascade' }),
    sector: text('sector', { enum: ['PUBLIC', 'PRIVATE'] }).notNull(),
    nameKo: text('name_ko').notNull(),
    nameEn: text('name_en').notNull(),
    positions: integer('positions'),
    description: text('description'),
  },
  (table) => [index('program_types_program_id_idx').on(table.programId)],
);

export const programTrainingFields = city.table(
  'program_training_fields',
  {
    programId: text('program_id')
      .notNull()
      .references(() => programs.id, { onDelete: 'cascade' }),
    code: text('code').notNull(),
    nameKo: text('name_ko').notNull(),
    nameEn: text('name_en').notNull(),
    introducedIn: smallint('introduced_in'),
    position: smallint('position').notNull(),
  },
  (table) => [
    primaryKey({ name: 'program_training_fields_pk', columns: [table.programId, table.code] }),
  ],
);

export const programEligibilityRules = city.table(
  'program_eligibility_rules',
  {
    programId: text('program_id')
      .notNull()
      .references(() => programs.id, { onDelete: 'cascade' }),
    kind: text('kind', {
      enum: ['SEOUL_RESIDENT', 'MIN_AGE', 'UNEMPLOYED', 'MAX_PRIOR_PARTICIPATION_MONTHS'],
    }).notNull(),
    value: integer('value'),
    description: text('description').notNull(),
    position: smallint('position').notNull(),
  },
  (table) => [
    primaryKey({ name: 'program_eligibility_rules_pk', columns: [table.programId, table.kind] }),
  ],
);

// ---- integrated membership and applications ----

/** Integrated members: a pseudonymous id and nothing personal. */
export const members = city.table('members', {
  id: text('id').primaryKey(),
  joinedAt: timestamp('joined_at', { withTimezone: true }).notNull().defaultNow(),
});

export const programApplications = city.table(
  'program_applications',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    programId: text('program_id')
      .notNull()
      .references(() => programs.id, { onDelete: 'restrict' }),
    memberId: text('member_id')
      .notNull()
      .references(() => members.id, { onDelete: 'restrict' }),
    sector: text('sector', { enum: ['PUBLIC', 'PRIVATE'] }).notNull(),
    programTypeId: text('program_type_id').references(() => programTypes.id, {
      onDelete: 'restrict',
    }),
    trainingFieldCode: text('training_field_code'),
    // Personal data the application itself needs (contact and the facts it was judged on).
    applicantName: text('applicant_name').notNull(),
    phone: text('phone').notNull(),
    birthDate: date('birth_date').notNull(),
    residenceRegionCode: text('residence_region_code')
      .notNull()
      .references(() => regions.code, { onDelete: 'restrict' }),
    employmentStatus: text('employment_status', {
      enum: ['UNEMPLOYED', 'EMPLOYED', 'SELF_EMPLOYED', 'STUDENT'],
    }).notNull(),
    priorParticipationMonths: smallint('prior_participation_months').notNull().default(0),
    motivation: text('motivation'),
    status: text('status', { enum: ['SUBMITTED', 'ACCEPTED', 'REJECTED', 'WITHDRAWN'] })
      .notNull()
      .default('SUBMITTED'),
    submittedAt: timestamp('submitted_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [
    // One active application per person per programme, settled by the database.
    uniqueIndex('program_applications_one_active_idx')
      .on(table.programId, table.memberId)
      .where(sql`${table.status} in ('SUBMITTED', 'ACCEPTED')`),
    index('program_applications_member_id_idx').on(table.memberId),
  ],
);

export const applicationEvents = city.table(
  'application_events',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    applicationId: uuid('application_id')
      .notNull()
      .references(() => programApplications.id, { onDelete: 'cascade' }),
    status: text('status', {
      enum: ['SUBMITTED', 'ACCEPTED', 'REJECTED', 'WITHDRAWN'],
    }).notNull(),
    at: timestamp('at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [index('application_events_application_id_idx').on(table.applicationId)],
);

// ---- Job Wings (취업날개) free suit rental ----

export const suitRentalBranches = city.table('suit_rental_branches', {
  id: text('id').primaryKey(),
  name: text('name').notNull(),
  address: text('address').notNull(),
  regionCode: text('region_code')
    .notNull()
    .references(() => regions.code, { onDelete: 'restrict' }),
});

export const suitRentalSlots = city.table(
  'suit_rental_slots',
  {
    id: text('id').primaryKey(),
    branchId: text('branch_id')
      .notNull()
      .references(() => suitRentalBranches.id, { onDelete: 'cascade' }),
    startsAt: timestamp('starts_at', { withTimezone: true }).notNull(),
    capacity: smallint('capacity').notNull(),
    reserved: smallint('reserved').notNull().default(0),
  },
  (table) => [
    index('suit_rental_slots_starts_at_idx').on(table.startsAt),
    // The last line of defence against over-booking, whatever the code above it does.
    check(
      'suit_rental_slots_capacity',
      sql`${table.reserved} >= 0 and ${table.reserved} <= ${table.capacity}`,
    ),
  ],
);

export const suitRentalReservations = city.table(
  'suit_rental_reservations',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    slotId: text('slot_id')
      .notNull()
      .references(() => suitRentalSlots.id, { onDelete: 'restrict' }),
    memberId: text('member_id')
      .notNull()
      .references(() => members.id, { onDelete: 'restrict' }),
    phone: text('phone').notNull(),
    status: text('status', { enum: ['RESERVED', 'CANCELLED'] })
      .notNull()
      .default('RESERVED'),
    reservedAt: timestamp('reserved_at', { withTimezone: true }).notNull().defaultNow(),
    cancelledAt: timestamp('cancelled_at', { withTimezone: true }),
  },
  (table) => [
    uniqueIndex('suit_rental_reservations_one_active_idx')
      .on(table.slotId, table.memberId)
      .where(sql`${table.status} = 'RESERVED'`),
    index('suit_rental_reservations_member_id_idx').on(table.memberId),
  ],
);

export type RegionRow = typeof regions.$inferSelect;
export type EmployerRow = typeof employers.$inferSelect;
export type JobPostingRow = typeof jobPostings.$inferSelect;
export type ProgramRow = typeof programs.$inferSelect;
export type ProgramSectorRow = typeof programSectors.$inferSelect;
export type ProgramTypeRow = typeof programTypes.$inferSelect;
export type TrainingFieldRow = typeof programTrainingFields.$inferSelect;
export type EligibilityRuleRow = typeof programEligibilityRules.$inferSelect;
export type ProgramApplicationRow = typeof programApplications.$inferSelect;
export type SuitRentalBranchRow = typeof suitRentalBranches.$inferSelect;
export type SuitRentalSlotRow = typeof suitRentalSlots.$inferSelect;
export type SuitRentalReservationRow = typeof suitRentalReservations.$inferSelect;
