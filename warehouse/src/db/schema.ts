import { sql } from 'drizzle-orm';
import {
  bigint,
  boolean,
  check,
  date,
  doublePrecision,
  index,
  integer,
  pgSchema,
  primaryKey,
  smallint,
  text,
  timestamp,
  unique,
} from 'drizzle-orm/pg-core';

/**
 * The warehouse: a star schema of conformed dimensions and fact tables. Surrogate keys are
 * identities (`dim_date` excepted: its key is the day as `yyyymmdd`); each dimension's natural
 * key is unique, so loaders upsert by it. No column holds a person's direct identifier: people
 * are `person_key`, a keyed hash of their member id (see src/pseudonym.ts), and no column is
 * named like a personal field (name, phone, birth, address, rrn); dimension labels are `label_*`.
 */
export const warehouse = pgSchema('warehouse');

export const REGION_LEVELS = ['sido', 'sigungu'] as const;
export const AGENCY_UNIT_KINDS = ['AGENCY', 'CENTER', 'CAMPUS'] as const;
export const SERVICE_KINDS = ['CONSULTATION', 'TRAINING', 'DIAGNOSIS'] as const;
export const PARTICIPATION_OUTCOMES = ['ONGOING', 'COMPLETED', 'LEFT', 'NOT_ADMITTED'] as const;

const oneOf = (column: unknown, values: readonly string[]) =>
  sql`${column} in (${sql.raw(values.map((value) => `'${value}'`).join(', '))})`;

// ---- conformed dimensions ----

/** One row per calendar day. */
export const dimDate = warehouse.table(
  'dim_date',
  {
    /** The day as yyyymmdd (20240118): readable, ordered, and the same in every warehouse. */
    dateKey: integer('date_key').primaryKey(),
    day: date('day').notNull().unique('dim_date_day_key'),
    year: smallint('year').notNull(),
    quarter: smallint('quarter').notNull(),
    month: smallint('month').notNull(),
    dayOfMonth: smallint('day_of_month').notNull(),
    isoYear: smallint('iso_year').notNull(),
    isoWeek: smallint('iso_week').notNull(),
    /** ISO weekday: 1 Monday … 7 Sunday. */
    isoWeekday: smallint('iso_weekday').notNull(),
    isWeekend: boolean('is_weekend').notNull(),
    /** The first day of the day's month, for monthly cohorts. */
    monthStart: date('month_start').notNull(),
  },
  (table) => [
    index('dim_date_year_month_idx').on(table.year, table.month),
    check(
      'dim_date_key_matches_day',
      sql`${table.dateKey} = to_char(${table.day}, 'YYYYMMDD')::int`,
    ),
  ],
);

/**
 * One row per region code and validity range (sido and sigungu). A renumbered region keeps one
 * `place_key` across its codes (Iksan 45140 → 52140, Gangwon 42 → 51), so reports group by place.
 */
export const dimRegion = warehouse.table(
  'dim_region',
  {
    regionKey: integer('region_key').primaryKey().generatedAlwaysAsIdentity(),
    code: text('code').notNull(),
    level: text('level', { enum: REGION_LEVELS }).notNull(),
    parentCode: text('parent_code'),
    labelKo: text('label_ko').notNull(),
    labelEn: text('label_en').notNull(),
    /** First day the code is valid; null: valid since before the reference data begins. */
    validFrom: date('valid_from'),
    /** Last day the code is valid (inclusive); null: still valid. */
    validTo: date('valid_to'),
    /** The place across renumberings: the earliest code of its chain of codes. */
    placeKey: text('place_key').notNull(),
    /** The place's latest code and labels, for reports. */
    placeCode: text('place_code').notNull(),
    placeLabelKo: text('place_label_ko').notNull(),
    placeLabelEn: text('place_label_en').notNull(),
    /** The sido place this region lies in (itself for a sido). */
    sidoPlaceKey: text('sido_place_key').notNull(),
  },
  (table) => [
    unique('dim_region_code_valid_from_key').on(table.code, table.validFrom).nullsNotDistinct(),
    index('dim_region_place_key_idx').on(table.placeKey),
    check('dim_region_level', oneOf(table.level, REGION_LEVELS)),
    check(
      'dim_region_validity',
      sql`${table.validFrom} is null or ${table.validTo} is null or ${table.validFrom} <= ${table.validTo}`,
    ),
  ],
);

/**
 * One row per agency and per unit of an agency that facts are attributed to (a district job
 * center, a 50Plus campus, a Ministry center — the regional centers are the Ministry's).
 */
