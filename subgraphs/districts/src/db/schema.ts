import { accessLogTable, seedRunsTable } from '@jobgraph/subgraph-kit';
import { type SQL, sql } from 'drizzle-orm';
import {
  type AnyPgColumn,
  bigserial,
  check,
  date,
  foreignKey,
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

export const districts = pgSchema('districts');

/** A CHECK that a text column holds one of a closed set (the SDL's enums, kept in the table too). */
function oneOf(column: AnyPgColumn, values: readonly string[]): SQL {
  return sql`${column} in (${sql.raw(values.map((value) => `'${value}'`).join(', '))})`;
}

export const seedRuns = seedRunsTable(districts);

/** Staff reads of members' records: append-only (a trigger in the migration refuses changes). */
export const accessLog = accessLogTable(districts);

/** Sizes of employers as the Work24 feed lists them (the SME rule of the hiring incentive). */
export const EMPLOYER_SIZES = [
  'SMALL_OR_MEDIUM',
  'MID_SIZED',
  'LARGE',
  'PUBLIC_INSTITUTION',
] as const;
export const GENERATIONS = ['ALL', 'YOUTH', 'MIDDLE_AGED', 'SENIOR'] as const;
export const WEEKDAYS = [
  'MONDAY',
  'TUESDAY',
  'WEDNESDAY',
  'THURSDAY',
  'FRIDAY',
  'SATURDAY',
  'SUNDAY',
] as const;
export const MEETING_FREQUENCIES = ['WEEKLY', 'BIWEEKLY', 'MONTHLY'] as const;
export const JOB_FAIR_CADENCES = ['MONTHLY', 'QUARTERLY', 'HALF_YEARLY', 'YEARLY'] as const;
export const CONSULTATION_TOPICS = [
  'JOB_SEARCH',
  'CAREER_DESIGN',
  'RESUME_AND_INTERVIEW',
  'TRAINING',
  'PUBLIC_JOBS',
  'OTHER',
] as const;
export const CONSULTATION_STATUSES = ['BOOKED', 'CANCELLED', 'ATTENDED'] as const;
export const JOB_FAIR_KINDS = ['QUARTERLY', 'PART_TIME', 'SPECIAL'] as const;
export const PROGRAM_RULE_KINDS = ['SME_EMPLOYER', 'PLACED_BY_CENTER'] as const;
export const INCENTIVE_STATUSES = ['SUBMITTED', 'APPROVED', 'REJECTED', 'PAID'] as const;

// ---- employers (a copy of the public Work24 feed's register) ----

export const employers = districts.table(
  'employers',
  {
    id: text('id').primaryKey(),
    name: text('name').notNull(),
    size: text('size', { enum: EMPLOYER_SIZES }).notNull(),
    regionCode: text('region_code').notNull(),
  },
  (table) => [check('employers_size', oneOf(table.size, EMPLOYER_SIZES))],
);

// ---- integrated job centers ----

export const centers = districts.table(
  'centers',
  {
    id: text('id').primaryKey(),
    nameKo: text('name_ko').notNull(),
    nameEn: text('name_en').notNull(),
    regionCode: text('region_code').notNull(),
    address: text('address').notNull(),
    openedOn: date('opened_on').notNull(),
    budgetSavedKrw: integer('budget_saved_krw'),
    adoptedModelOf: text('adopted_model_of').references((): AnyPgColumn => centers.id, {
      onDelete: 'restrict',
    }),
    meetingNameKo: text('meeting_name_ko'),
    meetingNameEn: text('meeting_name_en'),
    meetingFrequency: text('meeting_frequency', { enum: MEETING_FREQUENCIES }),
    meetingWeekday: text('meeting_weekday', { enum: WEEKDAYS }),
    jobFairCadence: text('job_fair_cadence', { enum: JOB_FAIR_CADENCES }),
  },
  (table) => [
    index('centers_region_code_idx').on(table.regionCode),
    check('centers_id_shape', sql`${table.id} ~ '^dc-[a-z0-9-]+$'`),
    check('centers_region_code_shape', sql`${table.regionCode} ~ '^[0-9]{5}$'`),
    check(
      'centers_budget_saved',
      sql`${table.budgetSavedKrw} is null or ${table.budgetSavedKrw} >= 0`,
    ),
    check(
      'centers_meeting_complete',
      sql`(${table.meetingWeekday} is null) = (${table.meetingNameKo} is null)
        and (${table.meetingNameKo} is null) = (${table.meetingNameEn} is null)
        and (${table.meetingFrequency} is null) = (${table.meetingNameKo} is null)`,
    ),
  ],
);

/** The services a center joins at its desk (Dongjak: four former centers). */
export const centerServices = districts.table(
  'center_services',
  {
    centerId: text('center_id')
      .notNull()
      .references(() => centers.id, { onDelete: 'cascade' }),
    code: text('code').notNull(),
    nameKo: text('name_ko').notNull(),
    nameEn: text('name_en').notNull(),
    generation: text('generation', { enum: GENERATIONS }).notNull(),
    minAge: smallint('min_age'),
    maxAge: smallint('max_age'),
    position: smallint('position').notNull(),
  },
  (table) => [
    primaryKey({ name: 'center_services_pk', columns: [table.centerId, table.code] }),
    check('center_services_generation', oneOf(table.generation, GENERATIONS)),
    check(
      'center_services_ages',
      sql`${table.minAge} is null or ${table.maxAge} is null or ${table.minAge} <= ${table.maxAge}`,
    ),
  ],
);

export const centerAwards = districts.table(
  'center_awards',
  {
    centerId: text('center_id')
      .notNull()
      .references(() => centers.id, { onDelete: 'cascade' }),
    year: smallint('year').notNull(),
    nameKo: text('name_ko').notNull(),
    nameEn: text('name_en').notNull(),
    prizeKo: text('prize_ko').notNull(),
    prizeEn: text('prize_en').notNull(),
    position: smallint('position').notNull(),
  },
  (table) => [primaryKey({ name: 'center_awards_pk', columns: [table.centerId, table.position] })],
);

// ---- the integrated consultation desk ----

export const consultationSlots = districts.table(
  'consultation_slots',
  {
    id: text('id').primaryKey(),
    centerId: text('center_id').notNull(),
    serviceCode: text('service_code').notNull(),
    startsAt: timestamp('starts_at', { withTimezone: true }).notNull(),
    capacity: smallint('capacity').notNull(),
    booked: smallint('booked').notNull().default(0),
  },
  (table) => [
    foreignKey({
      name: 'consultation_slots_service_fk',
      columns: [table.centerId, table.serviceCode],
      foreignColumns: [centerServices.centerId, centerServices.code],
    }).onDelete('cascade'),
    index('consultation_slots_center_starts_idx').on(table.centerId, table.startsAt),
    // The last line of defence against over-booking, whatever the code above it does.
    check(
      'consultation_slots_capacity',
      sql`${table.capacity} > 0 and ${table.booked} >= 0 and ${table.booked} <= ${table.capacity}`,
    ),
  ],
);

export const consultations = districts.table(
  'consultations',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    slotId: text('slot_id')
      .notNull()
      .references(() => consultationSlots.id, { onDelete: 'restrict' }),
    memberId: text('member_id').notNull(),
    // Contact details the desk needs to reach the person about the appointment.
    name: text('name').notNull(),
    phone: text('phone').notNull(),
    topic: text('topic', { enum: CONSULTATION_TOPICS }).notNull(),
    note: text('note'),
    status: text('status', { enum: CONSULTATION_STATUSES }).notNull().default('BOOKED'),
    bookedAt: timestamp('booked_at', { withTimezone: true }).notNull().defaultNow(),
    cancelledAt: timestamp('cancelled_at', { withTimezone: true }),
  },
  (table) => [
    // One active booking per person per slot, settled by the database.
    uniqueIndex('consultations_one_active_idx')
      .on(table.slotId, table.memberId)
      .where(sql`${table.status} in ('BOOKED', 'ATTENDED')`),
    index('consultations_member_id_idx').on(table.memberId),
    check('consultations_status', oneOf(table.status, CONSULTATION_STATUSES)),
    check('consultations_topic', oneOf(table.topic, CONSULTATION_TOPICS)),
    check(
      'consultations_cancelled_at',
      sql`(${table.status} = 'CANCELLED') = (${table.cancelledAt} is not null)`,
    ),
  ],
);

