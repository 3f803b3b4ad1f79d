import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { CenterRow, CenterServiceRow, CenterAwardRow, ConsultationSlotRow, ConsultationRow, JobFairRow, JobFairRegistrationRow, PlacementRow, ProgramRow, ProgramRuleRow, IncentiveApplicationRow, IncentiveEventRow } from '../db/schema.js';
import type { PlacementConnectionParent } from '../graphql/placements/connection.js';
import type { ApplicationConnectionParent } from '../graphql/incentives/connection.js';
import type { PersonParent, RegionParent, EmployerParent, InsuranceRecordParent } from '../graphql/references.js';
import type { DistrictsContext } from '../graphql/context.js';
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

export type ApplyForHiringIncentiveError = {
  readonly __typename?: 'ApplyForHiringIncentiveError';
  readonly code: ApplyForHiringIncentiveErrorCode;
  readonly message: Scalars['String']['output'];
};

export type ApplyForHiringIncentiveErrorCode =
  /** The employer has already applied for this person. */
  | 'ALREADY_APPLIED'
  /** The employer is not a small or medium enterprise. */
  | 'EMPLOYER_NOT_SME'
  /** The center has no placement of the person with the employer. */
  | 'NOT_PLACED_BY_CENTER';

export type ApplyForHiringIncentiveInput = {
  readonly employerId: Scalars['ID']['input'];
  readonly hiredOn: Scalars['Date']['input'];
  /** The integrated-membership id of the person hired. */
  readonly memberId: Scalars['ID']['input'];
  /** From 1 to the programme's `maxMonths`. */
  readonly monthsClaimed: Scalars['Int']['input'];
  readonly programId: Scalars['ID']['input'];
};

export type ApplyForHiringIncentivePayload = {
  readonly __typename?: 'ApplyForHiringIncentivePayload';
  readonly application: Maybe<HiringIncentiveApplication>;
  readonly error: Maybe<ApplyForHiringIncentiveError>;
  readonly ok: Scalars['Boolean']['output'];
};

/** An award the center received. */
export type Award = {
  readonly __typename?: 'Award';
  /** The competition, in Korean. */
  readonly name: Scalars['String']['output'];
  readonly nameEn: Scalars['String']['output'];
  /** The prize won, in Korean. */
  readonly prize: Scalars['String']['output'];
  readonly prizeEn: Scalars['String']['output'];
  readonly year: Scalars['Int']['output'];
};

export type BookConsultationError = {
  readonly __typename?: 'BookConsultationError';
  readonly code: BookConsultationErrorCode;
  readonly message: Scalars['String']['output'];
};

export type BookConsultationErrorCode =
  | 'ALREADY_BOOKED'
  | 'SLOT_FULL'
  | 'SLOT_PASSED';

/** A booking by the signed-in member, for themself. */
export type BookConsultationInput = {
  /** The person's name, for the counselor (1–50 characters). */
  readonly name: Scalars['String']['input'];
  /** What the person would like to discuss (at most 1,000 characters). */
  readonly note?: InputMaybe<Scalars['String']['input']>;
  /** A Korean mobile number the desk can call, e.g. 010-1234-5678. */
  readonly phone: Scalars['String']['input'];
  readonly slotId: Scalars['ID']['input'];
  readonly topic: ConsultationTopic;
};

export type BookConsultationPayload = {
  readonly __typename?: 'BookConsultationPayload';
  readonly consultation: Maybe<Consultation>;
  readonly error: Maybe<BookConsultationError>;
  readonly ok: Scalars['Boolean']['output'];
};

export type CancelConsultationError = {
  readonly __typename?: 'CancelConsultationError';
  readonly code: CancelConsultationErrorCode;
  readonly message: Scalars['String']['output'];
};

export type CancelConsultationErrorCode =
  /** The consultation was already cancelled, or has been attended. */
  | 'NOT_BOOKED'
  | 'SLOT_PASSED';

/** A cancellation by the signed-in member of their own booking. */
export type CancelConsultationInput = {
  readonly consultationId: Scalars['ID']['input'];
};

export type CancelConsultationPayload = {
  readonly __typename?: 'CancelConsultationPayload';
  readonly consultation: Maybe<Consultation>;
  readonly error: Maybe<CancelConsultationError>;
  readonly ok: Scalars['Boolean']['output'];
};

/** A service joined at a center's integrated desk (at Dongjak, a former center of its own). */
export type CenterService = {
  readonly __typename?: 'CenterService';
  /** Unique within the center, e.g. `noryangjin-youth`. */
  readonly code: Scalars['ID']['output'];
  readonly generation: Generation;
  /** The oldest age served, where the service has a limit. */
  readonly maxAge: Maybe<Scalars['Int']['output']>;
  /** The youngest age served, where the service has a limit. */
  readonly minAge: Maybe<Scalars['Int']['output']>;
  readonly name: Scalars['String']['output'];
  readonly nameEn: Scalars['String']['output'];
};

/** A booking at a center's integrated desk. */
export type Consultation = {
  readonly __typename?: 'Consultation';
  readonly bookedAt: Scalars['DateTime']['output'];
  readonly cancelledAt: Maybe<Scalars['DateTime']['output']>;
  readonly id: Scalars['ID']['output'];
  /** What the person wrote they would like to discuss. */
  readonly note: Maybe<Scalars['String']['output']>;
  readonly person: Person;
  readonly slot: ConsultationSlot;
  readonly status: ConsultationStatus;
  readonly topic: ConsultationTopic;
};

/** A place in time at a center's integrated desk, for one service. */
export type ConsultationSlot = {
  readonly __typename?: 'ConsultationSlot';
  readonly available: Scalars['Int']['output'];
  readonly booked: Scalars['Int']['output'];
  readonly capacity: Scalars['Int']['output'];
  readonly center: DistrictEmploymentCenter;
  readonly id: Scalars['ID']['output'];
  readonly service: CenterService;
  readonly startsAt: Scalars['DateTime']['output'];
};

/** Which slots of a center's desk to list. */
export type ConsultationSlotFilter = {
  readonly centerId: Scalars['ID']['input'];
  readonly from: Scalars['Date']['input'];
  readonly onlyAvailable?: InputMaybe<Scalars['Boolean']['input']>;
  readonly serviceCode?: InputMaybe<Scalars['ID']['input']>;
  /** At most 31 days after `from`. */
  readonly to: Scalars['Date']['input'];
};

/** BOOKED until the slot, then ATTENDED; or CANCELLED by the person before it starts. */
export type ConsultationStatus =
  | 'ATTENDED'
  | 'BOOKED'
  | 'CANCELLED';

/** What a person wants to talk about at the desk. */
export type ConsultationTopic =
  /** Career and life planning (생애경력설계). */
  | 'CAREER_DESIGN'
  /** Finding work (구직 상담). */
  | 'JOB_SEARCH'
  | 'OTHER'
  /** Public and senior jobs (공공·어르신 일자리). */
  | 'PUBLIC_JOBS'
  /** CV and interview coaching (이력서·면접 코칭). */
  | 'RESUME_AND_INTERVIEW'
  /** Vocational training (직업훈련 안내). */
  | 'TRAINING';

/** A decision by the signed-in staff member. */
export type DecideHiringIncentiveInput = {
  readonly applicationId: Scalars['ID']['input'];
  readonly decision: HiringIncentiveDecision;
  /** Why; required to reject (at most 1,000 characters). */
  readonly note?: InputMaybe<Scalars['String']['input']>;
};

export type DecideHiringIncentivePayload = {
  readonly __typename?: 'DecideHiringIncentivePayload';
  readonly application: Maybe<HiringIncentiveApplication>;
  readonly error: Maybe<HiringIncentiveTransitionError>;
  readonly ok: Scalars['Boolean']['output'];
};

/**
 * An autonomous district's integrated job center: one desk joining the district's separate job
 * services for every generation. Dongjak's (opened May 2023) is the model others adopt.
 */
