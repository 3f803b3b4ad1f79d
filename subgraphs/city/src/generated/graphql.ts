import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { RegionParent } from '../graphql/regions/region-parent.js';
import type { EmployerRow, JobPostingRow, ProgramRow, ProgramTypeRow, TrainingFieldRow, ProgramApplicationRow, SuitRentalBranchRow, SuitRentalSlotRow, SuitRentalReservationRow } from '../db/schema.js';
import type { ProgramReference } from '../graphql/programs/program-reference.js';
import type { PostingConnection } from '../graphql/postings/connection.js';
import type { SectorParent } from '../graphql/programs/sector.js';
import type { PersonParent } from '../graphql/people/person.js';
import type { CityContext } from '../graphql/context.js';
export type Maybe<T> = T | null;
export type InputMaybe<T> = Maybe<T>;
export type Omit<T, K extends keyof T> = Pick<T, Exclude<keyof T, K>>;
export type RequireFields<T, K extends keyof T> = Omit<T, K> & { [P in K]-?: NonNullable<T[P]> };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  /** A calendar date, ISO 8601 (`2026-03-02`), in Korea Standard Time. */
  Date: { input: string; output: string; }
  /** A point in time, ISO 8601 with its UTC offset (`2026-03-02T10:00:00+09:00`). */
  DateTime: { input: Date | string; output: Date | string; }
  federation__FieldSet: { input: unknown; output: unknown; }
  federation__Policy: { input: unknown; output: unknown; }
  federation__Scope: { input: unknown; output: unknown; }
  link__Import: { input: unknown; output: unknown; }
};

/** The public bodies whose services the graph joins. */
export type Agency =
  | 'AUTONOMOUS_DISTRICT'
  | 'MINISTRY_OF_EMPLOYMENT_AND_LABOR'
  | 'SEOUL_50PLUS_FOUNDATION'
  | 'SEOUL_METROPOLITAN_GOVERNMENT';

/** What the eligibility rules need to know about an applicant; nothing else is asked. */
export type ApplicantInput = {
  readonly birthDate: Scalars['Date']['input'];
  readonly employmentStatus: EmploymentStatus;
  /** Months already spent in this programme in earlier years. */
  readonly priorParticipationMonths?: InputMaybe<Scalars['Int']['input']>;
  /** Sigungu (or sido) code of the applicant's registered address. */
  readonly residenceRegionCode: Scalars['ID']['input'];
};

export type ApplicationStatus =
  | 'ACCEPTED'
  | 'REJECTED'
  | 'SUBMITTED'
  | 'WITHDRAWN';

export type ApplyToProgramError = {
  readonly __typename?: 'ApplyToProgramError';
  readonly code: ApplyToProgramErrorCode;
  readonly message: Scalars['String']['output'];
  /** The unmet eligibility rules, for NOT_ELIGIBLE. */
  readonly reasons: ReadonlyArray<EligibilityReason>;
};

export type ApplyToProgramErrorCode =
  | 'ALREADY_APPLIED'
  | 'NOT_ELIGIBLE';

/** An application by the signed-in member, for themself. */
export type ApplyToProgramInput = {
  readonly applicant: ApplicantInput;
  /** Why the applicant wants to take part (at most 2,000 characters). */
  readonly motivation?: InputMaybe<Scalars['String']['input']>;
  /** The applicant's name as on their ID (1–50 characters). */
  readonly name: Scalars['String']['input'];
  /** A Korean mobile number, e.g. 010-1234-5678. */
  readonly phone: Scalars['String']['input'];
  readonly programId: Scalars['ID']['input'];
  readonly programTypeId?: InputMaybe<Scalars['ID']['input']>;
  readonly sector: SectorKind;
  readonly trainingFieldCode?: InputMaybe<Scalars['ID']['input']>;
};

export type ApplyToProgramPayload = {
  readonly __typename?: 'ApplyToProgramPayload';
  readonly application: Maybe<ProgramApplication>;
  readonly error: Maybe<ApplyToProgramError>;
  readonly ok: Scalars['Boolean']['output'];
};

export type CancelSuitRentalInput = {
  readonly reservationId: Scalars['ID']['input'];
};

export type CancelSuitRentalPayload = {
  readonly __typename?: 'CancelSuitRentalPayload';
  readonly ok: Scalars['Boolean']['output'];
  readonly reservation: Maybe<SuitRentalReservation>;
};

export type CareerKind =
  | 'ANY'
  | 'EXPERIENCED'
  | 'NEW_GRADUATE';

export type CareerRequirement = {
  readonly __typename?: 'CareerRequirement';
  readonly kind: CareerKind;
  /** Years of experience asked for, when `kind` is EXPERIENCED. */
  readonly minYears: Maybe<Scalars['Int']['output']>;
};

/** A city programme, with its figures as data. */
export type CityProgram = Program & {
  readonly __typename?: 'CityProgram';
  readonly agency: Agency;
  readonly eligibilityRules: ReadonlyArray<EligibilityRule>;
  readonly examFeeReimbursement: Maybe<ExamFeeReimbursement>;
  readonly id: Scalars['ID']['output'];
  readonly maxParticipationMonths: Scalars['Int']['output'];
  /** The Korean name. */
  readonly name: Scalars['String']['output'];
  readonly nameEn: Scalars['String']['output'];
  readonly previousYearPositions: Maybe<Scalars['Int']['output']>;
  readonly sectors: ReadonlyArray<ProgramSector>;
  /** Positions this year, all sectors. */
  readonly totalPositions: Scalars['Int']['output'];
  readonly training: TrainingRequirement;
  readonly trainingFields: ReadonlyArray<TrainingField>;
  readonly wage: ProgramWage;
  readonly year: Scalars['Int']['output'];
};

export type DistrictProgram = Program & {
  readonly __typename?: 'DistrictProgram';
  readonly agency: Agency;
  readonly id: Scalars['ID']['output'];
  readonly name: Scalars['String']['output'];
  readonly nameEn: Scalars['String']['output'];
};

export type EducationLevel =
  | 'ANY'
  | 'ASSOCIATE'
  | 'BACHELOR'
  | 'HIGH_SCHOOL'
  | 'MASTER';

export type EligibilityReason = {
  readonly __typename?: 'EligibilityReason';
  readonly message: Scalars['String']['output'];
  readonly met: Scalars['Boolean']['output'];
  readonly rule: EligibilityRuleKind;
};

export type EligibilityResult = {
  readonly __typename?: 'EligibilityResult';
  readonly eligible: Scalars['Boolean']['output'];
  /** Every rule with its verdict, met or not. */
  readonly reasons: ReadonlyArray<EligibilityReason>;
};

export type EligibilityRule = {
  readonly __typename?: 'EligibilityRule';
  readonly description: Scalars['String']['output'];
  readonly kind: EligibilityRuleKind;
  /** The rule's threshold (an age, a number of months), where it has one. */
  readonly value: Maybe<Scalars['Int']['output']>;
};

export type EligibilityRuleKind =
  | 'MAX_PRIOR_PARTICIPATION_MONTHS'
  | 'MIN_AGE'
  | 'SEOUL_RESIDENT'
  | 'UNEMPLOYED';

export type Employer = {
  readonly __typename?: 'Employer';
  readonly homepage: Maybe<Scalars['String']['output']>;
  readonly id: Scalars['ID']['output'];
  readonly industry: Industry;
  readonly jobPostings: JobPostingConnection;
  readonly name: Scalars['String']['output'];
  readonly region: Region;
  /** Certified as a Seoul-type strong SME (서울형 강소기업). */
  readonly seoulStrongSme: Scalars['Boolean']['output'];
  readonly size: EmployerSize;
};


