import { accessLogTable, seedRunsTable } from '@jobgraph/subgraph-kit';
import { sql } from 'drizzle-orm';
import {
  type AnyPgColumn,
  bigserial,
  boolean,
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
  unique,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { CASE_STAGES } from '../domain/case-stages.js';

export const ministry = pgSchema('ministry');

export const seedRuns = seedRunsTable(ministry);

/** Staff reads of people's records: append-only (a trigger in the migration refuses changes). */
export const accessLog = accessLogTable(ministry);

/**
 * Numbers of new case files (`CF` + at least five digits), taken with `nextval` when a file is
 * opened; the seed moves it past the seeded files.
 */
export const caseFileNumbers = ministry.sequence('case_file_numbers', { startWith: 1 });

// ---- reference data: regions with their history, KSIC sections ----

export const regions = ministry.table(
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

export const industries = ministry.table('industries', {
  code: text('code').primaryKey(),
  nameKo: text('name_ko').notNull(),
  nameEn: text('name_en').notNull(),
});

// ---- the mid-career employment network ----

/** The network itself: one row, its published facts as data. */
export const networks = ministry.table(
  'networks',
  {
    id: text('id').primaryKey(),
    nameKo: text('name_ko').notNull(),
    nameEn: text('name_en').notNull(),
    minimumAge: smallint('minimum_age').notNull(),
    packageProgramId: text('package_program_id')
      .notNull()
      .references((): AnyPgColumn => programs.id, { onDelete: 'restrict' }),
  },
  (table) => [check('networks_minimum_age', sql`${table.minimumAge} between 1 and 120`)],
);

/** How many employment centers ran the network, year by year. */
export const networkPhases = ministry.table(
  'network_phases',
  {
    networkId: text('network_id')
      .notNull()
      .references(() => networks.id, { onDelete: 'cascade' }),
    year: smallint('year').notNull(),
    kind: text('kind', { enum: ['PILOT', 'NATIONWIDE'] }).notNull(),
    employmentCenters: smallint('employment_centers').notNull(),
    /** The count was announced as approximate ("about 40"). */
    approximate: boolean('approximate').notNull(),
  },
  (table) => [
    primaryKey({ name: 'network_phases_pk', columns: [table.networkId, table.year] }),
    check('network_phases_centers', sql`${table.employmentCenters} > 0`),
  ],
);

/** A regional strategy, run by one center or jointly by neighbouring ones (Incheon). */
export const strategies = ministry.table('strategies', {
  id: text('id').primaryKey(),
  nameKo: text('name_ko').notNull(),
  nameEn: text('name_en').notNull(),
});

export const strategyLines = ministry.table(
  'strategy_lines',
  {
    strategyId: text('strategy_id')
      .notNull()
      .references(() => strategies.id, { onDelete: 'cascade' }),
    position: smallint('position').notNull(),
    textKo: text('text_ko').notNull(),
    textEn: text('text_en').notNull(),
  },
  (table) => [
    primaryKey({ name: 'strategy_lines_pk', columns: [table.strategyId, table.position] }),
  ],
);

export const targetIndustries = ministry.table(
  'target_industries',
  {
    id: text('id').primaryKey(),
    strategyId: text('strategy_id')
      .notNull()
      .references(() => strategies.id, { onDelete: 'cascade' }),
    position: smallint('position').notNull(),
    nameKo: text('name_ko').notNull(),
    nameEn: text('name_en').notNull(),
    sectionCode: text('section_code')
      .notNull()
      .references(() => industries.code, { onDelete: 'restrict' }),
  },
  (table) => [index('target_industries_strategy_id_idx').on(table.strategyId)],
);

export const targetIndustryRegions = ministry.table(
  'target_industry_regions',
  {
    targetIndustryId: text('target_industry_id')
      .notNull()
      .references(() => targetIndustries.id, { onDelete: 'cascade' }),
    regionCode: text('region_code')
      .notNull()
      .references(() => regions.code, { onDelete: 'restrict' }),
    position: smallint('position').notNull(),
  },
  (table) => [
    primaryKey({
      name: 'target_industry_regions_pk',
      columns: [table.targetIndustryId, table.regionCode],
    }),
  ],
);

export const centers = ministry.table(
  'centers',
  {
    id: text('id').primaryKey(),
    nameKo: text('name_ko').notNull(),
    nameEn: text('name_en').notNull(),
    regionCode: text('region_code')
      .notNull()
      .references(() => regions.code, { onDelete: 'restrict' }),
    address: text('address').notNull(),
    strategyId: text('strategy_id')
      .notNull()
      .references(() => strategies.id, { onDelete: 'restrict' }),
  },
  (table) => [
    index('centers_region_code_idx').on(table.regionCode),
    index('centers_strategy_id_idx').on(table.strategyId),
    // The prefix is how the graph tells national centers from district ones.
    check('centers_id_shape', sql`${table.id} ~ '^moel-[a-z0-9-]+$'`),
  ],
);

/** The sigungu a center serves (관할 구역). */
export const centerServiceAreas = ministry.table(
  'center_service_areas',
  {
    centerId: text('center_id')
      .notNull()
      .references(() => centers.id, { onDelete: 'cascade' }),
    regionCode: text('region_code')
      .notNull()
      .references(() => regions.code, { onDelete: 'restrict' }),
    position: smallint('position').notNull(),
  },
  (table) => [
    primaryKey({ name: 'center_service_areas_pk', columns: [table.centerId, table.regionCode] }),
    index('center_service_areas_region_code_idx').on(table.regionCode),
  ],
);

export const consortiumMembers = ministry.table(
  'consortium_members',
  {
    centerId: text('center_id')
      .notNull()
      .references(() => centers.id, { onDelete: 'cascade' }),
    position: smallint('position').notNull(),
    kind: text('kind', {
      enum: [
        'EMPLOYMENT_CENTER',
        'MID_CAREER_SUPPORT_CENTER',
        'LOCAL_GOVERNMENT',
        'POLYTECHNIC_COLLEGE',
        'WOMENS_REEMPLOYMENT_CENTER',
      ],
    }).notNull(),
    nameKo: text('name_ko').notNull(),
    nameEn: text('name_en').notNull(),
    regionCode: text('region_code')
      .notNull()
      .references(() => regions.code, { onDelete: 'restrict' }),
  },
  (table) => [
    primaryKey({ name: 'consortium_members_pk', columns: [table.centerId, table.position] }),
  ],
);

export const counselors = ministry.table(
  'counselors',
  {
    id: text('id').primaryKey(),
    centerId: text('center_id')
      .notNull()
      .references(() => centers.id, { onDelete: 'restrict' }),
    name: text('name').notNull(),
  },
  (table) => [
    index('counselors_center_id_idx').on(table.centerId),
    // Lets case files require, by a foreign key, that their counselor works at their center.
    unique('counselors_id_center_id_key').on(table.id, table.centerId),
  ],
);

// ---- programmes ----

export const programs = ministry.table(
  'programs',
  {
    id: text('id').primaryKey(),
    nameKo: text('name_ko').notNull(),
    nameEn: text('name_en').notNull(),
    kind: text('kind', { enum: ['PROGRAM', 'PACKAGE'] }).notNull(),
    area: text('area', { enum: ['NATIONAL', 'NETWORK'] }).notNull(),
    position: smallint('position').notNull(),
  },
  (table) => [check('programs_id_shape', sql`${table.id} ~ '^moel-[a-z0-9-]+$'`)],
);

export const packageComponents = ministry.table(
  'package_components',
  {
    packageId: text('package_id')
      .notNull()
      .references(() => programs.id, { onDelete: 'cascade' }),
    kind: text('kind', {
      enum: [
        'CAREER_DESIGN',
        'TRAINING',
        'JOB_EXPERIENCE',
        'PLACEMENT',
        'SEEKER_INCENTIVE',
        'EMPLOYER_INCENTIVE',
      ],
    }).notNull(),
    position: smallint('position').notNull(),
    nameKo: text('name_ko').notNull(),
    nameEn: text('name_en').notNull(),
    programId: text('program_id').references(() => programs.id, { onDelete: 'restrict' }),
  },
  (table) => [
    primaryKey({ name: 'package_components_pk', columns: [table.packageId, table.kind] }),
    check(
      'package_components_not_itself',
      sql`${table.programId} is null or ${table.programId} <> ${table.packageId}`,
    ),
  ],
);

// ---- employment insurance (고용보험 피보험자격) ----

export const insuranceRecords = ministry.table(
  'insurance_records',
  {
    id: text('id').primaryKey(),
    personId: text('person_id').notNull(),
    employerId: text('employer_id').notNull(),
    industryCode: text('industry_code')
      .notNull()
      .references(() => industries.code, { onDelete: 'restrict' }),
    workplaceRegionCode: text('workplace_region_code')
      .notNull()
      .references(() => regions.code, { onDelete: 'restrict' }),
    /** The code valid on the day of acquisition (Iksan before 2024-01-18 is 45140). */
    residenceRegionCode: text('residence_region_code')
      .notNull()
      .references(() => regions.code, { onDelete: 'restrict' }),
    acquiredOn: date('acquired_on').notNull(),
    /** The loss date: the first day without cover. */
    lostOn: date('lost_on'),
  },
  (table) => [
    index('insurance_records_person_id_idx').on(table.personId, table.acquiredOn),
    // Employment starts by residence and period: an index-only scan, person ids included.
    index('insurance_records_residence_acquired_idx').on(
      table.residenceRegionCode,
      table.acquiredOn,
      table.personId,
    ),
    check('insurance_records_id_shape', sql`${table.id} ~ '^IR[0-9]{7}$'`),
    check(
      'insurance_records_dates',
      sql`${table.lostOn} is null or ${table.lostOn} >= ${table.acquiredOn}`,
    ),
  ],
);

// ---- case management ----
// A change is attributed to the counselor who made it. An administrator is not a counselor: the
// rows an administrator writes name none (the columns are nullable), and the access log records
// the administrator's account and reason instead.

export const caseFiles = ministry.table(
  'case_files',
  {
    id: text('id').primaryKey(),
    personId: text('person_id').notNull(),
    centerId: text('center_id')
      .notNull()
      .references(() => centers.id, { onDelete: 'restrict' }),
    counselorId: text('counselor_id').notNull(),
    // Personal data the counselor needs to reach and place the person; nothing more.
    name: text('name').notNull(),
    birthDate: date('birth_date').notNull(),
    phone: text('phone').notNull(),
    residenceRegionCode: text('residence_region_code')
      .notNull()
      .references(() => regions.code, { onDelete: 'restrict' }),
    stage: text('stage', { enum: CASE_STAGES }).notNull(),
    stageChangedOn: date('stage_changed_on').notNull(),
    placementRecordId: text('placement_record_id').references(() => insuranceRecords.id, {
      onDelete: 'restrict',
    }),
    openedOn: date('opened_on').notNull(),
    closedOn: date('closed_on'),
    closureReason: text('closure_reason', {
      enum: ['COMPLETED', 'WITHDREW', 'TRANSFERRED', 'NO_CONTACT'],
    }),
    /** Raised by one on every change; a change names the version it was made on. */
    version: integer('version').notNull().default(1),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [
    foreignKey({
      name: 'case_files_counselor_at_center_fk',
      columns: [table.counselorId, table.centerId],
      foreignColumns: [counselors.id, counselors.centerId],
    }).onDelete('restrict'),
    // One open file per person per center, settled by the database.
    uniqueIndex('case_files_one_open_idx')
      .on(table.personId, table.centerId)
      .where(sql`${table.closedOn} is null`),
    // A center's list, newest first: the keyset order of `caseFiles`.
    index('case_files_center_opened_idx').on(
      table.centerId,
      table.openedOn.desc().nullsFirst(),
      table.id.desc().nullsFirst(),
    ),
    index('case_files_person_id_idx').on(table.personId),
    check('case_files_version', sql`${table.version} >= 1`),
    check('case_files_dates', sql`${table.stageChangedOn} >= ${table.openedOn}`),
    check(
      'case_files_closed',
      sql`(${table.closedOn} is null) = (${table.closureReason} is null) and (${table.closedOn} is null or ${table.closedOn} >= ${table.openedOn})`,
    ),
    check(
      'case_files_placement',
      sql`(${table.stage} in ('PLACED', 'FOLLOW_UP')) = (${table.placementRecordId} is not null)`,
    ),
  ],
);

export const caseStageChanges = ministry.table(
  'case_stage_changes',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    caseFileId: text('case_file_id')
      .notNull()
      .references(() => caseFiles.id, { onDelete: 'cascade' }),
    stage: text('stage', { enum: CASE_STAGES }).notNull(),
    enteredOn: date('entered_on').notNull(),
    /**
     * Null for changes recorded before this system (the seeded history) and for an
     * administrator's changes, which the access log records with their account.
     */
    counselorId: text('counselor_id').references(() => counselors.id, { onDelete: 'restrict' }),
  },
  (table) => [index('case_stage_changes_case_file_id_idx').on(table.caseFileId, table.id)],
);

export const caseNotes = ministry.table(
  'case_notes',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    caseFileId: text('case_file_id')
      .notNull()
      .references(() => caseFiles.id, { onDelete: 'cascade' }),
    authorId: text('author_id').references(() => counselors.id, { onDelete: 'restrict' }),
    body: text('body').notNull(),
    writtenAt: timestamp('written_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [
    index('case_notes_case_file_id_idx').on(table.caseFileId, table.writtenAt),
    check('case_notes_body', sql`length(${table.body}) between 1 and 4000`),
  ],
);

export const nextActions = ministry.table(
  'next_actions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    caseFileId: text('case_file_id')
      .notNull()
      .references(() => caseFiles.id, { onDelete: 'cascade' }),
    description: text('description').notNull(),
    dueOn: date('due_on').notNull(),
    setById: text('set_by_id').references(() => counselors.id, { onDelete: 'restrict' }),
    doneOn: date('done_on'),
    doneById: text('done_by_id').references(() => counselors.id, { onDelete: 'restrict' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [
    index('next_actions_case_file_id_idx').on(table.caseFileId, table.dueOn),
    check('next_actions_description', sql`length(${table.description}) between 1 and 500`),
    check('next_actions_done', sql`${table.doneById} is null or ${table.doneOn} is not null`),
  ],
);

export const caseReferrals = ministry.table(
  'case_referrals',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    caseFileId: text('case_file_id')
      .notNull()
      .references(() => caseFiles.id, { onDelete: 'cascade' }),
    /** Any agency's programme id; the prefix names the agency (docs/graph-contracts.md). */
    programId: text('program_id'),
    /** A national (`moel-`) or district (`dc-`) center. */
    centerId: text('center_id'),
    note: text('note'),
    referredOn: date('referred_on').notNull(),
    referredById: text('referred_by_id').references(() => counselors.id, {
      onDelete: 'restrict',
    }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [
    index('case_referrals_case_file_id_idx').on(table.caseFileId, table.createdAt),
    check(
      'case_referrals_one_target',
      sql`(${table.programId} is null) <> (${table.centerId} is null)`,
    ),
    check(
      'case_referrals_program_id_shape',
      sql`${table.programId} is null or ${table.programId} ~ '^(seoul|seoul50plus|moel|district)-[a-z0-9-]+$'`,
    ),
    check(
      'case_referrals_center_id_shape',
      sql`${table.centerId} is null or ${table.centerId} ~ '^(moel|dc)-[a-z0-9-]+$'`,
    ),
  ],
);

export type RegionRow = typeof regions.$inferSelect;
export type IndustryRow = typeof industries.$inferSelect;
export type NetworkRow = typeof networks.$inferSelect;
export type NetworkPhaseRow = typeof networkPhases.$inferSelect;
export type StrategyRow = typeof strategies.$inferSelect;
export type StrategyLineRow = typeof strategyLines.$inferSelect;
export type TargetIndustryRow = typeof targetIndustries.$inferSelect;
export type CenterRow = typeof centers.$inferSelect;
export type ConsortiumMemberRow = typeof consortiumMembers.$inferSelect;
export type CounselorRow = typeof counselors.$inferSelect;
export type ProgramRow = typeof programs.$inferSelect;
export type PackageComponentRow = typeof packageComponents.$inferSelect;
export type InsuranceRecordRow = typeof insuranceRecords.$inferSelect;
export type CaseFileRow = typeof caseFiles.$inferSelect;
export type CaseStageChangeRow = typeof caseStageChanges.$inferSelect;
export type CaseNoteRow = typeof caseNotes.$inferSelect;
export type NextActionRow = typeof nextActions.$inferSelect;
export type CaseReferralRow = typeof caseReferrals.$inferSelect;