export type DistrictEmploymentCenter = {
  readonly __typename?: 'DistrictEmploymentCenter';
  readonly address: Scalars['String']['output'];
  /** The integrated center whose model this one adopted. */
  readonly adoptedModelOf: Maybe<DistrictEmploymentCenter>;
  readonly awards: ReadonlyArray<Award>;
  /** The budget the district saved by integrating its services, in KRW, where published. */
  readonly budgetSavedKrw: Maybe<Scalars['Int']['output']>;
  /** The desk's consultation slots between two dates (at most 31 days apart). */
  readonly consultationSlots: ReadonlyArray<ConsultationSlot>;
  /**
   * Placements with `placedOn` in the center's first year, [openedOn, openedOn + 1 year), counted
   * from the records.
   */
  readonly firstYearPlacements: Scalars['Int']['output'];
  /** `dc-` followed by the district, e.g. `dc-dongjak`. */
  readonly id: Scalars['ID']['output'];
  /** How often the center holds its regular job fairs, where it has a policy. */
  readonly jobFairCadence: Maybe<JobFairCadence>;
  /** Job fairs held (or planned) in a year, counted from the records. */
  readonly jobFairCount: Scalars['Int']['output'];
  /** The center's job fairs in date order, optionally of one kind or between two dates. */
  readonly jobFairs: ReadonlyArray<JobFair>;
  /** The regular meeting of the integrated facilities, where there is one. */
  readonly meetingSchedule: Maybe<MeetingSchedule>;
  /** The Korean name. */
  readonly name: Scalars['String']['output'];
  readonly nameEn: Scalars['String']['output'];
  /** When the center opened. Only the month is published; the date is the first of that month. */
  readonly openedOn: Scalars['Date']['output'];
  /** Always AUTONOMOUS_DISTRICT. */
  readonly operator: Agency;
  /**
   * The center's placements, newest first, optionally placed between two dates (inclusive).
   * `first` is 1–100 (default 20).
   */
  readonly placements: PlacementConnection;
  /**
   * Placements between two dates (inclusive) by the service that made them; every service is
   * listed, with 0 where it placed no one.
   */
  readonly placementsByService: ReadonlyArray<ServicePlacementCount>;
  /** The sigungu the center serves. */
  readonly region: Region;
  /** The services joined at the desk, in the order the center lists them. */
  readonly services: ReadonlyArray<CenterService>;
};


/**
 * An autonomous district's integrated job center: one desk joining the district's separate job
 * services for every generation. Dongjak's (opened May 2023) is the model others adopt.
 */
export type DistrictEmploymentCenterConsultationSlotsArgs = {
  from: Scalars['Date']['input'];
  onlyAvailable?: InputMaybe<Scalars['Boolean']['input']>;
  serviceCode?: InputMaybe<Scalars['ID']['input']>;
  to: Scalars['Date']['input'];
};


/**
 * An autonomous district's integrated job center: one desk joining the district's separate job
 * services for every generation. Dongjak's (opened May 2023) is the model others adopt.
 */
export type DistrictEmploymentCenterJobFairCountArgs = {
  kind?: InputMaybe<JobFairKind>;
  year: Scalars['Int']['input'];
};


/**
 * An autonomous district's integrated job center: one desk joining the district's separate job
 * services for every generation. Dongjak's (opened May 2023) is the model others adopt.
 */
export type DistrictEmploymentCenterJobFairsArgs = {
  from?: InputMaybe<Scalars['Date']['input']>;
  kind?: InputMaybe<JobFairKind>;
  to?: InputMaybe<Scalars['Date']['input']>;
};


/**
 * An autonomous district's integrated job center: one desk joining the district's separate job
 * services for every generation. Dongjak's (opened May 2023) is the model others adopt.
 */
export type DistrictEmploymentCenterPlacementsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  from?: InputMaybe<Scalars['Date']['input']>;
  to?: InputMaybe<Scalars['Date']['input']>;
};


/**
 * An autonomous district's integrated job center: one desk joining the district's separate job
 * services for every generation. Dongjak's (opened May 2023) is the model others adopt.
 */
export type DistrictEmploymentCenterPlacementsByServiceArgs = {
  from: Scalars['Date']['input'];
  to: Scalars['Date']['input'];
};

/**
 * A district programme. Its rules are data: the amounts and the conditions an application is
 * judged on.
 */
export type DistrictProgram = {
  readonly __typename?: 'DistrictProgram';
  /** Always AUTONOMOUS_DISTRICT. */
  readonly agency: Agency;
  /** The center that runs the programme. */
  readonly center: DistrictEmploymentCenter;
  /** `district-` followed by a slug. */
  readonly id: Scalars['ID']['output'];
  /** The most paid for one hire, in KRW. */
  readonly maxAmountPerHireKrw: Scalars['Int']['output'];
  /** Months that can be claimed per hire. */
  readonly maxMonths: Scalars['Int']['output'];
  /** Paid per month of employment claimed, in KRW. */
  readonly monthlyAmountKrw: Scalars['Int']['output'];
  /** The Korean name. */
  readonly name: Scalars['String']['output'];
  readonly nameEn: Scalars['String']['output'];
  readonly region: Region;
  readonly rules: ReadonlyArray<DistrictProgramRule>;
};

/** A condition an application is judged on, as the programme publishes it. */
export type DistrictProgramRule = {
  readonly __typename?: 'DistrictProgramRule';
  readonly description: Scalars['String']['output'];
  readonly descriptionEn: Scalars['String']['output'];
  readonly kind: DistrictProgramRuleKind;
};

export type DistrictProgramRuleKind =
  /** The programme's center placed the person with the employer. */
  | 'PLACED_BY_CENTER'
  /** The employer is a small or medium enterprise. */
  | 'SME_EMPLOYER';

export type Employer = {
  readonly __typename?: 'Employer';
  /**
   * The employer's hiring-incentive applications, newest first. District staff (a center's staff
   * see their center's programmes' only); each person listed is recorded as read.
   */
  readonly hiringIncentiveApplications: ReadonlyArray<HiringIncentiveApplication>;
  readonly id: Scalars['ID']['output'];
};

export type EmploymentInsuranceRecord = {
  readonly __typename?: 'EmploymentInsuranceRecord';
  readonly id: Scalars['ID']['output'];
};

/** The generation a service is for. */
export type Generation =
  /** Every age. */
  | 'ALL'
  | 'MIDDLE_AGED'
  | 'SENIOR'
  | 'YOUTH';

/**
 * An employer's application for the SME hiring incentive for one hire. SUBMITTED becomes APPROVED
 * or REJECTED; APPROVED becomes PAID.
 */
export type HiringIncentiveApplication = {
  readonly __typename?: 'HiringIncentiveApplication';
  /** The incentive for the months claimed under the programme's rules, in KRW. */
  readonly amountKrw: Scalars['Int']['output'];
  readonly employer: Employer;
  readonly hiredOn: Scalars['Date']['output'];
  readonly id: Scalars['ID']['output'];
  readonly monthsClaimed: Scalars['Int']['output'];
  readonly person: Person;
  /**
   * The center's placement of the person with the employer, which the PLACED_BY_CENTER rule asks
   * for.
   */
  readonly placement: Maybe<Placement>;
  readonly program: DistrictProgram;
  readonly status: HiringIncentiveStatus;
  /** Every status the application has had, oldest first. */
  readonly statusHistory: ReadonlyArray<HiringIncentiveStatusChange>;
  readonly submittedAt: Scalars['DateTime']['output'];
};

/** A page of a programme's applications, newest first. */
export type HiringIncentiveApplicationConnection = {
  readonly __typename?: 'HiringIncentiveApplicationConnection';
  readonly edges: ReadonlyArray<HiringIncentiveApplicationEdge>;
  readonly pageInfo: PageInfo;
  readonly totalCount: Scalars['Int']['output'];
};

