import { accessLogTable, seedRunsTable } from '@jobgraph/subgraph-kit';
import { type SQL, sql } from 'drizzle-orm';
import {
  type AnyPgColumn,
  check,
  date,
  index,
  integer,
  pgSchema,
  smallint,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';

export const gwanak = pgSchema('gwanak');

/** A CHECK that a text column holds one of a closed set (the SDL's enums, kept in the table too). */
function oneOf(column: AnyPgColumn, values: readonly string[]): SQL {
  return sql`${column} in (${sql.raw(values.map((value) => `'${value}'`).join(', '))})`;
}

export const seedRuns = seedRunsTable(gwanak);

/** Staff reads of members' records: append-only (a trigger in the migration refuses changes). */
export const accessLog = accessLogTable(gwanak);

/** The center's two strategy lines, as sectors (ministry's strategy `gwanak`). */
export const PARTNER_SECTORS = ['IT', 'SMART_MANUFACTURING', 'HEALTHCARE', 'SERVICES'] as const;
/** The Seoul Digital Industrial Complex (G-Valley): complex 1 in Guro, 2 and 3 in Geumcheon. */
export const G_VALLEY_COMPLEXES = ['COMPLEX_1', 'COMPLEX_2', 'COMPLEX_3'] as const;
export const APPLICATION_STATUSES = ['APPLIED', 'WITHDRAWN'] as const;

/** The employment center whose records these are. */
export const GWANAK_CENTER_ID = 'moel-seoul-gwanak';

// ---- partner employers (employers of the Work24 register the center works with) ----

export const partnerEmployers = gwanak.table(
  'partner_employers',
  {
    /** The employer's Work24 id. */
    id: text('id').primaryKey(),
    centerId: text('center_id').notNull(),
    name: text('name').notNull(),
    sector: text('sector', { enum: PARTNER_SECTORS }).notNull(),
    regionCode: text('region_code').notNull(),
    gValleyComplex: text('g_valley_complex', { enum: G_VALLEY_COMPLEXES }),
    partnerSince: date('partner_since').notNull(),
  },
  (table) => [
    index('partner_employers_center_idx').on(table.centerId, table.sector),
    index('partner_employers_region_idx').on(table.regionCode),
    check('partner_employers_id_shape', sql`${table.id} ~ '^E[0-9]{5}$'`),
    check('partner_employers_region_shape', sql`${table.regionCode} ~ '^[0-9]{5}$'`),
    check('partner_employers_sector', oneOf(table.sector, PARTNER_SECTORS)),
    check(
      'partner_employers_complex',
      sql`${table.gValleyComplex} is null or ${oneOf(table.gValleyComplex, G_VALLEY_COMPLEXES)}`,
    ),
  ],
);

// ---- openings the partners hold for job seekers aged 50+ ----

export const partnerOpenings = gwanak.table(
  'partner_openings',
  {
    id: text('id').primaryKey(),
    employerId: text('employer_id')
      .notNull()
      .references(() => partnerEmployers.id, { onDelete: 'restrict' }),
    titleKo: text('title_ko').notNull(),
    titleEn: text('title_en').notNull(),
    minimumAge: smallint('minimum_age').notNull(),
    positions: smallint('positions').notNull(),
    /** Applicants the center matches to the employer's interviews. */
    capacity: smallint('capacity').notNull(),
    /** Active applications, kept with the row so that a conditional update settles the last place. */
    applied: smallint('applied').notNull().default(0),
    monthlyWageKrw: integer('monthly_wage_krw'),
    hoursPerWeek: smallint('hours_per_week').notNull(),
    opensOn: date('opens_on').notNull(),
    closesOn: date('closes_on').notNull(),
  },
  (table) => [
    index('partner_openings_employer_idx').on(table.employerId, table.closesOn),
    index('partner_openings_closes_idx').on(table.closesOn),
    check('partner_openings_id_shape', sql`${table.id} ~ '^gwo-[a-z0-9-]+$'`),
    check('partner_openings_positions', sql`${table.positions} > 0`),
    // The last line of defence against over-booking, whatever the code above it does.
    check(
      'partner_openings_capacity',
      sql`${table.capacity} > 0 and ${table.applied} >= 0 and ${table.applied} <= ${table.capacity}`,
    ),
    check('partner_openings_period', sql`${table.opensOn} <= ${table.closesOn}`),
    check('partner_openings_age', sql`${table.minimumAge} between 40 and 70`),
    check('partner_openings_hours', sql`${table.hoursPerWeek} between 1 and 52`),
  ],
);

export const openingApplications = gwanak.table(
  'opening_applications',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    openingId: text('opening_id')
      .notNull()
      .references(() => partnerOpenings.id, { onDelete: 'restrict' }),
    memberId: text('member_id').notNull(),
    /** What the person wrote for the counselor matching them (personal data). */
    motivation: text('motivation'),
    status: text('status', { enum: APPLICATION_STATUSES }).notNull().default('APPLIED'),
    appliedAt: timestamp('applied_at', { withTimezone: true }).notNull().defaultNow(),
    withdrawnAt: timestamp('withdrawn_at', { withTimezone: true }),
  },
  (table) => [
    // One active application per person per opening, settled by the database.
    uniqueIndex('opening_applications_one_active_idx')
      .on(table.openingId, table.memberId)
      .where(sql`${table.status} = 'APPLIED'`),
    index('opening_applications_member_idx').on(table.memberId),
    check('opening_applications_status', oneOf(table.status, APPLICATION_STATUSES)),
    check(
      'opening_applications_withdrawn_at',
      sql`(${table.status} = 'WITHDRAWN') = (${table.withdrawnAt} is not null)`,
    ),
  ],
);

export type PartnerEmployerRow = typeof partnerEmployers.$inferSelect;
export type PartnerOpeningRow = typeof partnerOpenings.$inferSelect;
export type OpeningApplicationRow = typeof openingApplications.$inferSelect;