export type EmployerJobPostingsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

export type EmployerSize =
  | 'LARGE'
  | 'MID_SIZED'
  | 'PUBLIC_INSTITUTION'
  | 'SMALL_OR_MEDIUM';

export type EmploymentStatus =
  | 'EMPLOYED'
  | 'SELF_EMPLOYED'
  | 'STUDENT'
  | 'UNEMPLOYED';

export type EmploymentType =
  /** Temporary agency work (파견근로). */
  | 'DISPATCHED'
  /** Fixed term (기간의 정함이 있는 근로계약). */
  | 'FIXED_TERM'
  /** Fixed term, part-time. */
  | 'FIXED_TERM_PART_TIME'
  /** No fixed term (기간의 정함이 없는 근로계약). */
  | 'PERMANENT'
  /** No fixed term, part-time (시간선택제). */
  | 'PERMANENT_PART_TIME';

export type ExamFeeReimbursement = {
  readonly __typename?: 'ExamFeeReimbursement';
  readonly maxAmountPerTime: Scalars['Int']['output'];
  readonly timesPerYear: Scalars['Int']['output'];
};

export type FiftyPlusProgram = Program & {
  readonly __typename?: 'FiftyPlusProgram';
  readonly agency: Agency;
  readonly id: Scalars['ID']['output'];
  readonly name: Scalars['String']['output'];
  readonly nameEn: Scalars['String']['output'];
};

/** An industry section of the Korean Standard Industrial Classification (KSIC). */
export type Industry = {
  readonly __typename?: 'Industry';
  readonly code: Scalars['ID']['output'];
  readonly name: Scalars['String']['output'];
  readonly nameEn: Scalars['String']['output'];
};

export type JobPosting = {
  readonly __typename?: 'JobPosting';
  readonly career: CareerRequirement;
  /** Last day to apply; null when open until filled. */
  readonly closesOn: Maybe<Scalars['Date']['output']>;
  readonly education: EducationLevel;
  readonly employer: Employer;
  readonly employmentType: EmploymentType;
  readonly id: Scalars['ID']['output'];
  readonly occupation: Occupation;
  readonly region: Region;
  readonly registeredOn: Scalars['Date']['output'];
  readonly source: PostingSource;
  readonly sourceUrl: Scalars['String']['output'];
  readonly title: Scalars['String']['output'];
  readonly wage: Wage;
  readonly workHoursPerWeek: Maybe<Scalars['Int']['output']>;
};

export type JobPostingConnection = {
  readonly __typename?: 'JobPostingConnection';
  readonly edges: ReadonlyArray<JobPostingEdge>;
  readonly pageInfo: PageInfo;
  /** Postings matching the filter, across all pages. */
  readonly totalCount: Scalars['Int']['output'];
};

export type JobPostingEdge = {
  readonly __typename?: 'JobPostingEdge';
  readonly cursor: Scalars['String']['output'];
  readonly node: JobPosting;
};

export type JobPostingFilter = {
  readonly employmentType?: InputMaybe<EmploymentType>;
  /** Words in the title or the employer's name, Korean or English (2–100 characters). */
  readonly keyword?: InputMaybe<Scalars['String']['input']>;
  /** A KECO code or code prefix, e.g. `3` for health and medical occupations. */
  readonly occupation?: InputMaybe<Scalars['ID']['input']>;
  /** Only postings open for applications on this date. */
  readonly openOn?: InputMaybe<Scalars['Date']['input']>;
  /** A sido or sigungu code; a sido includes its sigungu. */
  readonly region?: InputMaybe<Scalars['ID']['input']>;
};

export type MinistryProgram = Program & {
  readonly __typename?: 'MinistryProgram';
  readonly agency: Agency;
  readonly id: Scalars['ID']['output'];
  readonly name: Scalars['String']['output'];
  readonly nameEn: Scalars['String']['output'];
};

export type Mutation = {
  readonly __typename?: 'Mutation';
  /**
   * Applies to a programme by online input. Refused with a typed error when the applicant is not
   * eligible or already has an active application to the programme.
   */
  readonly applyToProgram: ApplyToProgramPayload;
  /** Cancels a reservation and frees its place. */
  readonly cancelSuitRental: CancelSuitRentalPayload;
  /** Reserves a place in a Job Wings free suit-rental slot. A slot is never over-booked. */
  readonly reserveSuitRental: ReserveSuitRentalPayload;
};


export type MutationApplyToProgramArgs = {
  input: ApplyToProgramInput;
};


export type MutationCancelSuitRentalArgs = {
  input: CancelSuitRentalInput;
};


export type MutationReserveSuitRentalArgs = {
  input: ReserveSuitRentalInput;
};

/** An occupation group of the Korean Employment Classification of Occupations (KECO). */
export type Occupation = {
  readonly __typename?: 'Occupation';
  readonly code: Scalars['ID']['output'];
  readonly name: Scalars['String']['output'];
  readonly nameEn: Scalars['String']['output'];
};

export type PageInfo = {
  readonly __typename?: 'PageInfo';
  readonly endCursor: Maybe<Scalars['String']['output']>;
  readonly hasNextPage: Scalars['Boolean']['output'];
  readonly hasPreviousPage: Scalars['Boolean']['output'];
  readonly startCursor: Maybe<Scalars['String']['output']>;
};

/**
 * An integrated member of the Seoul portal. The id is pseudonymous: no resident registration
 * number, no name.
 */
export type Person = {
  readonly __typename?: 'Person';
  readonly id: Scalars['ID']['output'];
  /** The member's applications; seen by the member and by city staff (each staff read recorded). */
  readonly programApplications: ReadonlyArray<ProgramApplication>;
  /** The member's suit-rental reservations; seen by the member and by city staff. */
  readonly suitRentalReservations: ReadonlyArray<SuitRentalReservation>;
};

export type PostingSource =
  /** Public job notices of the city, districts and affiliated bodies (서울소식). */
  | 'SEOUL_NEWS'
  /** Real-time postings from the Work24 (고용24) Open API. */
  | 'WORK24';

/**
 * A programme of any agency. Each agency's subgraph holds its own programmes; the id's prefix says
 * which (`seoul-` city, `seoul50plus-` 50Plus Foundation, `moel-` Ministry, `district-` districts).
 */
export type Program = {
  readonly agency: Agency;
  readonly id: Scalars['ID']['output'];
  /** The Korean name. */
  readonly name: Scalars['String']['output'];
  readonly nameEn: Scalars['String']['output'];
};

export type ProgramApplication = {
  readonly __typename?: 'ProgramApplication';
  readonly id: Scalars['ID']['output'];
  readonly program: CityProgram;
  readonly programType: Maybe<ProgramType>;
  readonly sector: SectorKind;
  readonly status: ApplicationStatus;
  readonly submittedAt: Scalars['DateTime']['output'];
  readonly trainingField: Maybe<TrainingField>;
};

export type ProgramSector = {
  readonly __typename?: 'ProgramSector';
  readonly kind: SectorKind;
  readonly positions: Scalars['Int']['output'];
  /** Number of projects the positions are spread over, where published. */
  readonly projects: Maybe<Scalars['Int']['output']>;
  /** This sector's share of the programme's positions, 0–1. */
  readonly share: Scalars['Float']['output'];
  readonly types: ReadonlyArray<ProgramType>;
};