export type HiringIncentiveApplicationEdge = {
  readonly __typename?: 'HiringIncentiveApplicationEdge';
  readonly cursor: Scalars['String']['output'];
  readonly node: HiringIncentiveApplication;
};

export type HiringIncentiveDecision =
  | 'APPROVE'
  | 'REJECT';

/** Where an application stands: SUBMITTED → APPROVED | REJECTED; APPROVED → PAID. */
export type HiringIncentiveStatus =
  | 'APPROVED'
  | 'PAID'
  | 'REJECTED'
  | 'SUBMITTED';

/** One step in an application's history. */
export type HiringIncentiveStatusChange = {
  readonly __typename?: 'HiringIncentiveStatusChange';
  readonly at: Scalars['DateTime']['output'];
  readonly note: Maybe<Scalars['String']['output']>;
  /**
   * The staff member who made the change (the signed-in staff member who called the operation);
   * null for the employer's submission.
   */
  readonly staffId: Maybe<Scalars['ID']['output']>;
  readonly status: HiringIncentiveStatus;
};

export type HiringIncentiveTransitionError = {
  readonly __typename?: 'HiringIncentiveTransitionError';
  readonly code: HiringIncentiveTransitionErrorCode;
  /** The application's status when the change was refused. */
  readonly currentStatus: HiringIncentiveStatus;
  readonly message: Scalars['String']['output'];
};

export type HiringIncentiveTransitionErrorCode =
  /** The application is not in the status the change starts from. */
  | 'INVALID_TRANSITION';

/** A job fair a center holds, with its outcome once it has taken place. */
export type JobFair = {
  readonly __typename?: 'JobFair';
  /** Places for pre-registered job seekers. */
  readonly capacity: Scalars['Int']['output'];
  readonly center: DistrictEmploymentCenter;
  readonly date: Scalars['Date']['output'];
  readonly id: Scalars['ID']['output'];
  readonly kind: JobFairKind;
  /** Interviews held at the fair; recorded after the fair, null before. */
  readonly onSiteInterviews: Maybe<Scalars['Int']['output']>;
  readonly participatingEmployers: ReadonlyArray<Employer>;
  /** Pre-registrations, counted. */
  readonly registrationCount: Scalars['Int']['output'];
  /** Whether registrations are still taken (the fair is today or later). */
  readonly registrationOpen: Scalars['Boolean']['output'];
  readonly title: Scalars['String']['output'];
  readonly titleEn: Scalars['String']['output'];
  readonly venue: Scalars['String']['output'];
  /** Visitors on the day; recorded after the fair, null before. */
  readonly visitors: Maybe<Scalars['Int']['output']>;
};

/** How often a center holds its regular job fairs, as its policy says. */
export type JobFairCadence =
  | 'HALF_YEARLY'
  | 'MONTHLY'
  | 'QUARTERLY'
  | 'YEARLY';

/** The kinds of job fair a district center holds. */
export type JobFairKind =
  /** A fair of part-time jobs. */
  | 'PART_TIME'
  /** The center's regular fair, four a year. */
  | 'QUARTERLY'
  | 'SPECIAL';

/** A person's pre-registration for a job fair. */
export type JobFairRegistration = {
  readonly __typename?: 'JobFairRegistration';
  readonly id: Scalars['ID']['output'];
  readonly jobFair: JobFair;
  readonly person: Person;
  readonly registeredAt: Scalars['DateTime']['output'];
};

/** A payment recorded by the signed-in staff member. */
export type MarkHiringIncentivePaidInput = {
  readonly applicationId: Scalars['ID']['input'];
};

export type MarkHiringIncentivePaidPayload = {
  readonly __typename?: 'MarkHiringIncentivePaidPayload';
  readonly application: Maybe<HiringIncentiveApplication>;
  readonly error: Maybe<HiringIncentiveTransitionError>;
  readonly ok: Scalars['Boolean']['output'];
};

/** How often a regular meeting is held. */
export type MeetingFrequency =
  | 'BIWEEKLY'
  | 'MONTHLY'
  | 'WEEKLY';

/** A regular meeting of the facilities a center joins (Dongjak: weekly, on Wednesdays). */
export type MeetingSchedule = {
  readonly __typename?: 'MeetingSchedule';
  readonly frequency: MeetingFrequency;
  readonly name: Scalars['String']['output'];
  readonly nameEn: Scalars['String']['output'];
  readonly weekday: Weekday;
};

export type Mutation = {
  readonly __typename?: 'Mutation';
  /**
   * Files an employer's application for a hiring incentive for a person the center placed with it.
   * Staff operation of the programme's center.
   */
  readonly applyForHiringIncentive: ApplyForHiringIncentivePayload;
  /**
   * Books the signed-in member a place in a consultation slot at a center's integrated desk. A slot
   * is never over-booked, a person holds at most one booking per slot, and a slot that has started
   * is refused.
   */
  readonly bookConsultation: BookConsultationPayload;
  /** Cancels the signed-in member's own booking before the slot starts and frees its place. */
  readonly cancelConsultation: CancelConsultationPayload;
  /**
   * Approves or rejects a submitted application. Staff operation of the programme's center; the
   * caller is recorded as the staff member deciding.
   */
  readonly decideHiringIncentive: DecideHiringIncentivePayload;
  /**
   * Records the payment of an approved application. Staff operation of the programme's center; the
   * caller is recorded as the staff member recording it.
   */
  readonly markHiringIncentivePaid: MarkHiringIncentivePaidPayload;
  /**
   * Registers the signed-in member for a job fair: once per fair, within its capacity, not after the
   * day.
   */
  readonly registerForJobFair: RegisterForJobFairPayload;
};


export type MutationApplyForHiringIncentiveArgs = {
  input: ApplyForHiringIncentiveInput;
};


export type MutationBookConsultationArgs = {
  input: BookConsultationInput;
};


export type MutationCancelConsultationArgs = {
  input: CancelConsultationInput;
};


export type MutationDecideHiringIncentiveArgs = {
  input: DecideHiringIncentiveInput;
};


export type MutationMarkHiringIncentivePaidArgs = {
  input: MarkHiringIncentivePaidInput;
};


export type MutationRegisterForJobFairArgs = {
  input: RegisterForJobFairInput;
};

export type PageInfo = {
  readonly __typename?: 'PageInfo';
  readonly endCursor: Maybe<Scalars['String']['output']>;
  readonly hasNextPage: Scalars['Boolean']['output'];
  readonly hasPreviousPage: Scalars['Boolean']['output'];
  readonly startCursor: Maybe<Scalars['String']['output']>;
};

export type Person = {
  readonly __typename?: 'Person';
  /** Bookings at the centers' desks, oldest first. */
  readonly consultations: ReadonlyArray<Consultation>;
  /** Hiring-incentive applications employers made for this person. */
  readonly hiringIncentiveApplications: ReadonlyArray<HiringIncentiveApplication>;
  readonly id: Scalars['ID']['output'];
  readonly jobFairRegistrations: ReadonlyArray<JobFairRegistration>;
  /** Placements by district centers, oldest first. */
  readonly placements: ReadonlyArray<Placement>;
};

/**
 * A person a district center put into work, as the center records it, with the Ministry's
 * employment-insurance acquisition behind it.
 */
export type Placement = {
  readonly __typename?: 'Placement';
  readonly center: DistrictEmploymentCenter;
  readonly employer: Employer;
  readonly id: Scalars['ID']['output'];
  readonly insuranceRecord: EmploymentInsuranceRecord;
  /** The person placed: seen by them and by district staff (each staff read recorded). */
  readonly person: Person;
  readonly placedOn: Scalars['Date']['output'];
  readonly service: CenterService;
};

/** A page of a center's placements, newest first. */
export type PlacementConnection = {
  readonly __typename?: 'PlacementConnection';
  readonly edges: ReadonlyArray<PlacementEdge>;
  readonly pageInfo: PageInfo;
  /** Placements in the period, across all pages. */
  readonly totalCount: Scalars['Int']['output'];
};