export const dimAgency = warehouse.table(
  'dim_agency',
  {
    agencyKey: integer('agency_key').primaryKey().generatedAlwaysAsIdentity(),
    /** Natural key: the agency's code for the agency itself, the unit's id for a unit. */
    unitId: text('unit_id').notNull().unique('dim_agency_unit_id_key'),
    unitKind: text('unit_kind', { enum: AGENCY_UNIT_KINDS }).notNull(),
    /** city, districts, fiftyplus or ministry. */
    agencyCode: text('agency_code').notNull(),
    agencyLabelKo: text('agency_label_ko').notNull(),
    agencyLabelEn: text('agency_label_en').notNull(),
    unitLabelKo: text('unit_label_ko').notNull(),
    unitLabelEn: text('unit_label_en').notNull(),
    /** The unit's region code (null for an agency as a whole). */
    regionCode: text('region_code'),
  },
  (table) => [
    index('dim_agency_agency_code_idx').on(table.agencyCode),
    check('dim_agency_unit_kind', oneOf(table.unitKind, AGENCY_UNIT_KINDS)),
  ],
);

/**
 * One row per programme variant a participation can name: the programme itself, and where the
 * agency distinguishes them its sectors, types and training fields (Seoul Attractive Jobs) or
 * course tracks (50Plus).
 */
export const dimProgram = warehouse.table(
  'dim_program',
  {
    programKey: integer('program_key').primaryKey().generatedAlwaysAsIdentity(),
    /** Natural key: `<agency>:<programme>/<sector>/<type>/<training field>`, `-` for none. */
    variantId: text('variant_id').notNull().unique('dim_program_variant_id_key'),
    agencyCode: text('agency_code').notNull(),
    programId: text('program_id').notNull(),
    programLabelKo: text('program_label_ko').notNull(),
    programLabelEn: text('program_label_en').notNull(),
    /** The agency's kind of programme (PROGRAM/PACKAGE, MIDCAREER_JOB_ACADEMY, …). */
    programKind: text('program_kind').notNull(),
    year: smallint('year'),
    sector: text('sector'),
    typeCode: text('type_code'),
    typeLabelKo: text('type_label_ko'),
    typeLabelEn: text('type_label_en'),
    trainingFieldCode: text('training_field_code'),
    trainingFieldLabelKo: text('training_field_label_ko'),
    trainingFieldLabelEn: text('training_field_label_en'),
  },
  (table) => [index('dim_program_program_idx').on(table.agencyCode, table.programId)],
);

/** One row per age band; an event's band is the person's age on the event's day. */
export const dimAgeBand = warehouse.table(
  'dim_age_band',
  {
    ageBandKey: smallint('age_band_key').primaryKey().generatedAlwaysAsIdentity(),
    code: text('code').notNull().unique('dim_age_band_code_key'),
    label: text('label').notNull(),
    /** Inclusive bounds in completed years; null: open. */
    minAge: smallint('min_age'),
    maxAge: smallint('max_age'),
    sortOrder: smallint('sort_order').notNull(),
  },
  (table) => [
    check(
      'dim_age_band_bounds',
      sql`${table.minAge} is null or ${table.maxAge} is null or ${table.minAge} <= ${table.maxAge}`,
    ),
  ],
);

/** One row per KSIC section (A–U). */
export const dimIndustry = warehouse.table('dim_industry', {
  industryKey: smallint('industry_key').primaryKey().generatedAlwaysAsIdentity(),
  code: text('code').notNull().unique('dim_industry_code_key'),
  labelKo: text('label_ko').notNull(),
  labelEn: text('label_en').notNull(),
});

/** One row per KECO major group (0–9). */
export const dimOccupation = warehouse.table('dim_occupation', {
  occupationKey: smallint('occupation_key').primaryKey().generatedAlwaysAsIdentity(),
  code: text('code').notNull().unique('dim_occupation_code_key'),
  labelKo: text('label_ko').notNull(),
  labelEn: text('label_en').notNull(),
});

// ---- facts ----
// Facts name dimension rows by surrogate key without foreign-key constraints: each would be a
// trigger and a lookup per loaded row (five per employment), the bulk of a large load's cost. The
// loaders check every key of a batch in one query before merging it (load/facts/*.ts), and a
// batch naming a missing dimension row fails whole.

const personKey = () => text('person_key').notNull();
const dateKey = (name: string) => integer(name);
const regionKey = (name: string) => integer(name);