export type ProgramType = {
  readonly __typename?: 'ProgramType';
  readonly description: Maybe<Scalars['String']['output']>;
  readonly id: Scalars['ID']['output'];
  readonly name: Scalars['String']['output'];
  readonly nameEn: Scalars['String']['output'];
  /** Positions reserved for this type, where published. */
  readonly positions: Maybe<Scalars['Int']['output']>;
};

export type ProgramWage = {
  readonly __typename?: 'ProgramWage';
  readonly basis: Scalars['String']['output'];
  readonly hourly: Scalars['Int']['output'];
  readonly monthlyApprox: Scalars['Int']['output'];
};

export type Query = {
  readonly __typename?: 'Query';
  /**
   * Whether an applicant meets a programme's eligibility rules, with every rule's verdict. Nothing
   * is stored.
   */
  readonly checkEligibility: EligibilityResult;
  /** The programmes the city runs, newest year first. */
  readonly cityPrograms: ReadonlyArray<CityProgram>;
  readonly employer: Maybe<Employer>;
  /** A job posting by its Work24 authorisation number. */
  readonly jobPosting: Maybe<JobPosting>;
  /**
   * Job postings, newest first. `first` is 1–100 (default 20); `after` is a cursor from this
   * connection.
   */
  readonly jobPostings: JobPostingConnection;
  /**
   * An integrated member, by their pseudonymous member id: the entry point of a person's journey
   * across agencies.
   */
  readonly person: Maybe<Person>;
  /**
   * Any agency's programme, by its id (the prefix names the agency: `seoul-`, `seoul50plus-`,
   * `moel-`, `district-`).
   */
  readonly program: Maybe<Program>;
  /**
   * A region by its administrative code: 2 digits for a sido (`11` Seoul), 5 for a sigungu
   * (`11590` Dongjak-gu). Codes no longer in use (Iksan `45140`) are found too.
   */
  readonly region: Maybe<Region>;
  /**
   * Regions, optionally one level or the children of one region. Only codes valid today unless
   * `includeHistoric` is true.
   */
  readonly regions: ReadonlyArray<Region>;
  readonly suitRentalBranches: ReadonlyArray<SuitRentalBranch>;
  /** Job Wings suit-rental slots between two dates (at most 31 days apart). */
  readonly suitRentalSlots: ReadonlyArray<SuitRentalSlot>;
};


export type QueryCheckEligibilityArgs = {
  applicant: ApplicantInput;
  programId: Scalars['ID']['input'];
};


export type QueryCityProgramsArgs = {
  year?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryEmployerArgs = {
  id: Scalars['ID']['input'];
};


export type QueryJobPostingArgs = {
  id: Scalars['ID']['input'];
};


export type QueryJobPostingsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<JobPostingFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryPersonArgs = {
  id: Scalars['ID']['input'];
};


export type QueryProgramArgs = {
  id: Scalars['ID']['input'];
};


export type QueryRegionArgs = {
  code: Scalars['ID']['input'];
};


export type QueryRegionsArgs = {
  includeHistoric?: InputMaybe<Scalars['Boolean']['input']>;
  level?: InputMaybe<RegionLevel>;
  parentCode?: InputMaybe<Scalars['ID']['input']>;
};


export type QuerySuitRentalSlotsArgs = {
  filter: SuitRentalSlotFilter;
};

/** A Korean administrative region, keyed by its official code. */
export type Region = {
  readonly __typename?: 'Region';
  readonly children: ReadonlyArray<Region>;
  readonly code: Scalars['ID']['output'];
  readonly districtPrograms: ReadonlyArray<DistrictProgram>;
  readonly fiftyPlusPrograms: ReadonlyArray<FiftyPlusProgram>;
  /** Job postings in this region (for a sido, in all its sigungu too), newest first. */
  readonly jobPostings: JobPostingConnection;
  readonly level: RegionLevel;
  readonly ministryPrograms: ReadonlyArray<MinistryProgram>;
  /** The official Korean name, e.g. 동작구. */
  readonly name: Scalars['String']['output'];
  readonly nameEn: Scalars['String']['output'];
  readonly parent: Maybe<Region>;
  /**
   * Every programme available in this region, whichever agency runs it: the city's, the 50Plus
   * Foundation's, the Ministry's and the districts'.
   */
  readonly programs: ReadonlyArray<Program>;
  /** First day the code was valid; null when valid since before the records begin. */
  readonly validFrom: Maybe<Scalars['Date']['output']>;
  /** Last day the code was valid; null while in use. */
  readonly validTo: Maybe<Scalars['Date']['output']>;
};


/** A Korean administrative region, keyed by its official code. */
export type RegionChildrenArgs = {
  includeHistoric?: InputMaybe<Scalars['Boolean']['input']>;
};


/** A Korean administrative region, keyed by its official code. */
export type RegionJobPostingsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<JobPostingFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

export type RegionLevel =
  /** Metropolitan city or province (시·도), 2-digit code. */
  | 'SIDO'
  /** City, county or district (시·군·구), 5-digit code. */
  | 'SIGUNGU';

export type ReserveSuitRentalError = {
  readonly __typename?: 'ReserveSuitRentalError';
  readonly code: ReserveSuitRentalErrorCode;
  readonly message: Scalars['String']['output'];
};

export type ReserveSuitRentalErrorCode =
  | 'ALREADY_RESERVED'
  | 'SLOT_FULL'
  | 'SLOT_PASSED';

/** A reservation by the signed-in member, for themself. */
export type ReserveSuitRentalInput = {
  /** The verified mobile number the reservation is confirmed to. */
  readonly phone: Scalars['String']['input'];
  readonly slotId: Scalars['ID']['input'];
};

export type ReserveSuitRentalPayload = {
  readonly __typename?: 'ReserveSuitRentalPayload';
  readonly error: Maybe<ReserveSuitRentalError>;
  readonly ok: Scalars['Boolean']['output'];
  readonly reservation: Maybe<SuitRentalReservation>;
};

export type SectorKind =
  | 'PRIVATE'
  | 'PUBLIC';

export type SuitRentalBranch = {
  readonly __typename?: 'SuitRentalBranch';
  readonly address: Scalars['String']['output'];
  readonly id: Scalars['ID']['output'];
  readonly name: Scalars['String']['output'];
  readonly region: Region;
};

export type SuitRentalReservation = {
  readonly __typename?: 'SuitRentalReservation';
  readonly id: Scalars['ID']['output'];
  readonly reservedAt: Scalars['DateTime']['output'];
  readonly slot: SuitRentalSlot;
  readonly status: SuitRentalReservationStatus;
};

export type SuitRentalReservationStatus =
  | 'CANCELLED'
  | 'RESERVED';

export type SuitRentalSlot = {
  readonly __typename?: 'SuitRentalSlot';
  readonly available: Scalars['Int']['output'];
  readonly branch: SuitRentalBranch;
  readonly capacity: Scalars['Int']['output'];
  readonly id: Scalars['ID']['output'];
  readonly reserved: Scalars['Int']['output'];
  readonly startsAt: Scalars['DateTime']['output'];
};

export type SuitRentalSlotFilter = {
  readonly branchId?: InputMaybe<Scalars['ID']['input']>;
  readonly from: Scalars['Date']['input'];
  readonly onlyAvailable?: InputMaybe<Scalars['Boolean']['input']>;
  readonly to: Scalars['Date']['input'];
};

export type TrainingField = {
  readonly __typename?: 'TrainingField';
  readonly code: Scalars['ID']['output'];
  /** The year the field was introduced, where it is new. */
  readonly introducedIn: Maybe<Scalars['Int']['output']>;
  readonly name: Scalars['String']['output'];
  readonly nameEn: Scalars['String']['output'];
};

export type TrainingRequirement = {
  readonly __typename?: 'TrainingRequirement';
  /** Further training allowed during employment. */
  readonly additionalHoursMax: Scalars['Int']['output'];
  /** Training in one field before starting work. */
  readonly mandatoryHours: Scalars['Int']['output'];
  readonly mandatoryWeeksMax: Scalars['Int']['output'];
  readonly mandatoryWeeksMin: Scalars['Int']['output'];
};

/** Offered pay in KRW per `type`; `max` is null for a single figure. */
export type Wage = {
  readonly __typename?: 'Wage';
  readonly max: Maybe<Scalars['Int']['output']>;
  readonly min: Scalars['Int']['output'];
  readonly type: WageType;
};

export type WageType =
  | 'ANNUAL'
  | 'DAILY'
  | 'HOURLY'
  | 'MONTHLY';

export type Link__Purpose =
  | 'EXECUTION'
  | 'SECURITY';



export type ResolverTypeWrapper<T> = Promise<T> | T;

export type ReferenceResolver<TResult, TReference, TContext> = (
      reference: TReference,
      context: TContext,
      info: GraphQLResolveInfo
    ) => Promise<TResult> | TResult;

      type ScalarCheck<T, S> = S extends true ? T : NullableCheck<T, S>;
      type NullableCheck<T, S> = Maybe<T> extends T ? Maybe<ListCheck<NonNullable<T>, S>> : ListCheck<T, S>;
      type ListCheck<T, S> = T extends (infer U)[] ? NullableCheck<U, S>[] : GraphQLRecursivePick<T, S>;
      export type GraphQLRecursivePick<T, S> = { [K in keyof T & keyof S]: ScalarCheck<T[K], S[K]> };
    

export type ResolverWithResolve<TResult, TParent, TContext, TArgs> = {
  resolve: ResolverFn<TResult, TParent, TContext, TArgs>;
};
export type Resolver<TResult, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = ResolverFn<TResult, TParent, TContext, TArgs> | ResolverWithResolve<TResult, TParent, TContext, TArgs>;

export type ResolverFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => Promise<TResult> | TResult;

export type SubscriptionSubscribeFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => AsyncIterable<TResult> | Promise<AsyncIterable<TResult>>;

export type SubscriptionResolveFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;

export interface SubscriptionSubscriberObject<TResult, TKey extends string, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<{ [key in TKey]: TResult }, TParent, TContext, TArgs>;
  resolve?: SubscriptionResolveFn<TResult, { [key in TKey]: TResult }, TContext, TArgs>;
}