// ---- job fairs ----

export const jobFairs = districts.table(
  'job_fairs',
  {
    id: text('id').primaryKey(),
    centerId: text('center_id')
      .notNull()
      .references(() => centers.id, { onDelete: 'cascade' }),
    kind: text('kind', { enum: JOB_FAIR_KINDS }).notNull(),
    titleKo: text('title_ko').notNull(),
    titleEn: text('title_en').notNull(),
    heldOn: date('held_on').notNull(),
    venue: text('venue').notNull(),
    capacity: integer('capacity').notNull(),
    visitors: integer('visitors'),
    onSiteInterviews: integer('on_site_interviews'),
  },
  (table) => [
    index('job_fairs_center_held_idx').on(table.centerId, table.heldOn),
    check('job_fairs_kind', oneOf(table.kind, JOB_FAIR_KINDS)),
    check('job_fairs_capacity', sql`${table.capacity} > 0`),
    // Outcomes are recorded together, after the fair.
    check(
      'job_fairs_outcome',
      sql`(${table.visitors} is null) = (${table.onSiteInterviews} is null)
        and (${table.visitors} is null or (${table.visitors} >= 0
          and ${table.onSiteInterviews} between 0 and ${table.visitors}))`,
    ),
  ],
);

export const jobFairEmployers = districts.table(
  'job_fair_employers',
  {
    jobFairId: text('job_fair_id')
      .notNull()
      .references(() => jobFairs.id, { onDelete: 'cascade' }),
    employerId: text('employer_id')
      .notNull()
      .references(() => employers.id, { onDelete: 'restrict' }),
  },
  (table) => [
    primaryKey({ name: 'job_fair_employers_pk', columns: [table.jobFairId, table.employerId] }),
  ],
);