export type PlacementEdge = {
  readonly __typename?: 'PlacementEdge';
  readonly cursor: Scalars['String']['output'];
  readonly node: Placement;
};

export type Query = {
  readonly __typename?: 'Query';
  /**
   * Consultation slots of one center's desk between two dates (at most 31 days apart), in order of
   * time.
   */
  readonly consultationSlots: ReadonlyArray<ConsultationSlot>;
  readonly districtEmploymentCenter: Maybe<DistrictEmploymentCenter>;
  /** The autonomous districts' integrated job centers, Dongjak first. */
  readonly districtEmploymentCenters: ReadonlyArray<DistrictEmploymentCenter>;
  readonly districtProgram: Maybe<DistrictProgram>;
  /** The districts' programmes (`district-…`). */
  readonly districtPrograms: ReadonlyArray<DistrictProgram>;
  /**
   * One hiring-incentive application: seen by the person hired and by district staff (each staff
   * read recorded).
   */
  readonly hiringIncentiveApplication: Maybe<HiringIncentiveApplication>;
  /**
   * A programme's hiring-incentive applications, newest first. Staff of the programme's center;
   * each person listed is recorded as read. `first` is 1–100 (default 20); `after` is a cursor from
   * this connection.
   */
  readonly hiringIncentiveApplications: HiringIncentiveApplicationConnection;
  readonly jobFair: Maybe<JobFair>;
  /** Job fairs in date order, optionally of one center, of one kind, or between two dates. */
  readonly jobFairs: ReadonlyArray<JobFair>;
};


export type QueryConsultationSlotsArgs = {
  filter: ConsultationSlotFilter;
};


export type QueryDistrictEmploymentCenterArgs = {
  id: Scalars['ID']['input'];
};


export type QueryDistrictProgramArgs = {
  id: Scalars['ID']['input'];
};


export type QueryHiringIncentiveApplicationArgs = {
  id: Scalars['ID']['input'];
};


export type QueryHiringIncentiveApplicationsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  programId: Scalars['ID']['input'];
  status?: InputMaybe<HiringIncentiveStatus>;
};


export type QueryJobFairArgs = {
  id: Scalars['ID']['input'];
};


export type QueryJobFairsArgs = {
  centerId?: InputMaybe<Scalars['ID']['input']>;
  from?: InputMaybe<Scalars['Date']['input']>;
  kind?: InputMaybe<JobFairKind>;
  to?: InputMaybe<Scalars['Date']['input']>;
};

export type Region = {
  readonly __typename?: 'Region';
  readonly code: Scalars['ID']['output'];
  /** Centers in the region, or for a sido, in its sigungu. */
  readonly districtEmploymentCenters: ReadonlyArray<DistrictEmploymentCenter>;
  /** Programmes of districts in the region, or for a sido, in its sigungu. */
  readonly districtPrograms: ReadonlyArray<DistrictProgram>;
};

export type RegisterForJobFairError = {
  readonly __typename?: 'RegisterForJobFairError';
  readonly code: RegisterForJobFairErrorCode;
  readonly message: Scalars['String']['output'];
};

export type RegisterForJobFairErrorCode =
  | 'ALREADY_REGISTERED'
  | 'FAIR_FULL'
  | 'FAIR_PASSED';

/** A registration by the signed-in member, for themself. */
export type RegisterForJobFairInput = {
  readonly jobFairId: Scalars['ID']['input'];
};

export type RegisterForJobFairPayload = {
  readonly __typename?: 'RegisterForJobFairPayload';
  readonly error: Maybe<RegisterForJobFairError>;
  readonly ok: Scalars['Boolean']['output'];
  readonly registration: Maybe<JobFairRegistration>;
};

/** Placements a service made in a period, counted from the records. */
export type ServicePlacementCount = {
  readonly __typename?: 'ServicePlacementCount';
  readonly count: Scalars['Int']['output'];
  readonly service: CenterService;
};

/** A day of the week. */
export type Weekday =
  | 'FRIDAY'
  | 'MONDAY'
  | 'SATURDAY'
  | 'SUNDAY'
  | 'THURSDAY'
  | 'TUESDAY'
  | 'WEDNESDAY';

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
  DistrictEmploymentCenter: DistrictEmploymentCenter;
  DistrictProgram: DistrictProgram;
  Employer: Employer;
  Person: Person;
  Region: Region;
};

/** Mapping of federation reference types */
export type FederationReferenceTypes = {
  DistrictEmploymentCenter:
    ( { __typename: 'DistrictEmploymentCenter' }
    & GraphQLRecursivePick<FederationTypes['DistrictEmploymentCenter'], {"id":true}> );
  DistrictProgram:
    ( { __typename: 'DistrictProgram' }
    & GraphQLRecursivePick<FederationTypes['DistrictProgram'], {"id":true}> );
  Employer:
    ( { __typename: 'Employer' }
    & GraphQLRecursivePick<FederationTypes['Employer'], {"id":true}> );
  Person:
    ( { __typename: 'Person' }
    & GraphQLRecursivePick<FederationTypes['Person'], {"id":true}> );
  Region:
    ( { __typename: 'Region' }
    & GraphQLRecursivePick<FederationTypes['Region'], {"code":true}> );
};