export interface SubscriptionResolverObject<TResult, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<any, TParent, TContext, TArgs>;
  resolve: SubscriptionResolveFn<TResult, any, TContext, TArgs>;
}

export type SubscriptionObject<TResult, TKey extends string, TParent, TContext, TArgs> =
  | SubscriptionSubscriberObject<TResult, TKey, TParent, TContext, TArgs>
  | SubscriptionResolverObject<TResult, TParent, TContext, TArgs>;

export type SubscriptionResolver<TResult, TKey extends string, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> =
  | ((...args: any[]) => SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>)
  | SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>;

export type TypeResolveFn<TTypes, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (
  parent: TParent,
  context: TContext,
  info: GraphQLResolveInfo
) => Maybe<TTypes> | Promise<Maybe<TTypes>>;

export type IsTypeOfResolverFn<T = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (obj: T, context: TContext, info: GraphQLResolveInfo) => boolean | Promise<boolean>;

export type NextResolverFn<T> = () => Promise<T>;

export type DirectiveResolverFn<TResult = Record<PropertyKey, never>, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = (
  next: NextResolverFn<TResult>,
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;

/** Mapping of federation types */
export type FederationTypes = {
  CityProgram: CityProgram;
  DistrictProgram: DistrictProgram;
  Employer: Employer;
  FiftyPlusProgram: FiftyPlusProgram;
  JobPosting: JobPosting;
  MinistryProgram: MinistryProgram;
  Person: Person;
  Program: Program;
  Region: Region;
};

/** Mapping of federation reference types */
export type FederationReferenceTypes = {
  CityProgram:
    ( { __typename: 'CityProgram' }
    & GraphQLRecursivePick<FederationTypes['CityProgram'], {"id":true}> );
  DistrictProgram:
    ( { __typename: 'DistrictProgram' }
    & GraphQLRecursivePick<FederationTypes['DistrictProgram'], {"id":true}> );
  Employer:
    ( { __typename: 'Employer' }
    & GraphQLRecursivePick<FederationTypes['Employer'], {"id":true}> );
  FiftyPlusProgram:
    ( { __typename: 'FiftyPlusProgram' }
    & GraphQLRecursivePick<FederationTypes['FiftyPlusProgram'], {"id":true}> );
  JobPosting:
    ( { __typename: 'JobPosting' }
    & GraphQLRecursivePick<FederationTypes['JobPosting'], {"id":true}> );
  MinistryProgram:
    ( { __typename: 'MinistryProgram' }
    & GraphQLRecursivePick<FederationTypes['MinistryProgram'], {"id":true}> );
  Person:
    ( { __typename: 'Person' }
    & GraphQLRecursivePick<FederationTypes['Person'], {"id":true}> );
  Program:
    ( { __typename: 'Program' }
    & GraphQLRecursivePick<FederationTypes['Program'], {"id":true}> );
  Region:
    ( { __typename: 'Region' }
    & GraphQLRecursivePick<FederationTypes['Region'], {"code":true}>
    & ( Record<PropertyKey, never>
        | GraphQLRecursivePick<FederationTypes['Region'], {"fiftyPlusPrograms":{"id":true},"ministryPrograms":{"id":true},"districtPrograms":{"id":true}}> ) );
};


/** Mapping of interface types */
export type ResolversInterfaceTypes<_RefType extends Record<string, unknown>> = {
  Program:
    | ( ProgramRow )
    | ( ProgramReference )
    | ( ProgramReference )
    | ( ProgramReference )
  ;
};

/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = {
  Agency: Agency;
  ApplicantInput: ApplicantInput;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  ApplicationStatus: ApplicationStatus;
  ApplyToProgramError: ResolverTypeWrapper<ApplyToProgramError>;
  ApplyToProgramErrorCode: ApplyToProgramErrorCode;
  ApplyToProgramInput: ApplyToProgramInput;
  ApplyToProgramPayload: ResolverTypeWrapper<Omit<ApplyToProgramPayload, 'application'> & { application?: Maybe<ResolversTypes['ProgramApplication']> }>;
  CancelSuitRentalInput: CancelSuitRentalInput;
  CancelSuitRentalPayload: ResolverTypeWrapper<Omit<CancelSuitRentalPayload, 'reservation'> & { reservation?: Maybe<ResolversTypes['SuitRentalReservation']> }>;
  CareerKind: CareerKind;
  CareerRequirement: ResolverTypeWrapper<CareerRequirement>;
  CityProgram: ResolverTypeWrapper<ProgramRow>;
  Date: ResolverTypeWrapper<Scalars['Date']['output']>;
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  DistrictProgram: ResolverTypeWrapper<ProgramReference>;
  EducationLevel: EducationLevel;
  EligibilityReason: ResolverTypeWrapper<EligibilityReason>;
  EligibilityResult: ResolverTypeWrapper<EligibilityResult>;
  EligibilityRule: ResolverTypeWrapper<EligibilityRule>;
  EligibilityRuleKind: EligibilityRuleKind;
  Employer: ResolverTypeWrapper<EmployerRow>;
  EmployerSize: EmployerSize;
  EmploymentStatus: EmploymentStatus;
  EmploymentType: EmploymentType;
  ExamFeeReimbursement: ResolverTypeWrapper<ExamFeeReimbursement>;
  FiftyPlusProgram: ResolverTypeWrapper<ProgramReference>;
  Industry: ResolverTypeWrapper<Industry>;
  JobPosting: ResolverTypeWrapper<JobPostingRow>;
  JobPostingConnection: ResolverTypeWrapper<PostingConnection>;
  JobPostingEdge: ResolverTypeWrapper<Omit<JobPostingEdge, 'node'> & { node: ResolversTypes['JobPosting'] }>;
  JobPostingFilter: JobPostingFilter;
  MinistryProgram: ResolverTypeWrapper<ProgramReference>;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Occupation: ResolverTypeWrapper<Occupation>;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  Person: ResolverTypeWrapper<PersonParent>;
  PostingSource: PostingSource;
  Program: ResolverTypeWrapper<ResolversInterfaceTypes<ResolversTypes>['Program']>;
  ProgramApplication: ResolverTypeWrapper<ProgramApplicationRow>;
  ProgramSector: ResolverTypeWrapper<SectorParent>;
  Float: ResolverTypeWrapper<Scalars['Float']['output']>;
  ProgramType: ResolverTypeWrapper<ProgramTypeRow>;
  ProgramWage: ResolverTypeWrapper<ProgramWage>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Region: ResolverTypeWrapper<RegionParent>;
  RegionLevel: RegionLevel;
  ReserveSuitRentalError: ResolverTypeWrapper<ReserveSuitRentalError>;
  ReserveSuitRentalErrorCode: ReserveSuitRentalErrorCode;
  ReserveSuitRentalInput: ReserveSuitRentalInput;
  ReserveSuitRentalPayload: ResolverTypeWrapper<Omit<ReserveSuitRentalPayload, 'reservation'> & { reservation?: Maybe<ResolversTypes['SuitRentalReservation']> }>;
  SectorKind: SectorKind;
  SuitRentalBranch: ResolverTypeWrapper<SuitRentalBranchRow>;
  SuitRentalReservation: ResolverTypeWrapper<SuitRentalReservationRow>;
  SuitRentalReservationStatus: SuitRentalReservationStatus;
  SuitRentalSlot: ResolverTypeWrapper<SuitRentalSlotRow>;
  SuitRentalSlotFilter: SuitRentalSlotFilter;
  TrainingField: ResolverTypeWrapper<TrainingFieldRow>;
  TrainingRequirement: ResolverTypeWrapper<TrainingRequirement>;
  Wage: ResolverTypeWrapper<Wage>;
  WageType: WageType;
  federation__FieldSet: ResolverTypeWrapper<Scalars['federation__FieldSet']['output']>;
  federation__Policy: ResolverTypeWrapper<Scalars['federation__Policy']['output']>;
  federation__Scope: ResolverTypeWrapper<Scalars['federation__Scope']['output']>;
  link__Import: ResolverTypeWrapper<Scalars['link__Import']['output']>;
  link__Purpose: Link__Purpose;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
};

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = {
  ApplicantInput: ApplicantInput;
  Int: Scalars['Int']['output'];
  ID: Scalars['ID']['output'];
  ApplyToProgramError: ApplyToProgramError;
  ApplyToProgramInput: ApplyToProgramInput;
  ApplyToProgramPayload: Omit<ApplyToProgramPayload, 'application'> & { application?: Maybe<ResolversParentTypes['ProgramApplication']> };
  CancelSuitRentalInput: CancelSuitRentalInput;
  CancelSuitRentalPayload: Omit<CancelSuitRentalPayload, 'reservation'> & { reservation?: Maybe<ResolversParentTypes['SuitRentalReservation']> };
  CareerRequirement: CareerRequirement;
  CityProgram: ProgramRow;
  Date: Scalars['Date']['output'];
  DateTime: Scalars['DateTime']['output'];
  DistrictProgram: ProgramReference;
  EligibilityReason: EligibilityReason;
  EligibilityResult: EligibilityResult;
  EligibilityRule: EligibilityRule;
  Employer: EmployerRow;
  ExamFeeReimbursement: ExamFeeReimbursement;
  FiftyPlusProgram: ProgramReference;
  Industry: Industry;
  JobPosting: JobPostingRow;
  JobPostingConnection: PostingConnection;
  JobPostingEdge: Omit<JobPostingEdge, 'node'> & { node: ResolversParentTypes['JobPosting'] };
  JobPostingFilter: JobPostingFilter;
  MinistryProgram: ProgramReference;
  Mutation: Record<PropertyKey, never>;
  Occupation: Occupation;
  PageInfo: PageInfo;
  Person: PersonParent;
  Program: ResolversInterfaceTypes<ResolversParentTypes>['Program'];
  ProgramApplication: ProgramApplicationRow;
  ProgramSector: SectorParent;
  Float: Scalars['Float']['output'];
  ProgramType: ProgramTypeRow;
  ProgramWage: ProgramWage;
  Query: Record<PropertyKey, never>;
  Region: RegionParent;
  ReserveSuitRentalError: ReserveSuitRentalError;
  ReserveSuitRentalInput: ReserveSuitRentalInput;
  ReserveSuitRentalPayload: Omit<ReserveSuitRentalPayload, 'reservation'> & { reservation?: Maybe<ResolversParentTypes['SuitRentalReservation']> };
  SuitRentalBranch: SuitRentalBranchRow;
  SuitRentalReservation: SuitRentalReservationRow;
  SuitRentalSlot: SuitRentalSlotRow;
  SuitRentalSlotFilter: SuitRentalSlotFilter;
  TrainingField: TrainingFieldRow;
  TrainingRequirement: TrainingRequirement;
  Wage: Wage;
  federation__FieldSet: Scalars['federation__FieldSet']['output'];
  federation__Policy: Scalars['federation__Policy']['output'];
  federation__Scope: Scalars['federation__Scope']['output'];
  link__Import: Scalars['link__Import']['output'];
  String: Scalars['String']['output'];
  Boolean: Scalars['Boolean']['output'];
};

export type AuthenticatedDirectiveArgs = { };

export type AuthenticatedDirectiveResolver<Result, Parent, ContextType = CityContext, Args = AuthenticatedDirectiveArgs> = DirectiveResolverFn<Result, Parent, ContextType, Args>;

export type InaccessibleDirectiveArgs = { };

export type InaccessibleDirectiveResolver<Result, Parent, ContextType = CityContext, Args = InaccessibleDirectiveArgs> = DirectiveResolverFn<Result, Parent, ContextType, Args>;

export type InterfaceObjectDirectiveArgs = { };

export type InterfaceObjectDirectiveResolver<Result, Parent, ContextType = CityContext, Args = InterfaceObjectDirectiveArgs> = DirectiveResolverFn<Result, Parent, ContextType, Args>;

export type LinkDirectiveArgs = {
  as?: Maybe<Scalars['String']['input']>;
  for?: Maybe<Link__Purpose>;
  import?: Maybe<ReadonlyArray<Maybe<Scalars['link__Import']['input']>>>;
  url: Scalars['String']['input'];
};

export type LinkDirectiveResolver<Result, Parent, ContextType = CityContext, Args = LinkDirectiveArgs> = DirectiveResolverFn<Result, Parent, ContextType, Args>;

export type OverrideDirectiveArgs = {
  from: Scalars['String']['input'];
  label?: Maybe<Scalars['String']['input']>;
};

export type OverrideDirectiveResolver<Result, Parent, ContextType = CityContext, Args = OverrideDirectiveArgs> = DirectiveResolverFn<Result, Parent, ContextType, Args>;

export type PolicyDirectiveArgs = {
  policies: ReadonlyArray<ReadonlyArray<Scalars['federation__Policy']['input']>>;
};

export type PolicyDirectiveResolver<Result, Parent, ContextType = CityContext, Args = PolicyDirectiveArgs> = DirectiveResolverFn<Result, Parent, ContextType, Args>;

export type RequiresScopesDirectiveArgs = {
  scopes: ReadonlyArray<ReadonlyArray<Scalars['federation__Scope']['input']>>;
};

export type RequiresScopesDirectiveResolver<Result, Parent, ContextType = CityContext, Args = RequiresScopesDirectiveArgs> = DirectiveResolverFn<Result, Parent, ContextType, Args>;

export type ShareableDirectiveArgs = { };

export type ShareableDirectiveResolver<Result, Parent, ContextType = CityContext, Args = ShareableDirectiveArgs> = DirectiveResolverFn<Result, Parent, ContextType, Args>;

export type TagDirectiveArgs = {
  name: Scalars['String']['input'];
};

export type TagDirectiveResolver<Result, Parent, ContextType = CityContext, Args = TagDirectiveArgs> = DirectiveResolverFn<Result, Parent, ContextType, Args>;

export type ApplyToProgramErrorResolvers<ContextType = CityContext, ParentType extends ResolversParentTypes['ApplyToProgramError'] = ResolversParentTypes['ApplyToProgramError']> = {
  code?: Resolver<ResolversTypes['ApplyToProgramErrorCode'], ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  reasons?: Resolver<ReadonlyArray<ResolversTypes['EligibilityReason']>, ParentType, ContextType>;
};

export type ApplyToProgramPayloadResolvers<ContextType = CityContext, ParentType extends ResolversParentTypes['ApplyToProgramPayload'] = ResolversParentTypes['ApplyToProgramPayload']> = {
  application?: Resolver<Maybe<ResolversTypes['ProgramApplication']>, ParentType, ContextType>;
  error?: Resolver<Maybe<ResolversTypes['ApplyToProgramError']>, ParentType, ContextType>;
  ok?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type CancelSuitRentalPayloadResolvers<ContextType = CityContext, ParentType extends ResolversParentTypes['CancelSuitRentalPayload'] = ResolversParentTypes['CancelSuitRentalPayload']> = {
  ok?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  reservation?: Resolver<Maybe<ResolversTypes['SuitRentalReservation']>, ParentType, ContextType>;
};

export type CareerRequirementResolvers<ContextType = CityContext, ParentType extends ResolversParentTypes['CareerRequirement'] = ResolversParentTypes['CareerRequirement']> = {
  kind?: Resolver<ResolversTypes['CareerKind'], ParentType, ContextType>;
  minYears?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
};

export type CityProgramResolvers<ContextType = CityContext, ParentType extends ResolversParentTypes['CityProgram'] = ResolversParentTypes['CityProgram'], FederationReferenceType extends FederationReferenceTypes['CityProgram'] = FederationReferenceTypes['CityProgram']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['CityProgram']> | FederationReferenceType, FederationReferenceType, ContextType>;
  agency?: Resolver<ResolversTypes['Agency'], ParentType, ContextType>;
  eligibilityRules?: Resolver<ReadonlyArray<ResolversTypes['EligibilityRule']>, ParentType, ContextType>;
  examFeeReimbursement?: Resolver<Maybe<ResolversTypes['ExamFeeReimbursement']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  maxParticipationMonths?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  nameEn?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  previousYearPositions?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  sectors?: Resolver<ReadonlyArray<ResolversTypes['ProgramSector']>, ParentType, ContextType>;
  totalPositions?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  training?: Resolver<ResolversTypes['TrainingRequirement'], ParentType, ContextType>;
  trainingFields?: Resolver<ReadonlyArray<ResolversTypes['TrainingField']>, ParentType, ContextType>;
  wage?: Resolver<ResolversTypes['ProgramWage'], ParentType, ContextType>;
  year?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export interface DateScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['Date'], any> {
  name: 'Date';
}

export interface DateTimeScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['DateTime'], any> {
  name: 'DateTime';
}

export type DistrictProgramResolvers<ContextType = CityContext, ParentType extends ResolversParentTypes['DistrictProgram'] = ResolversParentTypes['DistrictProgram'], FederationReferenceType extends FederationReferenceTypes['DistrictProgram'] = FederationReferenceTypes['DistrictProgram']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['DistrictProgram']> | FederationReferenceType, FederationReferenceType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type EligibilityReasonResolvers<ContextType = CityContext, ParentType extends ResolversParentTypes['EligibilityReason'] = ResolversParentTypes['EligibilityReason']> = {
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  met?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  rule?: Resolver<ResolversTypes['EligibilityRuleKind'], ParentType, ContextType>;
};

export type EligibilityResultResolvers<ContextType = CityContext, ParentType extends ResolversParentTypes['EligibilityResult'] = ResolversParentTypes['EligibilityResult']> = {
  eligible?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  reasons?: Resolver<ReadonlyArray<ResolversTypes['EligibilityReason']>, ParentType, ContextType>;
};

export type EligibilityRuleResolvers<ContextType = CityContext, ParentType extends ResolversParentTypes['EligibilityRule'] = ResolversParentTypes['EligibilityRule']> = {
  description?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['EligibilityRuleKind'], ParentType, ContextType>;
  value?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
};

export type EmployerResolvers<ContextType = CityContext, ParentType extends ResolversParentTypes['Employer'] = ResolversParentTypes['Employer'], FederationReferenceType extends FederationReferenceTypes['Employer'] = FederationReferenceTypes['Employer']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Employer']> | FederationReferenceType, FederationReferenceType, ContextType>;
  homepage?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  industry?: Resolver<ResolversTypes['Industry'], ParentType, ContextType>;
  jobPostings?: Resolver<ResolversTypes['JobPostingConnection'], ParentType, ContextType, Partial<EmployerJobPostingsArgs>>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  region?: Resolver<ResolversTypes['Region'], ParentType, ContextType>;
  seoulStrongSme?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  size?: Resolver<ResolversTypes['EmployerSize'], ParentType, ContextType>;
};

export type ExamFeeReimbursementResolvers<ContextType = CityContext, ParentType extends ResolversParentTypes['ExamFeeReimbursement'] = ResolversParentTypes['ExamFeeReimbursement']> = {
  maxAmountPerTime?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  timesPerYear?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type FiftyPlusProgramResolvers<ContextType = CityContext, ParentType extends ResolversParentTypes['FiftyPlusProgram'] = ResolversParentTypes['FiftyPlusProgram'], FederationReferenceType extends FederationReferenceTypes['FiftyPlusProgram'] = FederationReferenceTypes['FiftyPlusProgram']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['FiftyPlusProgram']> | FederationReferenceType, FederationReferenceType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type IndustryResolvers<ContextType = CityContext, ParentType extends ResolversParentTypes['Industry'] = ResolversParentTypes['Industry']> = {
  code?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  nameEn?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type JobPostingResolvers<ContextType = CityContext, ParentType extends ResolversParentTypes['JobPosting'] = ResolversParentTypes['JobPosting'], FederationReferenceType extends FederationReferenceTypes['JobPosting'] = FederationReferenceTypes['JobPosting']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['JobPosting']> | FederationReferenceType, FederationReferenceType, ContextType>;
  career?: Resolver<ResolversTypes['CareerRequirement'], ParentType, ContextType>;
  closesOn?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  education?: Resolver<ResolversTypes['EducationLevel'], ParentType, ContextType>;
  employer?: Resolver<ResolversTypes['Employer'], ParentType, ContextType>;
  employmentType?: Resolver<ResolversTypes['EmploymentType'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  occupation?: Resolver<ResolversTypes['Occupation'], ParentType, ContextType>;
  region?: Resolver<ResolversTypes['Region'], ParentType, ContextType>;
  registeredOn?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  source?: Resolver<ResolversTypes['PostingSource'], ParentType, ContextType>;
  sourceUrl?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  wage?: Resolver<ResolversTypes['Wage'], ParentType, ContextType>;
  workHoursPerWeek?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
};

export type JobPostingConnectionResolvers<ContextType = CityContext, ParentType extends ResolversParentTypes['JobPostingConnection'] = ResolversParentTypes['JobPostingConnection']> = {
  edges?: Resolver<ReadonlyArray<ResolversTypes['JobPostingEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type JobPostingEdgeResolvers<ContextType = CityContext, ParentType extends ResolversParentTypes['JobPostingEdge'] = ResolversParentTypes['JobPostingEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['JobPosting'], ParentType, ContextType>;
};

export type MinistryProgramResolvers<ContextType = CityContext, ParentType extends ResolversParentTypes['MinistryProgram'] = ResolversParentTypes['MinistryProgram'], FederationReferenceType extends FederationReferenceTypes['MinistryProgram'] = FederationReferenceTypes['MinistryProgram']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['MinistryProgram']> | FederationReferenceType, FederationReferenceType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type MutationResolvers<ContextType = CityContext, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = {
  applyToProgram?: Resolver<ResolversTypes['ApplyToProgramPayload'], ParentType, ContextType, RequireFields<MutationApplyToProgramArgs, 'input'>>;
  cancelSuitRental?: Resolver<ResolversTypes['CancelSuitRentalPayload'], ParentType, ContextType, RequireFields<MutationCancelSuitRentalArgs, 'input'>>;
  reserveSuitRental?: Resolver<ResolversTypes['ReserveSuitRentalPayload'], ParentType, ContextType, RequireFields<MutationReserveSuitRentalArgs, 'input'>>;
};

export type OccupationResolvers<ContextType = CityContext, ParentType extends ResolversParentTypes['Occupation'] = ResolversParentTypes['Occupation']> = {
  code?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  nameEn?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type PageInfoResolvers<ContextType = CityContext, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = {
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  hasPreviousPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  startCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type PersonResolvers<ContextType = CityContext, ParentType extends ResolversParentTypes['Person'] = ResolversParentTypes['Person'], FederationReferenceType extends FederationReferenceTypes['Person'] = FederationReferenceTypes['Person']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Person']> | FederationReferenceType, FederationReferenceType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  programApplications?: Resolver<ReadonlyArray<ResolversTypes['ProgramApplication']>, ParentType, ContextType>;
  suitRentalReservations?: Resolver<ReadonlyArray<ResolversTypes['SuitRentalReservation']>, ParentType, ContextType>;
};

export type ProgramResolvers<ContextType = CityContext, ParentType extends ResolversParentTypes['Program'] = ResolversParentTypes['Program'], FederationReferenceType extends FederationReferenceTypes['Program'] = FederationReferenceTypes['Program']> = {
  __resolveType: TypeResolveFn<'CityProgram' | 'DistrictProgram' | 'FiftyPlusProgram' | 'MinistryProgram', ParentType, ContextType>;
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Program']> | FederationReferenceType, FederationReferenceType, ContextType>;
};

export type ProgramApplicationResolvers<ContextType = CityContext, ParentType extends ResolversParentTypes['ProgramApplication'] = ResolversParentTypes['ProgramApplication']> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  program?: Resolver<ResolversTypes['CityProgram'], ParentType, ContextType>;
  programType?: Resolver<Maybe<ResolversTypes['ProgramType']>, ParentType, ContextType>;
  sector?: Resolver<ResolversTypes['SectorKind'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['ApplicationStatus'], ParentType, ContextType>;
  submittedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  trainingField?: Resolver<Maybe<ResolversTypes['TrainingField']>, ParentType, ContextType>;
};

export type ProgramSectorResolvers<ContextType = CityContext, ParentType extends ResolversParentTypes['ProgramSector'] = ResolversParentTypes['ProgramSector']> = {
  kind?: Resolver<ResolversTypes['SectorKind'], ParentType, ContextType>;
  positions?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  projects?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  share?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  types?: Resolver<ReadonlyArray<ResolversTypes['ProgramType']>, ParentType, ContextType>;
};

export type ProgramTypeResolvers<ContextType = CityContext, ParentType extends ResolversParentTypes['ProgramType'] = ResolversParentTypes['ProgramType']> = {
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  nameEn?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  positions?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
};

export type ProgramWageResolvers<ContextType = CityContext, ParentType extends ResolversParentTypes['ProgramWage'] = ResolversParentTypes['ProgramWage']> = {
  basis?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  hourly?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  monthlyApprox?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type QueryResolvers<ContextType = CityContext, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = {
  checkEligibility?: Resolver<ResolversTypes['EligibilityResult'], ParentType, ContextType, RequireFields<QueryCheckEligibilityArgs, 'applicant' | 'programId'>>;
  cityPrograms?: Resolver<ReadonlyArray<ResolversTypes['CityProgram']>, ParentType, ContextType, Partial<QueryCityProgramsArgs>>;
  employer?: Resolver<Maybe<ResolversTypes['Employer']>, ParentType, ContextType, RequireFields<QueryEmployerArgs, 'id'>>;
  jobPosting?: Resolver<Maybe<ResolversTypes['JobPosting']>, ParentType, ContextType, RequireFields<QueryJobPostingArgs, 'id'>>;
  jobPostings?: Resolver<ResolversTypes['JobPostingConnection'], ParentType, ContextType, Partial<QueryJobPostingsArgs>>;
  person?: Resolver<Maybe<ResolversTypes['Person']>, ParentType, ContextType, RequireFields<QueryPersonArgs, 'id'>>;
  program?: Resolver<Maybe<ResolversTypes['Program']>, ParentType, ContextType, RequireFields<QueryProgramArgs, 'id'>>;
  region?: Resolver<Maybe<ResolversTypes['Region']>, ParentType, ContextType, RequireFields<QueryRegionArgs, 'code'>>;
  regions?: Resolver<ReadonlyArray<ResolversTypes['Region']>, ParentType, ContextType, RequireFields<QueryRegionsArgs, 'includeHistoric'>>;
  suitRentalBranches?: Resolver<ReadonlyArray<ResolversTypes['SuitRentalBranch']>, ParentType, ContextType>;
  suitRentalSlots?: Resolver<ReadonlyArray<ResolversTypes['SuitRentalSlot']>, ParentType, ContextType, RequireFields<QuerySuitRentalSlotsArgs, 'filter'>>;
};

export type RegionResolvers<ContextType = CityContext, ParentType extends ResolversParentTypes['Region'] = ResolversParentTypes['Region'], FederationReferenceType extends FederationReferenceTypes['Region'] = FederationReferenceTypes['Region']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Region']> | FederationReferenceType, FederationReferenceType, ContextType>;
  children?: Resolver<ReadonlyArray<ResolversTypes['Region']>, ParentType, ContextType, RequireFields<RegionChildrenArgs, 'includeHistoric'>>;
  code?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  jobPostings?: Resolver<ResolversTypes['JobPostingConnection'], ParentType, ContextType, Partial<RegionJobPostingsArgs>>;
  level?: Resolver<ResolversTypes['RegionLevel'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  nameEn?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  parent?: Resolver<Maybe<ResolversTypes['Region']>, ParentType, ContextType>;
  programs?: Resolver<ReadonlyArray<ResolversTypes['Program']>, ParentType, ContextType>;
  validFrom?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  validTo?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
};

export type ReserveSuitRentalErrorResolvers<ContextType = CityContext, ParentType extends ResolversParentTypes['ReserveSuitRentalError'] = ResolversParentTypes['ReserveSuitRentalError']> = {
  code?: Resolver<ResolversTypes['ReserveSuitRentalErrorCode'], ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type ReserveSuitRentalPayloadResolvers<ContextType = CityContext, ParentType extends ResolversParentTypes['ReserveSuitRentalPayload'] = ResolversParentTypes['ReserveSuitRentalPayload']> = {
  error?: Resolver<Maybe<ResolversTypes['ReserveSuitRentalError']>, ParentType, ContextType>;
  ok?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  reservation?: Resolver<Maybe<ResolversTypes['SuitRentalReservation']>, ParentType, ContextType>;
};

export type SuitRentalBranchResolvers<ContextType = CityContext, ParentType extends ResolversParentTypes['SuitRentalBranch'] = ResolversParentTypes['SuitRentalBranch']> = {
  address?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  region?: Resolver<ResolversTypes['Region'], ParentType, ContextType>;
};

export type SuitRentalReservationResolvers<ContextType = CityContext, ParentType extends ResolversParentTypes['SuitRentalReservation'] = ResolversParentTypes['SuitRentalReservation']> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  reservedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  slot?: Resolver<ResolversTypes['SuitRentalSlot'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['SuitRentalReservationStatus'], ParentType, ContextType>;
};

export type SuitRentalSlotResolvers<ContextType = CityContext, ParentType extends ResolversParentTypes['SuitRentalSlot'] = ResolversParentTypes['SuitRentalSlot']> = {
  available?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  branch?: Resolver<ResolversTypes['SuitRentalBranch'], ParentType, ContextType>;
  capacity?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  reserved?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  startsAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
};

export type TrainingFieldResolvers<ContextType = CityContext, ParentType extends ResolversParentTypes['TrainingField'] = ResolversParentTypes['TrainingField']> = {
  code?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  introducedIn?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  nameEn?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type TrainingRequirementResolvers<ContextType = CityContext, ParentType extends ResolversParentTypes['TrainingRequirement'] = ResolversParentTypes['TrainingRequirement']> = {
  additionalHoursMax?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  mandatoryHours?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  mandatoryWeeksMax?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  mandatoryWeeksMin?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type WageResolvers<ContextType = CityContext, ParentType extends ResolversParentTypes['Wage'] = ResolversParentTypes['Wage']> = {
  max?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  min?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  type?: Resolver<ResolversTypes['WageType'], ParentType, ContextType>;
};

export interface Federation__FieldSetScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['federation__FieldSet'], any> {
  name: 'federation__FieldSet';
}

export interface Federation__PolicyScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['federation__Policy'], any> {
  name: 'federation__Policy';
}

export interface Federation__ScopeScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['federation__Scope'], any> {
  name: 'federation__Scope';
}

export interface Link__ImportScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['link__Import'], any> {
  name: 'link__Import';
}

export type Resolvers<ContextType = CityContext> = {
  ApplyToProgramError?: ApplyToProgramErrorResolvers<ContextType>;
  ApplyToProgramPayload?: ApplyToProgramPayloadResolvers<ContextType>;
  CancelSuitRentalPayload?: CancelSuitRentalPayloadResolvers<ContextType>;
  CareerRequirement?: CareerRequirementResolvers<ContextType>;
  CityProgram?: CityProgramResolvers<ContextType>;
  Date?: GraphQLScalarType;
  DateTime?: GraphQLScalarType;
  DistrictProgram?: DistrictProgramResolvers<ContextType>;
  EligibilityReason?: EligibilityReasonResolvers<ContextType>;
  EligibilityResult?: EligibilityResultResolvers<ContextType>;
  EligibilityRule?: EligibilityRuleResolvers<ContextType>;
  Employer?: EmployerResolvers<ContextType>;
  ExamFeeReimbursement?: ExamFeeReimbursementResolvers<ContextType>;
  FiftyPlusProgram?: FiftyPlusProgramResolvers<ContextType>;
  Industry?: IndustryResolvers<ContextType>;
  JobPosting?: JobPostingResolvers<ContextType>;
  JobPostingConnection?: JobPostingConnectionResolvers<ContextType>;
  JobPostingEdge?: JobPostingEdgeResolvers<ContextType>;
  MinistryProgram?: MinistryProgramResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  Occupation?: OccupationResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  Person?: PersonResolvers<ContextType>;
  Program?: ProgramResolvers<ContextType>;
  ProgramApplication?: ProgramApplicationResolvers<ContextType>;
  ProgramSector?: ProgramSectorResolvers<ContextType>;
  ProgramType?: ProgramTypeResolvers<ContextType>;
  ProgramWage?: ProgramWageResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  Region?: RegionResolvers<ContextType>;
  ReserveSuitRentalError?: ReserveSuitRentalErrorResolvers<ContextType>;
  ReserveSuitRentalPayload?: ReserveSuitRentalPayloadResolvers<ContextType>;
  SuitRentalBranch?: SuitRentalBranchResolvers<ContextType>;
  SuitRentalReservation?: SuitRentalReservationResolvers<ContextType>;
  SuitRentalSlot?: SuitRentalSlotResolvers<ContextType>;
  TrainingField?: TrainingFieldResolvers<ContextType>;
  TrainingRequirement?: TrainingRequirementResolvers<ContextType>;
  Wage?: WageResolvers<ContextType>;
  federation__FieldSet?: GraphQLScalarType;
  federation__Policy?: GraphQLScalarType;
  federation__Scope?: GraphQLScalarType;
  link__Import?: GraphQLScalarType;
};

export type DirectiveResolvers<ContextType = CityContext> = {
  authenticated?: AuthenticatedDirectiveResolver<any, any, ContextType>;
  inaccessible?: InaccessibleDirectiveResolver<any, any, ContextType>;
  interfaceObject?: InterfaceObjectDirectiveResolver<any, any, ContextType>;
  link?: LinkDirectiveResolver<any, any, ContextType>;
  override?: OverrideDirectiveResolver<any, any, ContextType>;
  policy?: PolicyDirectiveResolver<any, any, ContextType>;
  requiresScopes?: RequiresScopesDirectiveResolver<any, any, ContextType>;
  shareable?: ShareableDirectiveResolver<any, any, ContextType>;
  tag?: TagDirectiveResolver<any, any, ContextType>;
};