/** Grain: one row per person × programme participation (an application or an enrolment). */
export const factParticipation = warehouse.table(
  'fact_participation',
  {
    participationKey: bigint('participation_key', { mode: 'number' })
      .primaryKey()
      .generatedAlwaysAsIdentity(),
    /** Natural key: the source table and its row id. */
    source: text('source').notNull(),
    sourceId: text('source_id').notNull(),
    personKey: personKey(),
    programKey: integer('program_key').notNull(),
    agencyKey: integer('agency_key').notNull(),
    /** Residence at enrolment, by the code valid on that day. */
    regionKey: regionKey('region_key'),
    ageBandKey: smallint('age_band_key'),
    enrolledDateKey: dateKey('enrolled_date_key').notNull(),
    endedDateKey: dateKey('ended_date_key'),
    /** The same days as dates, for the interval arithmetic of placements. */
    enrolledOn: date('enrolled_on').notNull(),
    endedOn: date('ended_on'),
    outcome: text('outcome', { enum: PARTICIPATION_OUTCOMES }).notNull(),
    /** The source's own status, kept for drill-down. */
    sourceStatus: text('source_status').notNull(),
  },
  (table) => [
    unique('fact_participation_source_key').on(table.source, table.sourceId),
    index('fact_participation_person_idx').on(table.personKey),
    index('fact_participation_program_idx').on(table.programKey),
    check('fact_participation_outcome', oneOf(table.outcome, PARTICIPATION_OUTCOMES)),
    check(
      'fact_participation_dates',
      sql`${table.endedOn} is null or ${table.endedOn} >= ${table.enrolledOn}`,
    ),
  ],
);

/** Grain: one row per service event delivered to a person (a consultation, a training, a diagnosis). */
export const factService = warehouse.table(
  'fact_service',
  {
    serviceEventKey: bigint('service_event_key', { mode: 'number' })
      .primaryKey()
      .generatedAlwaysAsIdentity(),
    source: text('source').notNull(),
    sourceId: text('source_id').notNull(),
    personKey: personKey(),
    serviceKind: text('service_kind', { enum: SERVICE_KINDS }).notNull(),
    agencyKey: integer('agency_key').notNull(),
    programKey: integer('program_key'),
    regionKey: regionKey('region_key'),
    ageBandKey: smallint('age_band_key'),
    occupationKey: smallint('occupation_key'),
    dateKey: dateKey('date_key').notNull(),
    sourceStatus: text('source_status').notNull(),
  },
  (table) => [
    unique('fact_service_source_key').on(table.source, table.sourceId),
    index('fact_service_person_idx').on(table.personKey),
    check('fact_service_kind', oneOf(table.serviceKind, SERVICE_KINDS)),
  ],
);

/**
 * Grain: one row per employment-insurance acquisition record (a person insured by an employer
 * from a start day to a loss day), from the Ministry's records.
 */
export const factEmployment = warehouse.table(
  'fact_employment',
  {
    employmentKey: bigint('employment_key', { mode: 'number' })
      .primaryKey()
      .generatedAlwaysAsIdentity(),
    source: text('source').notNull(),
    sourceId: text('source_id').notNull(),
    personKey: personKey(),
    /** The employer's business id (an employer, not a person). */
    employerId: text('employer_id').notNull(),
    industryKey: smallint('industry_key').notNull(),
    workplaceRegionKey: regionKey('workplace_region_key').notNull(),
    residenceRegionKey: regionKey('residence_region_key').notNull(),
    startDateKey: dateKey('start_date_key').notNull(),
    /** The loss day (first day without cover); null while insured. */
    endDateKey: dateKey('end_date_key'),
    /** The same days as dates, for interval arithmetic in placement computations. */
    startedOn: date('started_on').notNull(),
    endedOn: date('ended_on'),
  },
  (table) => [
    unique('fact_employment_source_key').on(table.source, table.sourceId),
    index('fact_employment_person_started_idx').on(table.personKey, table.startedOn),
    check(
      'fact_employment_dates',
      sql`${table.endedOn} is null or ${table.endedOn} >= ${table.startedOn}`,
    ),
  ],
);

/**
 * Grain: one row per ended participation (completed or left): the first insured job starting
 * between its enrolment and six months after its end (placed), days to placement from the end,
 * and retention at 6 and 12 months. Derived from fact_participation and fact_employment
 * (load/placements.ts).
 */