/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = {
  Agency: Agency;
  ApplyForHiringIncentiveError: ResolverTypeWrapper<ApplyForHiringIncentiveError>;
  ApplyForHiringIncentiveErrorCode: ApplyForHiringIncentiveErrorCode;
  ApplyForHiringIncentiveInput: ApplyForHiringIncentiveInput;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  ApplyForHiringIncentivePayload: ResolverTypeWrapper<Omit<ApplyForHiringIncentivePayload, 'application'> & { application?: Maybe<ResolversTypes['HiringIncentiveApplication']> }>;
  Award: ResolverTypeWrapper<CenterAwardRow>;
  BookConsultationError: ResolverTypeWrapper<BookConsultationError>;
  BookConsultationErrorCode: BookConsultationErrorCode;
  BookConsultationInput: BookConsultationInput;
  BookConsultationPayload: ResolverTypeWrapper<Omit<BookConsultationPayload, 'consultation'> & { consultation?: Maybe<ResolversTypes['Consultation']> }>;
  CancelConsultationError: ResolverTypeWrapper<CancelConsultationError>;
  CancelConsultationErrorCode: CancelConsultationErrorCode;
  CancelConsultationInput: CancelConsultationInput;
  CancelConsultationPayload: ResolverTypeWrapper<Omit<CancelConsultationPayload, 'consultation'> & { consultation?: Maybe<ResolversTypes['Consultation']> }>;
  CenterService: ResolverTypeWrapper<CenterServiceRow>;
  Consultation: ResolverTypeWrapper<ConsultationRow>;
  ConsultationSlot: ResolverTypeWrapper<ConsultationSlotRow>;
  ConsultationSlotFilter: ConsultationSlotFilter;
  ConsultationStatus: ConsultationStatus;
  ConsultationTopic: ConsultationTopic;
  Date: ResolverTypeWrapper<Scalars['Date']['output']>;
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  DecideHiringIncentiveInput: DecideHiringIncentiveInput;
  DecideHiringIncentivePayload: ResolverTypeWrapper<Omit<DecideHiringIncentivePayload, 'application'> & { application?: Maybe<ResolversTypes['HiringIncentiveApplication']> }>;
  DistrictEmploymentCenter: ResolverTypeWrapper<CenterRow>;
  DistrictProgram: ResolverTypeWrapper<ProgramRow>;
  DistrictProgramRule: ResolverTypeWrapper<ProgramRuleRow>;
  DistrictProgramRuleKind: DistrictProgramRuleKind;
  Employer: ResolverTypeWrapper<EmployerParent>;
  EmploymentInsuranceRecord: ResolverTypeWrapper<InsuranceRecordParent>;
  Generation: Generation;
  HiringIncentiveApplication: ResolverTypeWrapper<IncentiveApplicationRow>;
  HiringIncentiveApplicationConnection: ResolverTypeWrapper<ApplicationConnectionParent>;
  HiringIncentiveApplicationEdge: ResolverTypeWrapper<Omit<HiringIncentiveApplicationEdge, 'node'> & { node: ResolversTypes['HiringIncentiveApplication'] }>;
  HiringIncentiveDecision: HiringIncentiveDecision;
  HiringIncentiveStatus: HiringIncentiveStatus;
  HiringIncentiveStatusChange: ResolverTypeWrapper<IncentiveEventRow>;
  HiringIncentiveTransitionError: ResolverTypeWrapper<HiringIncentiveTransitionError>;
  HiringIncentiveTransitionErrorCode: HiringIncentiveTransitionErrorCode;
  JobFair: ResolverTypeWrapper<JobFairRow>;
  JobFairCadence: JobFairCadence;
  JobFairKind: JobFairKind;
  JobFairRegistration: ResolverTypeWrapper<JobFairRegistrationRow>;
  MarkHiringIncentivePaidInput: MarkHiringIncentivePaidInput;
  MarkHiringIncentivePaidPayload: ResolverTypeWrapper<Omit<MarkHiringIncentivePaidPayload, 'application'> & { application?: Maybe<ResolversTypes['HiringIncentiveApplication']> }>;
  MeetingFrequency: MeetingFrequency;
  MeetingSchedule: ResolverTypeWrapper<MeetingSchedule>;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  Person: ResolverTypeWrapper<PersonParent>;
  Placement: ResolverTypeWrapper<PlacementRow>;
  PlacementConnection: ResolverTypeWrapper<PlacementConnectionParent>;
  PlacementEdge: ResolverTypeWrapper<Omit<PlacementEdge, 'node'> & { node: ResolversTypes['Placement'] }>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Region: ResolverTypeWrapper<RegionParent>;
  RegisterForJobFairError: ResolverTypeWrapper<RegisterForJobFairError>;
  RegisterForJobFairErrorCode: RegisterForJobFairErrorCode;
  RegisterForJobFairInput: RegisterForJobFairInput;
  RegisterForJobFairPayload: ResolverTypeWrapper<Omit<RegisterForJobFairPayload, 'registration'> & { registration?: Maybe<ResolversTypes['JobFairRegistration']> }>;
  ServicePlacementCount: ResolverTypeWrapper<Omit<ServicePlacementCount, 'service'> & { service: ResolversTypes['CenterService'] }>;
  Weekday: Weekday;
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
  ApplyForHiringIncentiveError: ApplyForHiringIncentiveError;
  ApplyForHiringIncentiveInput: ApplyForHiringIncentiveInput;
  ID: Scalars['ID']['output'];
  Int: Scalars['Int']['output'];
  ApplyForHiringIncentivePayload: Omit<ApplyForHiringIncentivePayload, 'application'> & { application?: Maybe<ResolversParentTypes['HiringIncentiveApplication']> };
  Award: CenterAwardRow;
  BookConsultationError: BookConsultationError;
  BookConsultationInput: BookConsultationInput;
  BookConsultationPayload: Omit<BookConsultationPayload, 'consultation'> & { consultation?: Maybe<ResolversParentTypes['Consultation']> };
  CancelConsultationError: CancelConsultationError;
  CancelConsultationInput: CancelConsultationInput;
  CancelConsultationPayload: Omit<CancelConsultationPayload, 'consultation'> & { consultation?: Maybe<ResolversParentTypes['Consultation']> };
  CenterService: CenterServiceRow;
  Consultation: ConsultationRow;
  ConsultationSlot: ConsultationSlotRow;
  ConsultationSlotFilter: ConsultationSlotFilter;
  Date: Scalars['Date']['output'];
  DateTime: Scalars['DateTime']['output'];
  DecideHiringIncentiveInput: DecideHiringIncentiveInput;
  DecideHiringIncentivePayload: Omit<DecideHiringIncentivePayload, 'application'> & { application?: Maybe<ResolversParentTypes['HiringIncentiveApplication']> };
  DistrictEmploymentCenter: CenterRow;
  DistrictProgram: ProgramRow;
  DistrictProgramRule: ProgramRuleRow;
  Employer: EmployerParent;
  EmploymentInsuranceRecord: InsuranceRecordParent;
  HiringIncentiveApplication: IncentiveApplicationRow;
  HiringIncentiveApplicationConnection: ApplicationConnectionParent;
  HiringIncentiveApplicationEdge: Omit<HiringIncentiveApplicationEdge, 'node'> & { node: ResolversParentTypes['HiringIncentiveApplication'] };
  HiringIncentiveStatusChange: IncentiveEventRow;
  HiringIncentiveTransitionError: HiringIncentiveTransitionError;
  JobFair: JobFairRow;
  JobFairRegistration: JobFairRegistrationRow;
  MarkHiringIncentivePaidInput: MarkHiringIncentivePaidInput;
  MarkHiringIncentivePaidPayload: Omit<MarkHiringIncentivePaidPayload, 'application'> & { application?: Maybe<ResolversParentTypes['HiringIncentiveApplication']> };
  MeetingSchedule: MeetingSchedule;
  Mutation: Record<PropertyKey, never>;
  PageInfo: PageInfo;
  Person: PersonParent;
  Placement: PlacementRow;
  PlacementConnection: PlacementConnectionParent;
  PlacementEdge: Omit<PlacementEdge, 'node'> & { node: ResolversParentTypes['Placement'] };
  Query: Record<PropertyKey, never>;
  Region: RegionParent;
  RegisterForJobFairError: RegisterForJobFairError;
  RegisterForJobFairInput: RegisterForJobFairInput;
  RegisterForJobFairPayload: Omit<RegisterForJobFairPayload, 'registration'> & { registration?: Maybe<ResolversParentTypes['JobFairRegistration']> };
  ServicePlacementCount: Omit<ServicePlacementCount, 'service'> & { service: ResolversParentTypes['CenterService'] };
  federation__FieldSet: Scalars['federation__FieldSet']['output'];
  federation__Policy: Scalars['federation__Policy']['output'];
  federation__Scope: Scalars['federation__Scope']['output'];
  link__Import: Scalars['link__Import']['output'];
  String: Scalars['String']['output'];
  Boolean: Scalars['Boolean']['output'];
};

export type AuthenticatedDirectiveArgs = { };

export type AuthenticatedDirectiveResolver<Result, Parent, ContextType = DistrictsContext, Args = AuthenticatedDirectiveArgs> = DirectiveResolverFn<Result, Parent, ContextType, Args>;

export type InaccessibleDirectiveArgs = { };

export type InaccessibleDirectiveResolver<Result, Parent, ContextType = DistrictsContext, Args = InaccessibleDirectiveArgs> = DirectiveResolverFn<Result, Parent, ContextType, Args>;

export type InterfaceObjectDirectiveArgs = { };

export type InterfaceObjectDirectiveResolver<Result, Parent, ContextType = DistrictsContext, Args = InterfaceObjectDirectiveArgs> = DirectiveResolverFn<Result, Parent, ContextType, Args>;

export type LinkDirectiveArgs = {
  as?: Maybe<Scalars['String']['input']>;
  for?: Maybe<Link__Purpose>;
  import?: Maybe<ReadonlyArray<Maybe<Scalars['link__Import']['input']>>>;
  url: Scalars['String']['input'];
};

export type LinkDirectiveResolver<Result, Parent, ContextType = DistrictsContext, Args = LinkDirectiveArgs> = DirectiveResolverFn<Result, Parent, ContextType, Args>;

export type OverrideDirectiveArgs = {
  from: Scalars['String']['input'];
  label?: Maybe<Scalars['String']['input']>;
};

export type OverrideDirectiveResolver<Result, Parent, ContextType = DistrictsContext, Args = OverrideDirectiveArgs> = DirectiveResolverFn<Result, Parent, ContextType, Args>;