export const jobFairRegistrations = districts.table(
  'job_fair_registrations',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    jobFairId: text('job_fair_id')
      .notNull()
      .references(() => jobFairs.id, { onDelete: 'restrict' }),
    memberId: text('member_id').notNull(),
    registeredAt: timestamp('registered_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [
    uniqueIndex('job_fair_registrations_one_per_member_idx').on(table.jobFairId, table.memberId),
    index('job_fair_registrations_member_id_idx').on(table.memberId),
  ],
);

// ---- placements (the centers' records of people they put into work) ----

export const placements = districts.table(
  'placements',
  {
    id: text('id').primaryKey(),
    personId: text('person_id').notNull(),
    centerId: text('center_id').notNull(),
    serviceCode: text('service_code').notNull(),
    employerId: text('employer_id')
      .notNull()
      .references(() => employers.id, { onDelete: 'restrict' }),
    placedOn: date('placed_on').notNull(),
    /** The Ministry's employment-insurance acquisition behind the placement. */
    insuranceRecordId: text('insurance_record_id').notNull(),
  },
  (table) => [
    foreignKey({
      name: 'placements_service_fk',
      columns: [table.centerId, table.serviceCode],
      foreignColumns: [centerServices.centerId, centerServices.code],
    }).onDelete('restrict'),
    // Keyset pagination order of a center's placements, newest first, id as the tie-breaker.
    index('placements_center_placed_idx').on(
      table.centerId,
      table.placedOn.desc().nullsFirst(),
      table.id.desc().nullsFirst(),
    ),
    index('placements_person_id_idx').on(table.personId),
    index('placements_employer_person_idx').on(table.employerId, table.personId),
    uniqueIndex('placements_insurance_record_idx').on(table.insuranceRecordId),
    check('placements_insurance_record_shape', sql`${table.insuranceRecordId} ~ '^IR[0-9]{7}$'`),
  ],
);

// ---- programmes: the SME hiring incentive ----

export const programs = districts.table(
  'programs',
  {
    id: text('id').primaryKey(),
    nameKo: text('name_ko').notNull(),
    nameEn: text('name_en').notNull(),
    centerId: text('center_id')
      .notNull()
      .references(() => centers.id, { onDelete: 'restrict' }),
    monthlyAmountKrw: integer('monthly_amount_krw').notNull(),
    maxMonths: smallint('max_months').notNull(),
    maxAmountKrw: integer('max_amount_krw').notNull(),
  },
  (table) => [
    index('programs_center_id_idx').on(table.centerId),
    check('programs_id_shape', sql`${table.id} ~ '^district-[a-z0-9-]+$'`),
    check(
      'programs_amounts',
      sql`${table.monthlyAmountKrw} > 0 and ${table.maxMonths} > 0 and ${table.maxAmountKrw} > 0`,
    ),
  ],
);