export const factPlacement = warehouse.table(
  'fact_placement',
  {
    placementKey: bigint('placement_key', { mode: 'number' })
      .primaryKey()
      .generatedAlwaysAsIdentity(),
    participationKey: bigint('participation_key', { mode: 'number' })
      .notNull()
      .unique('fact_placement_participation_key'),
    personKey: personKey(),
    programKey: integer('program_key').notNull(),
    agencyKey: integer('agency_key').notNull(),
    regionKey: regionKey('region_key'),
    ageBandKey: smallint('age_band_key'),
    /** The cohort: the day the participation ended, and its quarter's first day. */
    endedDateKey: dateKey('ended_date_key').notNull(),
    cohortQuarter: date('cohort_quarter').notNull(),
    employmentKey: bigint('employment_key', { mode: 'number' }),
    industryKey: smallint('industry_key'),
    placedDateKey: dateKey('placed_date_key'),
    /** The placement's start day; null when not placed. */
    placedOn: date('placed_on'),
    placed: boolean('placed').notNull(),
    daysToPlacement: integer('days_to_placement'),
    /** Still insured 6 (12) months after the start; null while that day is in the future. */
    retained6m: boolean('retained_6m'),
    retained12m: boolean('retained_12m'),
  },
  (table) => [
    index('fact_placement_person_idx').on(table.personKey),
    // Placements whose retention is not yet known: the refresh revisits them when the day comes.
    index('fact_placement_retention_due_idx')
      .on(table.placedOn)
      .where(sql`${table.placed} and ${table.retained12m} is null`),
    check('fact_placement_placed', sql`${table.placed} = (${table.placedDateKey} is not null)`),
    check(
      'fact_placement_days',
      sql`${table.daysToPlacement} is null or ${table.daysToPlacement} >= 0`,
    ),
  ],
);

// ---- loader state ----

/**
 * People whose facts changed since their placements were last derived: the loads add them in
 * the same transaction as the change, the placement refresh takes them off in its own. A heap
 * without an index: appends cost no B-tree insert, and a person queued twice is derived twice,
 * which changes nothing.
 */
export const placementQueue = warehouse.table('placement_queue', {
  personKey: text('person_key').notNull(),
});

// ---- report aggregates (read through the views in schema `reports`) ----

/**
 * Additive placement counts per report cell: a dimension (all, sido, sigungu, program, age_band,
 * agency), one of its members, and a cohort quarter. The placement refresh adds the difference
 * its changes make, so a refresh costs what changed, not the whole warehouse.
 */
export const reportCells = warehouse.table(
  'report_cells',
  {
    dimension: text('dimension').notNull(),
    member: text('member').notNull(),
    cohortQuarter: date('cohort_quarter').notNull(),
    participants: integer('participants').notNull(),
    placed: integer('placed').notNull(),
    /** Placements whose six (twelve) months have passed, and of them those still insured. */
    retention6mKnown: integer('retention_6m_known').notNull(),
    retained6m: integer('retained_6m').notNull(),
    retention12mKnown: integer('retention_12m_known').notNull(),
    retained12m: integer('retained_12m').notNull(),
    /** percentile_cont(0.5) of days to placement, from report_cell_days. */
    medianDaysToPlacement: doublePrecision('median_days_to_placement'),
  },
  (table) => [
    primaryKey({
      name: 'report_cells_pk',
      columns: [table.dimension, table.cohortQuarter, table.member],
    }),
  ],
);

/** How many placements in a report cell took how many days: the medians' distribution. */
export const reportCellDays = warehouse.table(
  'report_cell_days',
  {
    dimension: text('dimension').notNull(),
    member: text('member').notNull(),
    cohortQuarter: date('cohort_quarter').notNull(),
    days: integer('days').notNull(),
    people: integer('people').notNull(),
  },
  (table) => [
    primaryKey({
      name: 'report_cell_days_pk',
      columns: [table.dimension, table.cohortQuarter, table.member, table.days],
    }),
  ],
);

/** One row per source a loader reads incrementally: how far it has loaded. */
export const loadWatermarks = warehouse.table('load_watermarks', {
  source: text('source').primaryKey(),
  /** The highest source position loaded (the source's id or timestamp, as text). */
  watermark: text('watermark').notNull(),
  rowsLoaded: bigint('rows_loaded', { mode: 'number' }).notNull().default(0),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});

export type DimRegion = typeof dimRegion.$inferSelect;
export type DimAgency = typeof dimAgency.$inferSelect;
export type DimProgram = typeof dimProgram.$inferSelect;
