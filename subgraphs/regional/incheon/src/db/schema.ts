import { accessLogTable, seedRunsTable } from '@jobgraph/subgraph-kit';
import { type SQL, sql } from 'drizzle-orm';
import {
  type AnyPgColumn,
  check,
  date,
  index,
  pgSchema,
  primaryKey,
  smallint,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';

export const incheon = pgSchema('incheon');

/** A CHECK that a text column holds one of a closed set (the SDL's enums, kept in the table too). */
function oneOf(column: AnyPgColumn, values: readonly string[]): SQL {
  return sql`${column} in (${sql.raw(values.map((value) => `'${value}'`).join(', '))})`;
}

export const seedRuns = seedRunsTable(incheon);

/** Staff reads of members' records: append-only (a trigger in the migration refuses changes). */
export const accessLog = accessLogTable(incheon);

/** The two centers that run the Incheon network together. */
export const INCHEON_CENTERS = ['moel-incheon-bukbu', 'moel-incheon-seobu'] as const;
/** The network's key industries (ministry's strategy `incheon`). */
export const INDUSTRIES = ['ROOT', 'AVIATION', 'LOGISTICS', 'HEALTH_WELFARE', 'BIO'] as const;
export const MEMBER_KINDS = [
  'EMPLOYMENT_CENTER',
  'LOCAL_GOVERNMENT',
  'POLYTECHNIC',
  'EMPLOYER',
  'MID_CAREER_CENTER',
  'INDUSTRY_BODY',
] as const;
export const CADENCES = ['MONTHLY', 'BIMONTHLY', 'QUARTERLY'] as const;

const centerCheck = (column: AnyPgColumn) => oneOf(column, INCHEON_CENTERS);

// ---- job demand days (구인수요일-style recruiting days held with employers) ----

export const demandDays = incheon.table(
  'demand_days',
  {
    id: text('id').primaryKey(),
    centerId: text('center_id').notNull(),
    industry: text('industry', { enum: INDUSTRIES }).notNull(),
    titleKo: text('title_ko').notNull(),
    titleEn: text('title_en').notNull(),
    heldOn: date('held_on').notNull(),
    venue: text('venue').notNull(),
    /** Places for job seekers aged 50+. */
    capacity: smallint('capacity').notNull(),
    /** Registrations, kept with the row so that a conditional update settles the last place. */
    registered: smallint('registered').notNull().default(0),
  },
  (table) => [
    index('demand_days_center_held_idx').on(table.centerId, table.heldOn),
    check('demand_days_id_shape', sql`${table.id} ~ '^jdd-[a-z0-9-]+$'`),
    check('demand_days_center', centerCheck(table.centerId)),
    check('demand_days_industry', oneOf(table.industry, INDUSTRIES)),
    // The last line of defence against over-booking, whatever the code above it does.
    check(
      'demand_days_capacity',
      sql`${table.capacity} > 0 and ${table.registered} >= 0 and ${table.registered} <= ${table.capacity}`,
    ),
  ],
);

/** The employers recruiting on a day, with how many they intend to hire. */
export const demandDayEmployers = incheon.table(
  'demand_day_employers',
  {
    demandDayId: text('demand_day_id')
      .notNull()
      .references(() => demandDays.id, { onDelete: 'cascade' }),
    employerId: text('employer_id').notNull(),
    name: text('name').notNull(),
    openings: smallint('openings').notNull(),
  },
  (table) => [
    primaryKey({ name: 'demand_day_employers_pk', columns: [table.demandDayId, table.employerId] }),
    check('demand_day_employers_id_shape', sql`${table.employerId} ~ '^E[0-9]{5}$'`),
    check('demand_day_employers_openings', sql`${table.openings} > 0`),
  ],
);

export const demandDayRegistrations = incheon.table(
  'demand_day_registrations',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    demandDayId: text('demand_day_id')
      .notNull()
      .references(() => demandDays.id, { onDelete: 'restrict' }),
    memberId: text('member_id').notNull(),
    registeredAt: timestamp('registered_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [
    uniqueIndex('demand_day_registrations_one_per_member_idx').on(
      table.demandDayId,
      table.memberId,
    ),
    index('demand_day_registrations_member_idx').on(table.memberId),
  ],
);

// ---- local job-creation working groups (지역 일자리상생 실무협의체) ----

export const workingGroups = incheon.table(
  'working_groups',
  {
    id: text('id').primaryKey(),
    centerId: text('center_id').notNull(),
    industry: text('industry', { enum: INDUSTRIES }).notNull(),
    nameKo: text('name_ko').notNull(),
    nameEn: text('name_en').notNull(),
    formedOn: date('formed_on').notNull(),
    cadence: text('cadence', { enum: CADENCES }).notNull(),
  },
  (table) => [
    index('working_groups_center_idx').on(table.centerId),
    check('working_groups_id_shape', sql`${table.id} ~ '^wg-[a-z0-9-]+$'`),
    check('working_groups_center', centerCheck(table.centerId)),
    check('working_groups_industry', oneOf(table.industry, INDUSTRIES)),
    check('working_groups_cadence', oneOf(table.cadence, CADENCES)),
  ],
);

export const workingGroupMembers = incheon.table(
  'working_group_members',
  {
    groupId: text('group_id')
      .notNull()
      .references(() => workingGroups.id, { onDelete: 'cascade' }),
    position: smallint('position').notNull(),
    kind: text('kind', { enum: MEMBER_KINDS }).notNull(),
    nameKo: text('name_ko').notNull(),
    nameEn: text('name_en').notNull(),
    employerId: text('employer_id'),
    regionCode: text('region_code'),
  },
  (table) => [
    primaryKey({ name: 'working_group_members_pk', columns: [table.groupId, table.position] }),
    check('working_group_members_kind', oneOf(table.kind, MEMBER_KINDS)),
    check(
      'working_group_members_employer',
      sql`(${table.kind} = 'EMPLOYER') = (${table.employerId} is not null)`,
    ),
  ],
);

// ---- joint job fairs of the two centers ----

export const jointFairs = incheon.table(
  'joint_fairs',
  {
    id: text('id').primaryKey(),
    titleKo: text('title_ko').notNull(),
    titleEn: text('title_en').notNull(),
    heldOn: date('held_on').notNull(),
    venue: text('venue').notNull(),
    regionCode: text('region_code').notNull(),
    plannedEmployers: smallint('planned_employers').notNull(),
  },
  (table) => [
    index('joint_fairs_held_idx').on(table.heldOn),
    check('joint_fairs_id_shape', sql`${table.id} ~ '^jjf-[a-z0-9-]+$'`),
    check('joint_fairs_employers', sql`${table.plannedEmployers} > 0`),
  ],
);

export const jointFairHosts = incheon.table(
  'joint_fair_hosts',
  {
    fairId: text('fair_id')
      .notNull()
      .references(() => jointFairs.id, { onDelete: 'cascade' }),
    centerId: text('center_id').notNull(),
  },
  (table) => [
    primaryKey({ name: 'joint_fair_hosts_pk', columns: [table.fairId, table.centerId] }),
    index('joint_fair_hosts_center_idx').on(table.centerId),
    check('joint_fair_hosts_center', centerCheck(table.centerId)),
  ],
);

export const jointFairIndustries = incheon.table(
  'joint_fair_industries',
  {
    fairId: text('fair_id')
      .notNull()
      .references(() => jointFairs.id, { onDelete: 'cascade' }),
    industry: text('industry', { enum: INDUSTRIES }).notNull(),
  },
  (table) => [
    primaryKey({ name: 'joint_fair_industries_pk', columns: [table.fairId, table.industry] }),
    check('joint_fair_industries_industry', oneOf(table.industry, INDUSTRIES)),
  ],
);

// ---- Korea Polytechnic training the centers refer people to ----

export const trainings = incheon.table(
  'trainings',
  {
    id: text('id').primaryKey(),
    centerId: text('center_id').notNull(),
    industry: text('industry', { enum: INDUSTRIES }).notNull(),
    campusKo: text('campus_ko').notNull(),
    campusEn: text('campus_en').notNull(),
    courseKo: text('course_ko').notNull(),
    courseEn: text('course_en').notNull(),
    startsOn: date('starts_on').notNull(),
    endsOn: date('ends_on').notNull(),
    hours: smallint('hours').notNull(),
    seats: smallint('seats').notNull(),
  },
  (table) => [
    index('trainings_center_idx').on(table.centerId, table.startsOn),
    check('trainings_id_shape', sql`${table.id} ~ '^kpt-[a-z0-9-]+$'`),
    check('trainings_center', centerCheck(table.centerId)),
    check('trainings_industry', oneOf(table.industry, INDUSTRIES)),
    check('trainings_period', sql`${table.startsOn} <= ${table.endsOn}`),
    check('trainings_sizes', sql`${table.hours} > 0 and ${table.seats} > 0`),
  ],
);

export type DemandDayRow = typeof demandDays.$inferSelect;
export type DemandDayEmployerRow = typeof demandDayEmployers.$inferSelect;
export type DemandDayRegistrationRow = typeof demandDayRegistrations.$inferSelect;
export type WorkingGroupRow = typeof workingGroups.$inferSelect;
export type WorkingGroupMemberRow = typeof workingGroupMembers.$inferSelect;
export type JointFairRow = typeof jointFairs.$inferSelect;
export type TrainingRow = typeof trainings.$inferSelect;