export const programRules = districts.table(
  'program_rules',
  {
    programId: text('program_id')
      .notNull()
      .references(() => programs.id, { onDelete: 'cascade' }),
    kind: text('kind', { enum: PROGRAM_RULE_KINDS }).notNull(),
    descriptionKo: text('description_ko').notNull(),
    descriptionEn: text('description_en').notNull(),
    position: smallint('position').notNull(),
  },
  (table) => [
    primaryKey({ name: 'program_rules_pk', columns: [table.programId, table.kind] }),
    check('program_rules_kind', oneOf(table.kind, PROGRAM_RULE_KINDS)),
  ],
);

export const incentiveApplications = districts.table(
  'incentive_applications',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    programId: text('program_id')
      .notNull()
      .references(() => programs.id, { onDelete: 'restrict' }),
    employerId: text('employer_id')
      .notNull()
      .references(() => employers.id, { onDelete: 'restrict' }),
    personId: text('person_id').notNull(),
    /** The center's placement record the hire was judged on (when the rules ask for one). */
    placementId: text('placement_id').references(() => placements.id, { onDelete: 'restrict' }),
    hiredOn: date('hired_on').notNull(),
    monthsClaimed: smallint('months_claimed').notNull(),
    status: text('status', { enum: INCENTIVE_STATUSES }).notNull().default('SUBMITTED'),
    // Milliseconds, as JavaScript dates hold them, so a page cursor names a row exactly.
    submittedAt: timestamp('submitted_at', { withTimezone: true, precision: 3 })
      .notNull()
      .defaultNow(),
  },
  (table) => [
    uniqueIndex('incentive_applications_one_per_hire_idx').on(
      table.programId,
      table.employerId,
      table.personId,
    ),
    index('incentive_applications_employer_id_idx').on(table.employerId),
    index('incentive_applications_person_id_idx').on(table.personId),
    index('incentive_applications_program_submitted_idx').on(
      table.programId,
      table.submittedAt.desc().nullsFirst(),
      table.id.desc().nullsFirst(),
    ),
    check('incentive_applications_months', sql`${table.monthsClaimed} > 0`),
    check('incentive_applications_status', oneOf(table.status, INCENTIVE_STATUSES)),
  ],
);

/** Every status an application has had, with when, who and why. */
export const incentiveEvents = districts.table(
  'incentive_events',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    applicationId: uuid('application_id')
      .notNull()
      .references(() => incentiveApplications.id, { onDelete: 'cascade' }),
    status: text('status', { enum: INCENTIVE_STATUSES }).notNull(),
    at: timestamp('at', { withTimezone: true }).notNull().defaultNow(),
    staffId: text('staff_id'),
    note: text('note'),
  },
  (table) => [
    index('incentive_events_application_id_idx').on(table.applicationId),
    check('incentive_events_status', oneOf(table.status, INCENTIVE_STATUSES)),
  ],
);

export type EmployerRow = typeof employers.$inferSelect;
export type CenterRow = typeof centers.$inferSelect;
export type CenterServiceRow = typeof centerServices.$inferSelect;
export type CenterAwardRow = typeof centerAwards.$inferSelect;
export type ConsultationSlotRow = typeof consultationSlots.$inferSelect;
export type ConsultationRow = typeof consultations.$inferSelect;
export type JobFairRow = typeof jobFairs.$inferSelect;
export type JobFairRegistrationRow = typeof jobFairRegistrations.$inferSelect;
export type PlacementRow = typeof placements.$inferSelect;
export type ProgramRow = typeof programs.$inferSelect;
export type ProgramRuleRow = typeof programRules.$inferSelect;
export type IncentiveApplicationRow = typeof incentiveApplications.$inferSelect;
export type IncentiveEventRow = typeof incentiveEvents.$inferSelect;
