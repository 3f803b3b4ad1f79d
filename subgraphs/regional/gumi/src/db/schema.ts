import { accessLogTable, seedRunsTable } from '@jobgraph/subgraph-kit';
import { type SQL, sql } from 'drizzle-orm';
import {
  type AnyPgColumn,
  check,
  index,
  integer,
  pgSchema,
  smallint,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';

export const gumi = pgSchema('gumi');

/** A CHECK that a text column holds one of a closed set (the SDL's enums, kept in the table too). */
function oneOf(column: AnyPgColumn, values: readonly string[]): SQL {
  return sql`${column} in (${sql.raw(values.map((value) => `'${value}'`).join(', '))})`;
}

export const seedRuns = seedRunsTable(gumi);

/** Staff reads of members' records: append-only (a trigger in the migration refuses changes). */
export const accessLog = accessLogTable(gumi);

/** The employment center whose records these are. */
export const GUMI_CENTER_ID = 'moel-gumi';
/** The strategy's target industries (ministry's strategy `gumi`). */
export const TARGET_INDUSTRIES = ['ELECTRICAL_ELECTRONIC', 'MECHANICAL', 'HEALTHCARE'] as const;
export const EMPLOYER_SIZES = [
  'SMALL_OR_MEDIUM',
  'MID_SIZED',
  'LARGE',
  'PUBLIC_INSTITUTION',
] as const;
export const APPLICATION_STATUSES = ['SUBMITTED', 'APPROVED', 'REJECTED'] as const;
export const BOOKING_STATUSES = ['BOOKED', 'CANCELLED'] as const;

// ---- target employers (employers of the Work24 register the center manages closely) ----

export const targetEmployers = gumi.table(
  'target_employers',
  {
    id: text('id').primaryKey(),
    name: text('name').notNull(),
    industry: text('industry', { enum: TARGET_INDUSTRIES }).notNull(),
    size: text('size', { enum: EMPLOYER_SIZES }).notNull(),
    regionCode: text('region_code').notNull(),
  },
  (table) => [
    index('target_employers_industry_idx').on(table.industry),
    check('target_employers_id_shape', sql`${table.id} ~ '^E[0-9]{5}$'`),
    check('target_employers_industry', oneOf(table.industry, TARGET_INDUSTRIES)),
    check('target_employers_size', oneOf(table.size, EMPLOYER_SIZES)),
  ],
);

// ---- HR-practice improvement incentives: the measures and their amounts are data ----

export const hrMeasures = gumi.table(
  'hr_measures',
  {
    code: text('code').primaryKey(),
    nameKo: text('name_ko').notNull(),
    nameEn: text('name_en').notNull(),
    /** Paid per worker the measure covers, in KRW. */
    amountPerWorkerKrw: integer('amount_per_worker_krw').notNull(),
    /** Workers one application can claim for. */
    maxWorkers: smallint('max_workers').notNull(),
    position: smallint('position').notNull(),
  },
  (table) => [
    check('hr_measures_code_shape', sql`${table.code} ~ '^[A-Z][A-Z_]{1,60}$'`),
    check('hr_measures_amounts', sql`${table.amountPerWorkerKrw} > 0 and ${table.maxWorkers} > 0`),
  ],
);

export const hrApplications = gumi.table(
  'hr_applications',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    employerId: text('employer_id')
      .notNull()
      .references(() => targetEmployers.id, { onDelete: 'restrict' }),
    measureCode: text('measure_code')
      .notNull()
      .references(() => hrMeasures.code, { onDelete: 'restrict' }),
    workersCovered: smallint('workers_covered').notNull(),
    /** The incentive under the measure's amounts when the application was filed, in KRW. */
    amountKrw: integer('amount_krw').notNull(),
    plan: text('plan').notNull(),
    status: text('status', { enum: APPLICATION_STATUSES }).notNull().default('SUBMITTED'),
    // Milliseconds, as JavaScript dates hold them.
    submittedAt: timestamp('submitted_at', { withTimezone: true, precision: 3 })
      .notNull()
      .defaultNow(),
    submittedBy: text('submitted_by').notNull(),
    decidedAt: timestamp('decided_at', { withTimezone: true, precision: 3 }),
    decidedBy: text('decided_by'),
    decisionNote: text('decision_note'),
  },
  (table) => [
    // One open (submitted or approved) application per employer and measure.
    uniqueIndex('hr_applications_one_open_idx')
      .on(table.employerId, table.measureCode)
      .where(sql`${table.status} in ('SUBMITTED', 'APPROVED')`),
    index('hr_applications_status_idx').on(table.status, table.submittedAt),
    check('hr_applications_status', oneOf(table.status, APPLICATION_STATUSES)),
    check('hr_applications_workers', sql`${table.workersCovered} > 0 and ${table.amountKrw} > 0`),
    check(
      'hr_applications_decision',
      sql`(${table.status} = 'SUBMITTED') = (${table.decidedAt} is null)
        and (${table.decidedAt} is null) = (${table.decidedBy} is null)`,
    ),
  ],
);