export type PolicyDirectiveArgs = {
  policies: ReadonlyArray<ReadonlyArray<Scalars['federation__Policy']['input']>>;
};

export type PolicyDirectiveResolver<Result, Parent, ContextType = DistrictsContext, Args = PolicyDirectiveArgs> = DirectiveResolverFn<Result, Parent, ContextType, Args>;

export type RequiresScopesDirectiveArgs = {
  scopes: ReadonlyArray<ReadonlyArray<Scalars['federation__Scope']['input']>>;
};

export type RequiresScopesDirectiveResolver<Result, Parent, ContextType = DistrictsContext, Args = RequiresScopesDirectiveArgs> = DirectiveResolverFn<Result, Parent, ContextType, Args>;

export type ShareableDirectiveArgs = { };

export type ShareableDirectiveResolver<Result, Parent, ContextType = DistrictsContext, Args = ShareableDirectiveArgs> = DirectiveResolverFn<Result, Parent, ContextType, Args>;

export type TagDirectiveArgs = {
  name: Scalars['String']['input'];
};

export type TagDirectiveResolver<Result, Parent, ContextType = DistrictsContext, Args = TagDirectiveArgs> = DirectiveResolverFn<Result, Parent, ContextType, Args>;

export type ApplyForHiringIncentiveErrorResolvers<ContextType = DistrictsContext, ParentType extends ResolversParentTypes['ApplyForHiringIncentiveError'] = ResolversParentTypes['ApplyForHiringIncentiveError']> = {
  code?: Resolver<ResolversTypes['ApplyForHiringIncentiveErrorCode'], ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type ApplyForHiringIncentivePayloadResolvers<ContextType = DistrictsContext, ParentType extends ResolversParentTypes['ApplyForHiringIncentivePayload'] = ResolversParentTypes['ApplyForHiringIncentivePayload']> = {
  application?: Resolver<Maybe<ResolversTypes['HiringIncentiveApplication']>, ParentType, ContextType>;
  error?: Resolver<Maybe<ResolversTypes['ApplyForHiringIncentiveError']>, ParentType, ContextType>;
  ok?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type AwardResolvers<ContextType = DistrictsContext, ParentType extends ResolversParentTypes['Award'] = ResolversParentTypes['Award']> = {
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  nameEn?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  prize?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  prizeEn?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  year?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type BookConsultationErrorResolvers<ContextType = DistrictsContext, ParentType extends ResolversParentTypes['BookConsultationError'] = ResolversParentTypes['BookConsultationError']> = {
  code?: Resolver<ResolversTypes['BookConsultationErrorCode'], ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type BookConsultationPayloadResolvers<ContextType = DistrictsContext, ParentType extends ResolversParentTypes['BookConsultationPayload'] = ResolversParentTypes['BookConsultationPayload']> = {
  consultation?: Resolver<Maybe<ResolversTypes['Consultation']>, ParentType, ContextType>;
  error?: Resolver<Maybe<ResolversTypes['BookConsultationError']>, ParentType, ContextType>;
  ok?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type CancelConsultationErrorResolvers<ContextType = DistrictsContext, ParentType extends ResolversParentTypes['CancelConsultationError'] = ResolversParentTypes['CancelConsultationError']> = {
  code?: Resolver<ResolversTypes['CancelConsultationErrorCode'], ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type CancelConsultationPayloadResolvers<ContextType = DistrictsContext, ParentType extends ResolversParentTypes['CancelConsultationPayload'] = ResolversParentTypes['CancelConsultationPayload']> = {
  consultation?: Resolver<Maybe<ResolversTypes['Consultation']>, ParentType, ContextType>;
  error?: Resolver<Maybe<ResolversTypes['CancelConsultationError']>, ParentType, ContextType>;
  ok?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type CenterServiceResolvers<ContextType = DistrictsContext, ParentType extends ResolversParentTypes['CenterService'] = ResolversParentTypes['CenterService']> = {
  code?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  generation?: Resolver<ResolversTypes['Generation'], ParentType, ContextType>;
  maxAge?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  minAge?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  nameEn?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type ConsultationResolvers<ContextType = DistrictsContext, ParentType extends ResolversParentTypes['Consultation'] = ResolversParentTypes['Consultation']> = {
  bookedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  cancelledAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  note?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  person?: Resolver<ResolversTypes['Person'], ParentType, ContextType>;
  slot?: Resolver<ResolversTypes['ConsultationSlot'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['ConsultationStatus'], ParentType, ContextType>;
  topic?: Resolver<ResolversTypes['ConsultationTopic'], ParentType, ContextType>;
};

export type ConsultationSlotResolvers<ContextType = DistrictsContext, ParentType extends ResolversParentTypes['ConsultationSlot'] = ResolversParentTypes['ConsultationSlot']> = {
  available?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  booked?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  capacity?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  center?: Resolver<ResolversTypes['DistrictEmploymentCenter'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  service?: Resolver<ResolversTypes['CenterService'], ParentType, ContextType>;
  startsAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
};

export interface DateScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['Date'], any> {
  name: 'Date';
}

export interface DateTimeScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['DateTime'], any> {
  name: 'DateTime';
}

export type DecideHiringIncentivePayloadResolvers<ContextType = DistrictsContext, ParentType extends ResolversParentTypes['DecideHiringIncentivePayload'] = ResolversParentTypes['DecideHiringIncentivePayload']> = {
  application?: Resolver<Maybe<ResolversTypes['HiringIncentiveApplication']>, ParentType, ContextType>;
  error?: Resolver<Maybe<ResolversTypes['HiringIncentiveTransitionError']>, ParentType, ContextType>;
  ok?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type DistrictEmploymentCenterResolvers<ContextType = DistrictsContext, ParentType extends ResolversParentTypes['DistrictEmploymentCenter'] = ResolversParentTypes['DistrictEmploymentCenter'], FederationReferenceType extends FederationReferenceTypes['DistrictEmploymentCenter'] = FederationReferenceTypes['DistrictEmploymentCenter']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['DistrictEmploymentCenter']> | FederationReferenceType, FederationReferenceType, ContextType>;
  address?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  adoptedModelOf?: Resolver<Maybe<ResolversTypes['DistrictEmploymentCenter']>, ParentType, ContextType>;
  awards?: Resolver<ReadonlyArray<ResolversTypes['Award']>, ParentType, ContextType>;
  budgetSavedKrw?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  consultationSlots?: Resolver<ReadonlyArray<ResolversTypes['ConsultationSlot']>, ParentType, ContextType, RequireFields<DistrictEmploymentCenterConsultationSlotsArgs, 'from' | 'onlyAvailable' | 'to'>>;
  firstYearPlacements?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  jobFairCadence?: Resolver<Maybe<ResolversTypes['JobFairCadence']>, ParentType, ContextType>;
  jobFairCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType, RequireFields<DistrictEmploymentCenterJobFairCountArgs, 'year'>>;
  jobFairs?: Resolver<ReadonlyArray<ResolversTypes['JobFair']>, ParentType, ContextType, Partial<DistrictEmploymentCenterJobFairsArgs>>;
  meetingSchedule?: Resolver<Maybe<ResolversTypes['MeetingSchedule']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  nameEn?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  openedOn?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  operator?: Resolver<ResolversTypes['Agency'], ParentType, ContextType>;
  placements?: Resolver<ResolversTypes['PlacementConnection'], ParentType, ContextType, Partial<DistrictEmploymentCenterPlacementsArgs>>;
  placementsByService?: Resolver<ReadonlyArray<ResolversTypes['ServicePlacementCount']>, ParentType, ContextType, RequireFields<DistrictEmploymentCenterPlacementsByServiceArgs, 'from' | 'to'>>;
  region?: Resolver<ResolversTypes['Region'], ParentType, ContextType>;
  services?: Resolver<ReadonlyArray<ResolversTypes['CenterService']>, ParentType, ContextType>;
};

export type DistrictProgramResolvers<ContextType = DistrictsContext, ParentType extends ResolversParentTypes['DistrictProgram'] = ResolversParentTypes['DistrictProgram'], FederationReferenceType extends FederationReferenceTypes['DistrictProgram'] = FederationReferenceTypes['DistrictProgram']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['DistrictProgram']> | FederationReferenceType, FederationReferenceType, ContextType>;
  agency?: Resolver<ResolversTypes['Agency'], ParentType, ContextType>;
  center?: Resolver<ResolversTypes['DistrictEmploymentCenter'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  maxAmountPerHireKrw?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  maxMonths?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  monthlyAmountKrw?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  nameEn?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  region?: Resolver<ResolversTypes['Region'], ParentType, ContextType>;
  rules?: Resolver<ReadonlyArray<ResolversTypes['DistrictProgramRule']>, ParentType, ContextType>;
};

export type DistrictProgramRuleResolvers<ContextType = DistrictsContext, ParentType extends ResolversParentTypes['DistrictProgramRule'] = ResolversParentTypes['DistrictProgramRule']> = {
  description?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  descriptionEn?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['DistrictProgramRuleKind'], ParentType, ContextType>;
};

export type EmployerResolvers<ContextType = DistrictsContext, ParentType extends ResolversParentTypes['Employer'] = ResolversParentTypes['Employer'], FederationReferenceType extends FederationReferenceTypes['Employer'] = FederationReferenceTypes['Employer']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Employer']> | FederationReferenceType, FederationReferenceType, ContextType>;
  hiringIncentiveApplications?: Resolver<ReadonlyArray<ResolversTypes['HiringIncentiveApplication']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
};

export type EmploymentInsuranceRecordResolvers<ContextType = DistrictsContext, ParentType extends ResolversParentTypes['EmploymentInsuranceRecord'] = ResolversParentTypes['EmploymentInsuranceRecord']> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
};

export type HiringIncentiveApplicationResolvers<ContextType = DistrictsContext, ParentType extends ResolversParentTypes['HiringIncentiveApplication'] = ResolversParentTypes['HiringIncentiveApplication']> = {
  amountKrw?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  employer?: Resolver<ResolversTypes['Employer'], ParentType, ContextType>;
  hiredOn?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  monthsClaimed?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  person?: Resolver<ResolversTypes['Person'], ParentType, ContextType>;
  placement?: Resolver<Maybe<ResolversTypes['Placement']>, ParentType, ContextType>;
  program?: Resolver<ResolversTypes['DistrictProgram'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['HiringIncentiveStatus'], ParentType, ContextType>;
  statusHistory?: Resolver<ReadonlyArray<ResolversTypes['HiringIncentiveStatusChange']>, ParentType, ContextType>;
  submittedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
};

export type HiringIncentiveApplicationConnectionResolvers<ContextType = DistrictsContext, ParentType extends ResolversParentTypes['HiringIncentiveApplicationConnection'] = ResolversParentTypes['HiringIncentiveApplicationConnection']> = {
  edges?: Resolver<ReadonlyArray<ResolversTypes['HiringIncentiveApplicationEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type HiringIncentiveApplicationEdgeResolvers<ContextType = DistrictsContext, ParentType extends ResolversParentTypes['HiringIncentiveApplicationEdge'] = ResolversParentTypes['HiringIncentiveApplicationEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['HiringIncentiveApplication'], ParentType, ContextType>;
};

export type HiringIncentiveStatusChangeResolvers<ContextType = DistrictsContext, ParentType extends ResolversParentTypes['HiringIncentiveStatusChange'] = ResolversParentTypes['HiringIncentiveStatusChange']> = {
  at?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  note?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  staffId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['HiringIncentiveStatus'], ParentType, ContextType>;
};

export type HiringIncentiveTransitionErrorResolvers<ContextType = DistrictsContext, ParentType extends ResolversParentTypes['HiringIncentiveTransitionError'] = ResolversParentTypes['HiringIncentiveTransitionError']> = {
  code?: Resolver<ResolversTypes['HiringIncentiveTransitionErrorCode'], ParentType, ContextType>;
  currentStatus?: Resolver<ResolversTypes['HiringIncentiveStatus'], ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type JobFairResolvers<ContextType = DistrictsContext, ParentType extends ResolversParentTypes['JobFair'] = ResolversParentTypes['JobFair']> = {
  capacity?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  center?: Resolver<ResolversTypes['DistrictEmploymentCenter'], ParentType, ContextType>;
  date?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['JobFairKind'], ParentType, ContextType>;
  onSiteInterviews?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  participatingEmployers?: Resolver<ReadonlyArray<ResolversTypes['Employer']>, ParentType, ContextType>;
  registrationCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  registrationOpen?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  titleEn?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  venue?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  visitors?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
};

export type JobFairRegistrationResolvers<ContextType = DistrictsContext, ParentType extends ResolversParentTypes['JobFairRegistration'] = ResolversParentTypes['JobFairRegistration']> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  jobFair?: Resolver<ResolversTypes['JobFair'], ParentType, ContextType>;
  person?: Resolver<ResolversTypes['Person'], ParentType, ContextType>;
  registeredAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
};

export type MarkHiringIncentivePaidPayloadResolvers<ContextType = DistrictsContext, ParentType extends ResolversParentTypes['MarkHiringIncentivePaidPayload'] = ResolversParentTypes['MarkHiringIncentivePaidPayload']> = {
  application?: Resolver<Maybe<ResolversTypes['HiringIncentiveApplication']>, ParentType, ContextType>;
  error?: Resolver<Maybe<ResolversTypes['HiringIncentiveTransitionError']>, ParentType, ContextType>;
  ok?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type MeetingScheduleResolvers<ContextType = DistrictsContext, ParentType extends ResolversParentTypes['MeetingSchedule'] = ResolversParentTypes['MeetingSchedule']> = {
  frequency?: Resolver<ResolversTypes['MeetingFrequency'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  nameEn?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  weekday?: Resolver<ResolversTypes['Weekday'], ParentType, ContextType>;
};

export type MutationResolvers<ContextType = DistrictsContext, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = {
  applyForHiringIncentive?: Resolver<ResolversTypes['ApplyForHiringIncentivePayload'], ParentType, ContextType, RequireFields<MutationApplyForHiringIncentiveArgs, 'input'>>;
  bookConsultation?: Resolver<ResolversTypes['BookConsultationPayload'], ParentType, ContextType, RequireFields<MutationBookConsultationArgs, 'input'>>;
  cancelConsultation?: Resolver<ResolversTypes['CancelConsultationPayload'], ParentType, ContextType, RequireFields<MutationCancelConsultationArgs, 'input'>>;
  decideHiringIncentive?: Resolver<ResolversTypes['DecideHiringIncentivePayload'], ParentType, ContextType, RequireFields<MutationDecideHiringIncentiveArgs, 'input'>>;
  markHiringIncentivePaid?: Resolver<ResolversTypes['MarkHiringIncentivePaidPayload'], ParentType, ContextType, RequireFields<MutationMarkHiringIncentivePaidArgs, 'input'>>;
  registerForJobFair?: Resolver<ResolversTypes['RegisterForJobFairPayload'], ParentType, ContextType, RequireFields<MutationRegisterForJobFairArgs, 'input'>>;
};

export type PageInfoResolvers<ContextType = DistrictsContext, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = {
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  hasPreviousPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  startCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type PersonResolvers<ContextType = DistrictsContext, ParentType extends ResolversParentTypes['Person'] = ResolversParentTypes['Person'], FederationReferenceType extends FederationReferenceTypes['Person'] = FederationReferenceTypes['Person']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Person']> | FederationReferenceType, FederationReferenceType, ContextType>;
  consultations?: Resolver<ReadonlyArray<ResolversTypes['Consultation']>, ParentType, ContextType>;
  hiringIncentiveApplications?: Resolver<ReadonlyArray<ResolversTypes['HiringIncentiveApplication']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  jobFairRegistrations?: Resolver<ReadonlyArray<ResolversTypes['JobFairRegistration']>, ParentType, ContextType>;
  placements?: Resolver<ReadonlyArray<ResolversTypes['Placement']>, ParentType, ContextType>;
};

export type PlacementResolvers<ContextType = DistrictsContext, ParentType extends ResolversParentTypes['Placement'] = ResolversParentTypes['Placement']> = {
  center?: Resolver<ResolversTypes['DistrictEmploymentCenter'], ParentType, ContextType>;
  employer?: Resolver<ResolversTypes['Employer'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  insuranceRecord?: Resolver<ResolversTypes['EmploymentInsuranceRecord'], ParentType, ContextType>;
  person?: Resolver<ResolversTypes['Person'], ParentType, ContextType>;
  placedOn?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  service?: Resolver<ResolversTypes['CenterService'], ParentType, ContextType>;
};

export type PlacementConnectionResolvers<ContextType = DistrictsContext, ParentType extends ResolversParentTypes['PlacementConnection'] = ResolversParentTypes['PlacementConnection']> = {
  edges?: Resolver<ReadonlyArray<ResolversTypes['PlacementEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type PlacementEdgeResolvers<ContextType = DistrictsContext, ParentType extends ResolversParentTypes['PlacementEdge'] = ResolversParentTypes['PlacementEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Placement'], ParentType, ContextType>;
};

export type QueryResolvers<ContextType = DistrictsContext, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = {
  consultationSlots?: Resolver<ReadonlyArray<ResolversTypes['ConsultationSlot']>, ParentType, ContextType, RequireFields<QueryConsultationSlotsArgs, 'filter'>>;
  districtEmploymentCenter?: Resolver<Maybe<ResolversTypes['DistrictEmploymentCenter']>, ParentType, ContextType, RequireFields<QueryDistrictEmploymentCenterArgs, 'id'>>;
  districtEmploymentCenters?: Resolver<ReadonlyArray<ResolversTypes['DistrictEmploymentCenter']>, ParentType, ContextType>;
  districtProgram?: Resolver<Maybe<ResolversTypes['DistrictProgram']>, ParentType, ContextType, RequireFields<QueryDistrictProgramArgs, 'id'>>;
  districtPrograms?: Resolver<ReadonlyArray<ResolversTypes['DistrictProgram']>, ParentType, ContextType>;
  hiringIncentiveApplication?: Resolver<Maybe<ResolversTypes['HiringIncentiveApplication']>, ParentType, ContextType, RequireFields<QueryHiringIncentiveApplicationArgs, 'id'>>;
  hiringIncentiveApplications?: Resolver<ResolversTypes['HiringIncentiveApplicationConnection'], ParentType, ContextType, RequireFields<QueryHiringIncentiveApplicationsArgs, 'programId'>>;
  jobFair?: Resolver<Maybe<ResolversTypes['JobFair']>, ParentType, ContextType, RequireFields<QueryJobFairArgs, 'id'>>;
  jobFairs?: Resolver<ReadonlyArray<ResolversTypes['JobFair']>, ParentType, ContextType, Partial<QueryJobFairsArgs>>;
};

export type RegionResolvers<ContextType = DistrictsContext, ParentType extends ResolversParentTypes['Region'] = ResolversParentTypes['Region'], FederationReferenceType extends FederationReferenceTypes['Region'] = FederationReferenceTypes['Region']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Region']> | FederationReferenceType, FederationReferenceType, ContextType>;
  code?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  districtEmploymentCenters?: Resolver<ReadonlyArray<ResolversTypes['DistrictEmploymentCenter']>, ParentType, ContextType>;
  districtPrograms?: Resolver<ReadonlyArray<ResolversTypes['DistrictProgram']>, ParentType, ContextType>;
};

export type RegisterForJobFairErrorResolvers<ContextType = DistrictsContext, ParentType extends ResolversParentTypes['RegisterForJobFairError'] = ResolversParentTypes['RegisterForJobFairError']> = {
  code?: Resolver<ResolversTypes['RegisterForJobFairErrorCode'], ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type RegisterForJobFairPayloadResolvers<ContextType = DistrictsContext, ParentType extends ResolversParentTypes['RegisterForJobFairPayload'] = ResolversParentTypes['RegisterForJobFairPayload']> = {
  error?: Resolver<Maybe<ResolversTypes['RegisterForJobFairError']>, ParentType, ContextType>;
  ok?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  registration?: Resolver<Maybe<ResolversTypes['JobFairRegistration']>, ParentType, ContextType>;
};

export type ServicePlacementCountResolvers<ContextType = DistrictsContext, ParentType extends ResolversParentTypes['ServicePlacementCount'] = ResolversParentTypes['ServicePlacementCount']> = {
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  service?: Resolver<ResolversTypes['CenterService'], ParentType, ContextType>;
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

export type Resolvers<ContextType = DistrictsContext> = {
  ApplyForHiringIncentiveError?: ApplyForHiringIncentiveErrorResolvers<ContextType>;
  ApplyForHiringIncentivePayload?: ApplyForHiringIncentivePayloadResolvers<ContextType>;
  Award?: AwardResolvers<ContextType>;
  BookConsultationError?: BookConsultationErrorResolvers<ContextType>;
  BookConsultationPayload?: BookConsultationPayloadResolvers<ContextType>;
  CancelConsultationError?: CancelConsultationErrorResolvers<ContextType>;
  CancelConsultationPayload?: CancelConsultationPayloadResolvers<ContextType>;
  CenterService?: CenterServiceResolvers<ContextType>;
  Consultation?: ConsultationResolvers<ContextType>;
  ConsultationSlot?: ConsultationSlotResolvers<ContextType>;
  Date?: GraphQLScalarType;
  DateTime?: GraphQLScalarType;
  DecideHiringIncentivePayload?: DecideHiringIncentivePayloadResolvers<ContextType>;
  DistrictEmploymentCenter?: DistrictEmploymentCenterResolvers<ContextType>;
  DistrictProgram?: DistrictProgramResolvers<ContextType>;
  DistrictProgramRule?: DistrictProgramRuleResolvers<ContextType>;
  Employer?: EmployerResolvers<ContextType>;
  EmploymentInsuranceRecord?: EmploymentInsuranceRecordResolvers<ContextType>;
  HiringIncentiveApplication?: HiringIncentiveApplicationResolvers<ContextType>;
  HiringIncentiveApplicationConnection?: HiringIncentiveApplicationConnectionResolvers<ContextType>;
  HiringIncentiveApplicationEdge?: HiringIncentiveApplicationEdgeResolvers<ContextType>;
  HiringIncentiveStatusChange?: HiringIncentiveStatusChangeResolvers<ContextType>;
  HiringIncentiveTransitionError?: HiringIncentiveTransitionErrorResolvers<ContextType>;
  JobFair?: JobFairResolvers<ContextType>;
  JobFairRegistration?: JobFairRegistrationResolvers<ContextType>;
  MarkHiringIncentivePaidPayload?: MarkHiringIncentivePaidPayloadResolvers<ContextType>;
  MeetingSchedule?: MeetingScheduleResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  Person?: PersonResolvers<ContextType>;
  Placement?: PlacementResolvers<ContextType>;
  PlacementConnection?: PlacementConnectionResolvers<ContextType>;
  PlacementEdge?: PlacementEdgeResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  Region?: RegionResolvers<ContextType>;
  RegisterForJobFairError?: RegisterForJobFairErrorResolvers<ContextType>;
  RegisterForJobFairPayload?: RegisterForJobFairPayloadResolvers<ContextType>;
  ServicePlacementCount?: ServicePlacementCountResolvers<ContextType>;
  federation__FieldSet?: GraphQLScalarType;
  federation__Policy?: GraphQLScalarType;
  federation__Scope?: GraphQLScalarType;
  link__Import?: GraphQLScalarType;
};

export type DirectiveResolvers<ContextType = DistrictsContext> = {
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