// ---- career design sessions at the Mid-career Tomorrow Center ----

export const careerSessions = gumi.table(
  'career_sessions',
  {
    id: text('id').primaryKey(),
    centerId: text('center_id').notNull(),
    titleKo: text('title_ko').notNull(),
    titleEn: text('title_en').notNull(),
    venue: text('venue').notNull(),
    startsAt: timestamp('starts_at', { withTimezone: true }).notNull(),
    durationMinutes: smallint('duration_minutes').notNull(),
    /** The youngest age, on the day, the session is for (40 or 50): a rule kept as data. */
    minimumAge: smallint('minimum_age').notNull(),
    capacity: smallint('capacity').notNull(),
    /** Active bookings, kept with the row so that a conditional update settles the last place. */
    booked: smallint('booked').notNull().default(0),
  },
  (table) => [
    index('career_sessions_center_starts_idx').on(table.centerId, table.startsAt),
    check('career_sessions_id_shape', sql`${table.id} ~ '^cds-[a-z0-9-]+$'`),
    check('career_sessions_age', sql`${table.minimumAge} between 18 and 80`),
    check('career_sessions_duration', sql`${table.durationMinutes} > 0`),
    // The last line of defence against over-booking, whatever the code above it does.
    check(
      'career_sessions_capacity',
      sql`${table.capacity} > 0 and ${table.booked} >= 0 and ${table.booked} <= ${table.capacity}`,
    ),
  ],
);

export const careerBookings = gumi.table(
  'career_bookings',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    sessionId: text('session_id')
      .notNull()
      .references(() => careerSessions.id, { onDelete: 'restrict' }),
    memberId: text('member_id').notNull(),
    status: text('status', { enum: BOOKING_STATUSES }).notNull().default('BOOKED'),
    bookedAt: timestamp('booked_at', { withTimezone: true }).notNull().defaultNow(),
    cancelledAt: timestamp('cancelled_at', { withTimezone: true }),
  },
  (table) => [
    uniqueIndex('career_bookings_one_active_idx')
      .on(table.sessionId, table.memberId)
      .where(sql`${table.status} = 'BOOKED'`),
    index('career_bookings_member_idx').on(table.memberId),
    check('career_bookings_status', oneOf(table.status, BOOKING_STATUSES)),
    check(
      'career_bookings_cancelled_at',
      sql`(${table.status} = 'CANCELLED') = (${table.cancelledAt} is not null)`,
    ),
  ],
);

export type TargetEmployerRow = typeof targetEmployers.$inferSelect;
export type HrMeasureRow = typeof hrMeasures.$inferSelect;
export type HrApplicationRow = typeof hrApplications.$inferSelect;
export type CareerSessionRow = typeof careerSessions.$inferSelect;
export type CareerBookingRow = typeof careerBookings.$inferSelect;
