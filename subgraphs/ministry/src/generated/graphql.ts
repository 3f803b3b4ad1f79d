import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { RegionParent } from '../graphql/regions/region-parent.js';
import type { PersonParent, EmployerReference } from '../graphql/people/person.js';
import type { IndustryRow, CenterRow, StrategyRow, StrategyLineRow, TargetIndustryRow, ConsortiumMemberRow, CounselorRow, NetworkRow, NetworkPhaseRow, ProgramRow, PackageComponentRow, InsuranceRecordRow, CaseFileRow } from '../db/schema.js';
import type { DistrictCenterParent } from '../graphql/centers/district-center.js';
import type { ProgramReference } from '../graphql/programs/program-reference.js';
import type { StageChangeParent, NoteParent, ActionParent, ReferralParent } from '../graphql/case-files/parents.js';
import type { CaseFilePage } from '../graphql/case-files/connection.js';
import type { MinistryContext } from '../graphql/context.js';
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

export type AddCaseNoteInput = {
  /** 1–4,000 characters; never a resident registration number. */
  readonly body: Scalars['String']['input'];
  readonly caseFileId: Scalars['ID']['input'];
  readonly expectedVersion: Scalars['Int']['input'];
};

export type AddCaseNotePayload = {
  readonly __typename?: 'AddCaseNotePayload';
  /** The file after the change; when refused, the file as it stands. */
  readonly caseFile: Maybe<CaseFile>;
  readonly error: Maybe<CaseFileChangeError>;
  readonly note: Maybe<CaseNote>;
  readonly ok: Scalars['Boolean']['output'];
};

export type AdvanceCaseStageError = {
  readonly __typename?: 'AdvanceCaseStageError';
  readonly code: AdvanceCaseStageErrorCode;
  readonly message: Scalars['String']['output'];
};

export type AdvanceCaseStageErrorCode =
  | 'CASE_CLOSED'
  /** The transition rules do not allow this move. */
  | 'INVALID_TRANSITION'
  /** No acquisition of this person on or after the file was opened has that id. */
  | 'PLACEMENT_NOT_FOUND'
  /** PLACED needs a placement record. */
  | 'PLACEMENT_REQUIRED';

export type AdvanceCaseStageInput = {
  readonly caseFileId: Scalars['ID']['input'];
  /** The file's version the counselor saw; a file changed since is refused with CONFLICT. */
  readonly expectedVersion: Scalars['Int']['input'];
  /** The employment-insurance acquisition that proves the placement; only for PLACED. */
  readonly placementRecordId?: InputMaybe<Scalars['ID']['input']>;
  readonly to: CaseStage;
};

export type AdvanceCaseStagePayload = {
  readonly __typename?: 'AdvanceCaseStagePayload';
  /** The file after the change; when refused, the file as it stands. */
  readonly caseFile: Maybe<CaseFile>;
  readonly error: Maybe<AdvanceCaseStageError>;
  readonly ok: Scalars['Boolean']['output'];
};

/** The public bodies whose services the graph joins. */
export type Agency =
  | 'AUTONOMOUS_DISTRICT'
  | 'MINISTRY_OF_EMPLOYMENT_AND_LABOR'
  | 'SEOUL_50PLUS_FOUNDATION'
  | 'SEOUL_METROPOLITAN_GOVERNMENT';

export type CaseClosureReason =
  /** Follow-up after placement is over. */
  | 'COMPLETED'
  | 'NO_CONTACT'
  | 'TRANSFERRED'
  | 'WITHDREW';

/**
 * A job seeker's case file at a network center: stages, notes, next actions, referrals and the
 * placement. It holds the personal data the counselor needs, and nothing more; the job seeker sees
 * their own file, except the counselors' notes.
 */
export type CaseFile = {
  readonly __typename?: 'CaseFile';
  readonly birthDate: Scalars['Date']['output'];
  readonly center: NationalEmploymentCenter;
  readonly closedOn: Maybe<Scalars['Date']['output']>;
  readonly closureReason: Maybe<CaseClosureReason>;
  /** The counselor in charge. */
  readonly counselor: Counselor;
  readonly id: Scalars['ID']['output'];
  readonly name: Scalars['String']['output'];
  /** Next actions by due date, open ones first. */
  readonly nextActions: ReadonlyArray<NextAction>;
  /** The stages the file may move to next, by the transition rules; none once closed. */
  readonly nextStages: ReadonlyArray<CaseStage>;
  /**
   * The counselors' working notes, newest first: internal to the Ministry, so null (with a
   * FORBIDDEN error) for the job seeker.
   */
  readonly notes: Maybe<ReadonlyArray<CaseNote>>;
  readonly openedOn: Scalars['Date']['output'];
  readonly person: Person;
  readonly phone: Scalars['String']['output'];
  /** The employment-insurance acquisition that proves the placement, from PLACED on. */
  readonly placement: Maybe<EmploymentInsuranceRecord>;
  /** Referrals, oldest first. */
  readonly referrals: ReadonlyArray<CaseReferral>;
  /** The sigungu of the registered address. */
  readonly residenceRegion: Region;
  readonly stage: CaseStage;
  readonly stageChangedOn: Scalars['Date']['output'];
  /** Every stage the file has been in, oldest first. */
  readonly stageHistory: ReadonlyArray<CaseStageChange>;
  /** Raised by one with every change; a change names the version it was made on. */
  readonly version: Scalars['Int']['output'];
};

export type CaseFileChangeError = {
  readonly __typename?: 'CaseFileChangeError';
  readonly code: CaseFileChangeErrorCode;
  readonly message: Scalars['String']['output'];
};

export type CaseFileChangeErrorCode =
  | 'CASE_CLOSED';

export type CaseFileConnection = {
  readonly __typename?: 'CaseFileConnection';
  readonly edges: ReadonlyArray<CaseFileEdge>;
  readonly pageInfo: PageInfo;
  /** Files matching the arguments, across all pages. */
  readonly totalCount: Scalars['Int']['output'];
};

export type CaseFileEdge = {
  readonly __typename?: 'CaseFileEdge';
  readonly cursor: Scalars['String']['output'];
  readonly node: CaseFile;
};

export type CaseNote = {
  readonly __typename?: 'CaseNote';
  /** The counselor who wrote it; null when an administrator did. */
  readonly author: Maybe<Counselor>;
  readonly body: Scalars['String']['output'];
  readonly id: Scalars['ID']['output'];
  readonly writtenAt: Scalars['DateTime']['output'];
};

/**
 * A referral to another service: exactly one of `program`, `ministryProgram` and
 * `employmentCenter` is set.
 */
export type CaseReferral = {
  readonly __typename?: 'CaseReferral';
  /** Another employment center, national or district. */
  readonly employmentCenter: Maybe<EmploymentCenter>;
  readonly id: Scalars['ID']['output'];
  /** One of the Ministry's own programmes. */
  readonly ministryProgram: Maybe<MinistryProgram>;
  readonly note: Maybe<Scalars['String']['output']>;
  /** Another agency's programme (the city's, the 50Plus Foundation's or a district's). */
  readonly program: Maybe<Program>;
  /** The counselor who referred; null when an administrator did. */
  readonly referredBy: Maybe<Counselor>;
  readonly referredOn: Scalars['Date']['output'];
};

export type CaseStage =
  | 'DIAGNOSIS'
  | 'FOLLOW_UP'
  | 'INTAKE'
  | 'JOB_SEARCH'
  | 'PLACED'
  | 'PLAN'
  | 'TRAINING';

export type CaseStageChange = {
  readonly __typename?: 'CaseStageChange';
  /** Who recorded it; null for changes recorded before this system and for an administrator's. */
  readonly counselor: Maybe<Counselor>;
  readonly enteredOn: Scalars['Date']['output'];
  readonly stage: CaseStage;
};

export type CityProgram = Program & {
  readonly __typename?: 'CityProgram';
  readonly agency: Agency;
  readonly id: Scalars['ID']['output'];
  readonly name: Scalars['String']['output'];
  readonly nameEn: Scalars['String']['output'];
};

export type CloseCaseFileInput = {
  readonly caseFileId: Scalars['ID']['input'];
  readonly expectedVersion: Scalars['Int']['input'];
  readonly reason: CaseClosureReason;
};

export type CloseCaseFilePayload = {
  readonly __typename?: 'CloseCaseFilePayload';
  /** The file after the change; when refused, the file as it stands. */
  readonly caseFile: Maybe<CaseFile>;
  readonly error: Maybe<CaseFileChangeError>;
  readonly ok: Scalars['Boolean']['output'];
};

export type CompleteNextActionInput = {
  readonly caseFileId: Scalars['ID']['input'];
  readonly expectedVersion: Scalars['Int']['input'];
  readonly nextActionId: Scalars['ID']['input'];
};

export type CompleteNextActionPayload = {
  readonly __typename?: 'CompleteNextActionPayload';
  /** The file after the change; when refused, the file as it stands. */
  readonly caseFile: Maybe<CaseFile>;
  readonly error: Maybe<NextActionError>;
  readonly nextAction: Maybe<NextAction>;
  readonly ok: Scalars['Boolean']['output'];
};

export type ConsortiumMember = {
  readonly __typename?: 'ConsortiumMember';
  readonly kind: ConsortiumMemberKind;
  readonly name: Scalars['String']['output'];
  readonly nameEn: Scalars['String']['output'];
  readonly region: Region;
};

export type ConsortiumMemberKind =
  | 'EMPLOYMENT_CENTER'
  | 'LOCAL_GOVERNMENT'
  /** Mid-career Tomorrow Center (중장년내일센터). */
  | 'MID_CAREER_SUPPORT_CENTER'
  /** Korea Polytechnic (한국폴리텍대학) campus. */
  | 'POLYTECHNIC_COLLEGE'
  /** Women's Re-employment Center (여성새로일하기센터). */
  | 'WOMENS_REEMPLOYMENT_CENTER';

/** A case-management counselor at a national employment center. */
export type Counselor = {
  readonly __typename?: 'Counselor';
  readonly center: NationalEmploymentCenter;
  readonly id: Scalars['ID']['output'];
  readonly name: Scalars['String']['output'];
};

export type DistrictEmploymentCenter = EmploymentCenter & {
  readonly __typename?: 'DistrictEmploymentCenter';
  readonly address: Scalars['String']['output'];
  /**
   * People living in the center's sigungu who started a job (acquired employment insurance) in the
   * center's first year, from `openedOn` to the day before its first anniversary.
   */
  readonly firstYearEmploymentStarts: Scalars['Int']['output'];
  readonly firstYearPlacements: Scalars['Int']['output'];
  /**
   * The center's first-year placements as a share (0–1) of all employment starts of its sigungu in
   * that year; 0 when there were no starts.
   */
  readonly firstYearShareOfLocalEmployment: Scalars['Float']['output'];
  readonly id: Scalars['ID']['output'];
  readonly name: Scalars['String']['output'];
  readonly nameEn: Scalars['String']['output'];
  readonly openedOn: Scalars['Date']['output'];
  readonly operator: Agency;
  readonly region: Region;
};

export type DistrictProgram = Program & {
  readonly __typename?: 'DistrictProgram';
  readonly agency: Agency;
  readonly id: Scalars['ID']['output'];
  readonly name: Scalars['String']['output'];
  readonly nameEn: Scalars['String']['output'];
};

export type Employer = {
  readonly __typename?: 'Employer';
  readonly id: Scalars['ID']['output'];
};

/** A public employment center, national (`moel-…`, the Ministry's) or district (`dc-…`). */
export type EmploymentCenter = {
  readonly address: Scalars['String']['output'];
  readonly id: Scalars['ID']['output'];
  /** The Korean name. */
  readonly name: Scalars['String']['output'];
  readonly nameEn: Scalars['String']['output'];
  readonly operator: Agency;
  readonly region: Region;
};

/**
 * An employment-insurance acquisition (피보험자격 취득) and its loss: when a person started, and
 * stopped, work with an employer. The national source other agencies' placements point to. Personal
 * data: seen by the insured person and by the Ministry's staff (each staff read recorded).
 */
export type EmploymentInsuranceRecord = {
  readonly __typename?: 'EmploymentInsuranceRecord';
  readonly acquiredOn: Scalars['Date']['output'];
  /** Days insured: from `acquiredOn` to the day before `lostOn`, or to today while insured. */
  readonly employedDays: Scalars['Int']['output'];
  readonly employer: Employer;
  readonly id: Scalars['ID']['output'];
  readonly industry: IndustrySection;
  /** The loss date, the first day without cover; null while insured. */
  readonly lostOn: Maybe<Scalars['Date']['output']>;
  readonly person: Person;
  /** Where the person lived, by the code valid on the day of acquisition. */
  readonly residenceRegion: Region;
  readonly workplaceRegion: Region;
};

export type FiftyPlusProgram = Program & {
  readonly __typename?: 'FiftyPlusProgram';
  readonly agency: Agency;
  readonly id: Scalars['ID']['output'];
  readonly name: Scalars['String']['output'];
  readonly nameEn: Scalars['String']['output'];
};

/** A section of the Korean Standard Industrial Classification (KSIC), e.g. `C` manufacturing. */
export type IndustrySection = {
  readonly __typename?: 'IndustrySection';
  readonly code: Scalars['ID']['output'];
  readonly name: Scalars['String']['output'];
  readonly nameEn: Scalars['String']['output'];
};

/**
 * The Mid-career Employment Network: a regional consortium around the Ministry's employment
 * centers giving case-managed services to job seekers aged 50 and over.
 */
export type MidCareerNetwork = {
  readonly __typename?: 'MidCareerNetwork';
  /** The network's centers in this graph. */
  readonly centers: ReadonlyArray<NationalEmploymentCenter>;
  /** The age from which a job seeker gets the network's case-managed services. */
  readonly minimumAge: Scalars['Int']['output'];
  readonly name: Scalars['String']['output'];
  readonly nameEn: Scalars['String']['output'];
  /** The package the network's centers deliver. */
  readonly package: MinistryProgram;
  /** The network's years: the pilot, then the nationwide roll-out. */
  readonly phases: ReadonlyArray<NetworkPhase>;
};

/** A programme or package of the Ministry of Employment and Labor (`moel-…`). */
export type MinistryProgram = {
  readonly __typename?: 'MinistryProgram';
  readonly agency: Agency;
  readonly area: MinistryProgramArea;
  /** What a package bundles, in order; empty for a single programme. */
  readonly components: ReadonlyArray<PackageComponent>;
  readonly id: Scalars['ID']['output'];
  readonly kind: MinistryProgramKind;
  /** The Korean name. */
  readonly name: Scalars['String']['output'];
  readonly nameEn: Scalars['String']['output'];
};

export type MinistryProgramArea =
  /** Available everywhere in Korea. */
  | 'NATIONAL'
  /** Delivered where a center of the mid-career employment network serves. */
  | 'NETWORK';

export type MinistryProgramKind =
  /** A bundle of services, each named as a component. */
  | 'PACKAGE'
  | 'PROGRAM';

export type Mutation = {
  readonly __typename?: 'Mutation';
  /** Adds a dated note to a file. Counselor operation (the file's center, or an admin). */
  readonly addCaseNote: AddCaseNotePayload;
  /**
   * Moves a file to another stage by the transition rules; PLACED needs the employment-insurance
   * acquisition that proves the placement. Counselor operation (the file's center, or an admin).
   */
  readonly advanceCaseStage: AdvanceCaseStagePayload;
  /**
   * Closes a file; a closed file no longer changes, and the person may have a new one opened.
   * Counselor operation (the file's center, or an admin).
   */
  readonly closeCaseFile: CloseCaseFilePayload;
  /** Marks a next action done today. Counselor operation (the file's center, or an admin). */
  readonly completeNextAction: CompleteNextActionPayload;
  /**
   * Opens a case file for a job seeker aged 50 or over on the day, with the calling counselor in
   * charge; only a counselor of the center can. Refused with a typed error for someone younger, or
   * when the person already has an open file at the center.
   */
  readonly openCaseFile: OpenCaseFilePayload;
  /**
   * Refers the job seeker to a programme (any agency's) or to another employment center. Counselor
   * operation (the file's center, or an admin).
   */
  readonly referCase: ReferCasePayload;
  /**
   * Sets a next action with its due date, or changes an open one. Counselor operation (the file's
   * center, or an admin).
   */
  readonly setNextAction: SetNextActionPayload;
};


export type MutationAddCaseNoteArgs = {
  input: AddCaseNoteInput;
};


export type MutationAdvanceCaseStageArgs = {
  input: AdvanceCaseStageInput;
};


export type MutationCloseCaseFileArgs = {
  input: CloseCaseFileInput;
};


export type MutationCompleteNextActionArgs = {
  input: CompleteNextActionInput;
};


export type MutationOpenCaseFileArgs = {
  input: OpenCaseFileInput;
};


export type MutationReferCaseArgs = {
  input: ReferCaseInput;
};


export type MutationSetNextActionArgs = {
  input: SetNextActionInput;
};

/** One of the Ministry's employment centers (고용센터) in the mid-career employment network. */
export type NationalEmploymentCenter = EmploymentCenter & {
  readonly __typename?: 'NationalEmploymentCenter';
  /** Postal address, to the sigungu. */
  readonly address: Scalars['String']['output'];
  /** The bodies in the center's regional consortium, the center itself first. */
  readonly consortium: ReadonlyArray<ConsortiumMember>;
  /** The center's case-management counselors. */
  readonly counselors: ReadonlyArray<Counselor>;
  readonly id: Scalars['ID']['output'];
  /** The Korean name. */
  readonly name: Scalars['String']['output'];
  readonly nameEn: Scalars['String']['output'];
  readonly operator: Agency;
  readonly region: Region;
  /** The sigungu the center serves (관할 구역). */
  readonly serviceArea: ReadonlyArray<Region>;
  /** The regional strategy the center runs, alone or jointly with neighbouring centers. */
  readonly strategy: RegionalStrategy;
};

export type NetworkPhase = {
  readonly __typename?: 'NetworkPhase';
  /** Whether the count was announced as approximate ("about 40"). */
  readonly approximate: Scalars['Boolean']['output'];
  /** Employment centers running the network that year. */
  readonly employmentCenters: Scalars['Int']['output'];
  readonly kind: NetworkPhaseKind;
  readonly year: Scalars['Int']['output'];
};

export type NetworkPhaseKind =
  | 'NATIONWIDE'
  | 'PILOT';

export type NextAction = {
  readonly __typename?: 'NextAction';
  readonly description: Scalars['String']['output'];
  readonly done: Scalars['Boolean']['output'];
  /** The counselor who marked it done; null while open, or when an administrator did. */
  readonly doneBy: Maybe<Counselor>;
  readonly doneOn: Maybe<Scalars['Date']['output']>;
  readonly dueOn: Scalars['Date']['output'];
  readonly id: Scalars['ID']['output'];
  /** The counselor who set it; null when an administrator did. */
  readonly setBy: Maybe<Counselor>;
};

export type NextActionError = {
  readonly __typename?: 'NextActionError';
  readonly code: NextActionErrorCode;
  readonly message: Scalars['String']['output'];
};

export type NextActionErrorCode =
  /** The action is done already. */
  | 'ALREADY_DONE'
  | 'CASE_CLOSED';

export type OpenCaseFileError = {
  readonly __typename?: 'OpenCaseFileError';
  readonly code: OpenCaseFileErrorCode;
  readonly message: Scalars['String']['output'];
};

export type OpenCaseFileErrorCode =
  /** The person already has an open file at this center. */
  | 'ALREADY_OPEN'
  /** Younger than the network's minimum age today. */
  | 'UNDER_MINIMUM_AGE';

/** A file the calling counselor opens at their center and takes charge of. */
export type OpenCaseFileInput = {
  readonly birthDate: Scalars['Date']['input'];
  /** The calling counselor's own center. */
  readonly centerId: Scalars['ID']['input'];
  /** The job seeker's integrated-membership id (the person the file is about, not the caller). */
  readonly memberId: Scalars['ID']['input'];
  /** The name as on the job seeker's ID (1–50 characters). */
  readonly name: Scalars['String']['input'];
  /** A Korean mobile number, e.g. 010-1234-5678. */
  readonly phone: Scalars['String']['input'];
  /** The sigungu code of the registered address, valid today. */
  readonly residenceRegionCode: Scalars['ID']['input'];
};

export type OpenCaseFilePayload = {
  readonly __typename?: 'OpenCaseFilePayload';
  readonly caseFile: Maybe<CaseFile>;
  readonly error: Maybe<OpenCaseFileError>;
  readonly ok: Scalars['Boolean']['output'];
};

export type PackageComponent = {
  readonly __typename?: 'PackageComponent';
  readonly kind: PackageComponentKind;
  readonly name: Scalars['String']['output'];
  readonly nameEn: Scalars['String']['output'];
  /** The programme that delivers the component, where there is one. */
  readonly program: Maybe<MinistryProgram>;
};

export type PackageComponentKind =
  | 'CAREER_DESIGN'
  | 'EMPLOYER_INCENTIVE'
  | 'JOB_EXPERIENCE'
  | 'PLACEMENT'
  | 'SEEKER_INCENTIVE'
  | 'TRAINING';

export type PageInfo = {
  readonly __typename?: 'PageInfo';
  readonly endCursor: Maybe<Scalars['String']['output']>;
  readonly hasNextPage: Scalars['Boolean']['output'];
  readonly hasPreviousPage: Scalars['Boolean']['output'];
  readonly startCursor: Maybe<Scalars['String']['output']>;
};

export type Person = {
  readonly __typename?: 'Person';
  /**
   * The person's case files at the network's centers, most recently opened first; seen by the person
   * and by the Ministry's counselors (each counselor's read recorded).
   */
  readonly caseFiles: ReadonlyArray<CaseFile>;
  /**
   * The person's employment-insurance records, oldest acquisition first; seen by the person and by
   * the Ministry's staff (each staff read recorded).
   */
  readonly employmentInsuranceRecords: ReadonlyArray<EmploymentInsuranceRecord>;
  readonly id: Scalars['ID']['output'];
};

export type Program = {
  readonly agency: Agency;
  readonly id: Scalars['ID']['output'];
  /** The Korean name. */
  readonly name: Scalars['String']['output'];
  readonly nameEn: Scalars['String']['output'];
};

export type Query = {
  readonly __typename?: 'Query';
  /**
   * A case file by id: it holds the job seeker's personal data. Seen by the job seeker themself and
   * by the Ministry's counselors (each counselor's read recorded, with its reason).
   */
  readonly caseFile: Maybe<CaseFile>;
  /**
   * A center's case files, most recently opened first, optionally of one stage or of one counselor
   * in charge. For the Ministry's counselors (any center's), each person listed recorded in the
   * access log. `first` is 1–100 (default 20); `after` is a cursor from this connection.
   */
  readonly caseFiles: CaseFileConnection;
  /**
   * An employment center by id, national (`moel-…`) or district (`dc-…`). A district center's id is
   * passed on to the districts subgraph, which holds it; an id with neither prefix finds nothing.
   */
  readonly employmentCenter: Maybe<EmploymentCenter>;
  /** An employment-insurance record by id: seen by the insured person and by the Ministry's staff. */
  readonly employmentInsuranceRecord: Maybe<EmploymentInsuranceRecord>;
  /**
   * How many different people living in a region acquired employment insurance (started a job)
   * between two dates, both included. A sido counts its sigungu; a renumbered region counts under
   * its old and new codes (Iksan `45140` until 2024-01-17, `52140` since).
   */
  readonly employmentStarts: Scalars['Int']['output'];
  /** The Mid-career Employment Network (중장년 고용 네트워크) and its figures. */
  readonly midCareerNetwork: MidCareerNetwork;
  readonly ministryProgram: Maybe<MinistryProgram>;
  /** The Ministry's programmes and packages that the network's centers connect people to. */
  readonly ministryPrograms: ReadonlyArray<MinistryProgram>;
  /** The Ministry's employment centers in the mid-career employment network, in id order. */
  readonly nationalEmploymentCenters: ReadonlyArray<NationalEmploymentCenter>;
};


export type QueryCaseFileArgs = {
  id: Scalars['ID']['input'];
};


export type QueryCaseFilesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  centerId: Scalars['ID']['input'];
  counselorId?: InputMaybe<Scalars['ID']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  includeClosed?: InputMaybe<Scalars['Boolean']['input']>;
  stage?: InputMaybe<CaseStage>;
};


export type QueryEmploymentCenterArgs = {
  id: Scalars['ID']['input'];
};


export type QueryEmploymentInsuranceRecordArgs = {
  id: Scalars['ID']['input'];
};


export type QueryEmploymentStartsArgs = {
  from: Scalars['Date']['input'];
  region: Scalars['ID']['input'];
  to: Scalars['Date']['input'];
};


export type QueryMinistryProgramArgs = {
  id: Scalars['ID']['input'];
};

export type ReferCaseInput = {
  readonly caseFileId: Scalars['ID']['input'];
  /** Another national (`moel-…`) or district (`dc-…`) center. */
  readonly employmentCenterId?: InputMaybe<Scalars['ID']['input']>;
  readonly expectedVersion: Scalars['Int']['input'];
  /** At most 1,000 characters. */
  readonly note?: InputMaybe<Scalars['String']['input']>;
  /**
   * A programme of any agency (`seoul-…`, `seoul50plus-…`, `district-…`, `moel-…`); give this or
   * `employmentCenterId`.
   */
  readonly programId?: InputMaybe<Scalars['ID']['input']>;
};

export type ReferCasePayload = {
  readonly __typename?: 'ReferCasePayload';
  /** The file after the change; when refused, the file as it stands. */
  readonly caseFile: Maybe<CaseFile>;
  readonly error: Maybe<CaseFileChangeError>;
  readonly ok: Scalars['Boolean']['output'];
  readonly referral: Maybe<CaseReferral>;
};

export type Region = {
  readonly __typename?: 'Region';
  readonly code: Scalars['ID']['output'];
  readonly districtEmploymentCenters: ReadonlyArray<DistrictEmploymentCenter>;
  /**
   * Every employment center in the region (for a sido, in its sigungu): the Ministry's national
   * centers and the districts' centers.
   */
  readonly employmentCenters: ReadonlyArray<EmploymentCenter>;
  /**
   * The Ministry's programmes available in the region: the national ones everywhere, the
   * Mid-career Tomorrow Connection Package where a network center serves.
   */
  readonly ministryPrograms: ReadonlyArray<MinistryProgram>;
};

/** A regional strategy of the network: what industries and partnerships the centers focus on. */
export type RegionalStrategy = {
  readonly __typename?: 'RegionalStrategy';
  /** The centers that run the strategy (two for Incheon Bukbu and Seobu). */
  readonly centers: ReadonlyArray<NationalEmploymentCenter>;
  readonly id: Scalars['ID']['output'];
  /** The strategy in the network's own words, one line per measure. */
  readonly lines: ReadonlyArray<StrategyLine>;
  readonly name: Scalars['String']['output'];
  readonly nameEn: Scalars['String']['output'];
  readonly targetIndustries: ReadonlyArray<TargetIndustry>;
};

export type SetNextActionInput = {
  readonly caseFileId: Scalars['ID']['input'];
  /** 1–500 characters. */
  readonly description: Scalars['String']['input'];
  /** Today or later, within a year. */
  readonly dueOn: Scalars['Date']['input'];
  readonly expectedVersion: Scalars['Int']['input'];
  /** An open action of the file to change; a new action when absent. */
  readonly nextActionId?: InputMaybe<Scalars['ID']['input']>;
};

export type SetNextActionPayload = {
  readonly __typename?: 'SetNextActionPayload';
  /** The file after the change; when refused, the file as it stands. */
  readonly caseFile: Maybe<CaseFile>;
  readonly error: Maybe<NextActionError>;
  readonly nextAction: Maybe<NextAction>;
  readonly ok: Scalars['Boolean']['output'];
};

export type StrategyLine = {
  readonly __typename?: 'StrategyLine';
  readonly text: Scalars['String']['output'];
  readonly textEn: Scalars['String']['output'];
};

/** An industry a strategy targets for mid-career jobs, and where. */
export type TargetIndustry = {
  readonly __typename?: 'TargetIndustry';
  readonly name: Scalars['String']['output'];
  readonly nameEn: Scalars['String']['output'];
  readonly regions: ReadonlyArray<Region>;
  readonly section: IndustrySection;
};

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
  EmploymentCenter: EmploymentCenter;
  EmploymentInsuranceRecord: EmploymentInsuranceRecord;
  MinistryProgram: MinistryProgram;
  NationalEmploymentCenter: NationalEmploymentCenter;
  Person: Person;
  Region: Region;
};

/** Mapping of federation reference types */
export type FederationReferenceTypes = {
  DistrictEmploymentCenter:
    ( { __typename: 'DistrictEmploymentCenter' }
    & GraphQLRecursivePick<FederationTypes['DistrictEmploymentCenter'], {"id":true}>
    & ( Record<PropertyKey, never>
        | GraphQLRecursivePick<FederationTypes['DistrictEmploymentCenter'], {"region":{"code":true},"openedOn":true,"firstYearPlacements":true}>
        | GraphQLRecursivePick<FederationTypes['DistrictEmploymentCenter'], {"region":{"code":true},"openedOn":true,"firstYearPlacements":true}>
        | GraphQLRecursivePick<FederationTypes['DistrictEmploymentCenter'], {"region":{"code":true},"openedOn":true,"firstYearPlacements":true}> ) );
  EmploymentCenter:
    ( { __typename: 'EmploymentCenter' }
    & GraphQLRecursivePick<FederationTypes['EmploymentCenter'], {"id":true}> );
  EmploymentInsuranceRecord:
    ( { __typename: 'EmploymentInsuranceRecord' }
    & GraphQLRecursivePick<FederationTypes['EmploymentInsuranceRecord'], {"id":true}> );
  MinistryProgram:
    ( { __typename: 'MinistryProgram' }
    & GraphQLRecursivePick<FederationTypes['MinistryProgram'], {"id":true}> );
  NationalEmploymentCenter:
    ( { __typename: 'NationalEmploymentCenter' }
    & GraphQLRecursivePick<FederationTypes['NationalEmploymentCenter'], {"id":true}> );
  Person:
    ( { __typename: 'Person' }
    & GraphQLRecursivePick<FederationTypes['Person'], {"id":true}> );
  Region:
    ( { __typename: 'Region' }
    & GraphQLRecursivePick<FederationTypes['Region'], {"code":true}>
    & ( Record<PropertyKey, never>
        | GraphQLRecursivePick<FederationTypes['Region'], {"districtEmploymentCenters":{"id":true}}> ) );
};


/** Mapping of interface types */
export type ResolversInterfaceTypes<_RefType extends Record<string, unknown>> = {
  EmploymentCenter:
    | ( DistrictCenterParent )
    | ( CenterRow )
  ;
  Program:
    | ( ProgramReference )
    | ( ProgramReference )
    | ( ProgramReference )
  ;
};

/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = {
  AddCaseNoteInput: AddCaseNoteInput;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  AddCaseNotePayload: ResolverTypeWrapper<Omit<AddCaseNotePayload, 'caseFile' | 'note'> & { caseFile?: Maybe<ResolversTypes['CaseFile']>, note?: Maybe<ResolversTypes['CaseNote']> }>;
  AdvanceCaseStageError: ResolverTypeWrapper<AdvanceCaseStageError>;
  AdvanceCaseStageErrorCode: AdvanceCaseStageErrorCode;
  AdvanceCaseStageInput: AdvanceCaseStageInput;
  AdvanceCaseStagePayload: ResolverTypeWrapper<Omit<AdvanceCaseStagePayload, 'caseFile'> & { caseFile?: Maybe<ResolversTypes['CaseFile']> }>;
  Agency: Agency;
  CaseClosureReason: CaseClosureReason;
  CaseFile: ResolverTypeWrapper<CaseFileRow>;
  CaseFileChangeError: ResolverTypeWrapper<CaseFileChangeError>;
  CaseFileChangeErrorCode: CaseFileChangeErrorCode;
  CaseFileConnection: ResolverTypeWrapper<CaseFilePage>;
  CaseFileEdge: ResolverTypeWrapper<Omit<CaseFileEdge, 'node'> & { node: ResolversTypes['CaseFile'] }>;
  CaseNote: ResolverTypeWrapper<NoteParent>;
  CaseReferral: ResolverTypeWrapper<ReferralParent>;
  CaseStage: CaseStage;
  CaseStageChange: ResolverTypeWrapper<StageChangeParent>;
  CityProgram: ResolverTypeWrapper<ProgramReference>;
  CloseCaseFileInput: CloseCaseFileInput;
  CloseCaseFilePayload: ResolverTypeWrapper<Omit<CloseCaseFilePayload, 'caseFile'> & { caseFile?: Maybe<ResolversTypes['CaseFile']> }>;
  CompleteNextActionInput: CompleteNextActionInput;
  CompleteNextActionPayload: ResolverTypeWrapper<Omit<CompleteNextActionPayload, 'caseFile' | 'nextAction'> & { caseFile?: Maybe<ResolversTypes['CaseFile']>, nextAction?: Maybe<ResolversTypes['NextAction']> }>;
  ConsortiumMember: ResolverTypeWrapper<ConsortiumMemberRow>;
  ConsortiumMemberKind: ConsortiumMemberKind;
  Counselor: ResolverTypeWrapper<CounselorRow>;
  Date: ResolverTypeWrapper<Scalars['Date']['output']>;
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  DistrictEmploymentCenter: ResolverTypeWrapper<DistrictCenterParent>;
  Float: ResolverTypeWrapper<Scalars['Float']['output']>;
  DistrictProgram: ResolverTypeWrapper<ProgramReference>;
  Employer: ResolverTypeWrapper<EmployerReference>;
  EmploymentCenter: ResolverTypeWrapper<ResolversInterfaceTypes<ResolversTypes>['EmploymentCenter']>;
  EmploymentInsuranceRecord: ResolverTypeWrapper<InsuranceRecordRow>;
  FiftyPlusProgram: ResolverTypeWrapper<ProgramReference>;
  IndustrySection: ResolverTypeWrapper<IndustryRow>;
  MidCareerNetwork: ResolverTypeWrapper<NetworkRow>;
  MinistryProgram: ResolverTypeWrapper<ProgramRow>;
  MinistryProgramArea: MinistryProgramArea;
  MinistryProgramKind: MinistryProgramKind;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  NationalEmploymentCenter: ResolverTypeWrapper<CenterRow>;
  NetworkPhase: ResolverTypeWrapper<NetworkPhaseRow>;
  NetworkPhaseKind: NetworkPhaseKind;
  NextAction: ResolverTypeWrapper<ActionParent>;
  NextActionError: ResolverTypeWrapper<NextActionError>;
  NextActionErrorCode: NextActionErrorCode;
  OpenCaseFileError: ResolverTypeWrapper<OpenCaseFileError>;
  OpenCaseFileErrorCode: OpenCaseFileErrorCode;
  OpenCaseFileInput: OpenCaseFileInput;
  OpenCaseFilePayload: ResolverTypeWrapper<Omit<OpenCaseFilePayload, 'caseFile'> & { caseFile?: Maybe<ResolversTypes['CaseFile']> }>;
  PackageComponent: ResolverTypeWrapper<PackageComponentRow>;
  PackageComponentKind: PackageComponentKind;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  Person: ResolverTypeWrapper<PersonParent>;
  Program: ResolverTypeWrapper<ResolversInterfaceTypes<ResolversTypes>['Program']>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  ReferCaseInput: ReferCaseInput;
  ReferCasePayload: ResolverTypeWrapper<Omit<ReferCasePayload, 'caseFile' | 'referral'> & { caseFile?: Maybe<ResolversTypes['CaseFile']>, referral?: Maybe<ResolversTypes['CaseReferral']> }>;
  Region: ResolverTypeWrapper<RegionParent>;
  RegionalStrategy: ResolverTypeWrapper<StrategyRow>;
  SetNextActionInput: SetNextActionInput;
  SetNextActionPayload: ResolverTypeWrapper<Omit<SetNextActionPayload, 'caseFile' | 'nextAction'> & { caseFile?: Maybe<ResolversTypes['CaseFile']>, nextAction?: Maybe<ResolversTypes['NextAction']> }>;
  StrategyLine: ResolverTypeWrapper<StrategyLineRow>;
  TargetIndustry: ResolverTypeWrapper<TargetIndustryRow>;
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
  AddCaseNoteInput: AddCaseNoteInput;
  ID: Scalars['ID']['output'];
  Int: Scalars['Int']['output'];
  AddCaseNotePayload: Omit<AddCaseNotePayload, 'caseFile' | 'note'> & { caseFile?: Maybe<ResolversParentTypes['CaseFile']>, note?: Maybe<ResolversParentTypes['CaseNote']> };
  AdvanceCaseStageError: AdvanceCaseStageError;
  AdvanceCaseStageInput: AdvanceCaseStageInput;
  AdvanceCaseStagePayload: Omit<AdvanceCaseStagePayload, 'caseFile'> & { caseFile?: Maybe<ResolversParentTypes['CaseFile']> };
  CaseFile: CaseFileRow;
  CaseFileChangeError: CaseFileChangeError;
  CaseFileConnection: CaseFilePage;
  CaseFileEdge: Omit<CaseFileEdge, 'node'> & { node: ResolversParentTypes['CaseFile'] };
  CaseNote: NoteParent;
  CaseReferral: ReferralParent;
  CaseStageChange: StageChangeParent;
  CityProgram: ProgramReference;
  CloseCaseFileInput: CloseCaseFileInput;
  CloseCaseFilePayload: Omit<CloseCaseFilePayload, 'caseFile'> & { caseFile?: Maybe<ResolversParentTypes['CaseFile']> };
  CompleteNextActionInput: CompleteNextActionInput;
  CompleteNextActionPayload: Omit<CompleteNextActionPayload, 'caseFile' | 'nextAction'> & { caseFile?: Maybe<ResolversParentTypes['CaseFile']>, nextAction?: Maybe<ResolversParentTypes['NextAction']> };
  ConsortiumMember: ConsortiumMemberRow;
  Counselor: CounselorRow;
  Date: Scalars['Date']['output'];
  DateTime: Scalars['DateTime']['output'];
  DistrictEmploymentCenter: DistrictCenterParent;
  Float: Scalars['Float']['output'];
  DistrictProgram: ProgramReference;
  Employer: EmployerReference;
  EmploymentCenter: ResolversInterfaceTypes<ResolversParentTypes>['EmploymentCenter'];
  EmploymentInsuranceRecord: InsuranceRecordRow;
  FiftyPlusProgram: ProgramReference;
  IndustrySection: IndustryRow;
  MidCareerNetwork: NetworkRow;
  MinistryProgram: ProgramRow;
  Mutation: Record<PropertyKey, never>;
  NationalEmploymentCenter: CenterRow;
  NetworkPhase: NetworkPhaseRow;
  NextAction: ActionParent;
  NextActionError: NextActionError;
  OpenCaseFileError: OpenCaseFileError;
  OpenCaseFileInput: OpenCaseFileInput;
  OpenCaseFilePayload: Omit<OpenCaseFilePayload, 'caseFile'> & { caseFile?: Maybe<ResolversParentTypes['CaseFile']> };
  PackageComponent: PackageComponentRow;
  PageInfo: PageInfo;
  Person: PersonParent;
  Program: ResolversInterfaceTypes<ResolversParentTypes>['Program'];
  Query: Record<PropertyKey, never>;
  ReferCaseInput: ReferCaseInput;
  ReferCasePayload: Omit<ReferCasePayload, 'caseFile' | 'referral'> & { caseFile?: Maybe<ResolversParentTypes['CaseFile']>, referral?: Maybe<ResolversParentTypes['CaseReferral']> };
  Region: RegionParent;
  RegionalStrategy: StrategyRow;
  SetNextActionInput: SetNextActionInput;
  SetNextActionPayload: Omit<SetNextActionPayload, 'caseFile' | 'nextAction'> & { caseFile?: Maybe<ResolversParentTypes['CaseFile']>, nextAction?: Maybe<ResolversParentTypes['NextAction']> };
  StrategyLine: StrategyLineRow;
  TargetIndustry: TargetIndustryRow;
  federation__FieldSet: Scalars['federation__FieldSet']['output'];
  federation__Policy: Scalars['federation__Policy']['output'];
  federation__Scope: Scalars['federation__Scope']['output'];
  link__Import: Scalars['link__Import']['output'];
  String: Scalars['String']['output'];
  Boolean: Scalars['Boolean']['output'];
};

export type AuthenticatedDirectiveArgs = { };

export type AuthenticatedDirectiveResolver<Result, Parent, ContextType = MinistryContext, Args = AuthenticatedDirectiveArgs> = DirectiveResolverFn<Result, Parent, ContextType, Args>;

export type InaccessibleDirectiveArgs = { };

export type InaccessibleDirectiveResolver<Result, Parent, ContextType = MinistryContext, Args = InaccessibleDirectiveArgs> = DirectiveResolverFn<Result, Parent, ContextType, Args>;

export type InterfaceObjectDirectiveArgs = { };

export type InterfaceObjectDirectiveResolver<Result, Parent, ContextType = MinistryContext, Args = InterfaceObjectDirectiveArgs> = DirectiveResolverFn<Result, Parent, ContextType, Args>;

export type LinkDirectiveArgs = {
  as?: Maybe<Scalars['String']['input']>;
  for?: Maybe<Link__Purpose>;
  import?: Maybe<ReadonlyArray<Maybe<Scalars['link__Import']['input']>>>;
  url: Scalars['String']['input'];
};

export type LinkDirectiveResolver<Result, Parent, ContextType = MinistryContext, Args = LinkDirectiveArgs> = DirectiveResolverFn<Result, Parent, ContextType, Args>;

export type OverrideDirectiveArgs = {
  from: Scalars['String']['input'];
  label?: Maybe<Scalars['String']['input']>;
};

export type OverrideDirectiveResolver<Result, Parent, ContextType = MinistryContext, Args = OverrideDirectiveArgs> = DirectiveResolverFn<Result, Parent, ContextType, Args>;

export type PolicyDirectiveArgs = {
  policies: ReadonlyArray<ReadonlyArray<Scalars['federation__Policy']['input']>>;
};

export type PolicyDirectiveResolver<Result, Parent, ContextType = MinistryContext, Args = PolicyDirectiveArgs> = DirectiveResolverFn<Result, Parent, ContextType, Args>;

export type RequiresScopesDirectiveArgs = {
  scopes: ReadonlyArray<ReadonlyArray<Scalars['federation__Scope']['input']>>;
};

export type RequiresScopesDirectiveResolver<Result, Parent, ContextType = MinistryContext, Args = RequiresScopesDirectiveArgs> = DirectiveResolverFn<Result, Parent, ContextType, Args>;

export type ShareableDirectiveArgs = { };

export type ShareableDirectiveResolver<Result, Parent, ContextType = MinistryContext, Args = ShareableDirectiveArgs> = DirectiveResolverFn<Result, Parent, ContextType, Args>;

export type TagDirectiveArgs = {
  name: Scalars['String']['input'];
};

export type TagDirectiveResolver<Result, Parent, ContextType = MinistryContext, Args = TagDirectiveArgs> = DirectiveResolverFn<Result, Parent, ContextType, Args>;

export type AddCaseNotePayloadResolvers<ContextType = MinistryContext, ParentType extends ResolversParentTypes['AddCaseNotePayload'] = ResolversParentTypes['AddCaseNotePayload']> = {
  caseFile?: Resolver<Maybe<ResolversTypes['CaseFile']>, ParentType, ContextType>;
  error?: Resolver<Maybe<ResolversTypes['CaseFileChangeError']>, ParentType, ContextType>;
  note?: Resolver<Maybe<ResolversTypes['CaseNote']>, ParentType, ContextType>;
  ok?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type AdvanceCaseStageErrorResolvers<ContextType = MinistryContext, ParentType extends ResolversParentTypes['AdvanceCaseStageError'] = ResolversParentTypes['AdvanceCaseStageError']> = {
  code?: Resolver<ResolversTypes['AdvanceCaseStageErrorCode'], ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type AdvanceCaseStagePayloadResolvers<ContextType = MinistryContext, ParentType extends ResolversParentTypes['AdvanceCaseStagePayload'] = ResolversParentTypes['AdvanceCaseStagePayload']> = {
  caseFile?: Resolver<Maybe<ResolversTypes['CaseFile']>, ParentType, ContextType>;
  error?: Resolver<Maybe<ResolversTypes['AdvanceCaseStageError']>, ParentType, ContextType>;
  ok?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type CaseFileResolvers<ContextType = MinistryContext, ParentType extends ResolversParentTypes['CaseFile'] = ResolversParentTypes['CaseFile']> = {
  birthDate?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  center?: Resolver<ResolversTypes['NationalEmploymentCenter'], ParentType, ContextType>;
  closedOn?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  closureReason?: Resolver<Maybe<ResolversTypes['CaseClosureReason']>, ParentType, ContextType>;
  counselor?: Resolver<ResolversTypes['Counselor'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  nextActions?: Resolver<ReadonlyArray<ResolversTypes['NextAction']>, ParentType, ContextType>;
  nextStages?: Resolver<ReadonlyArray<ResolversTypes['CaseStage']>, ParentType, ContextType>;
  notes?: Resolver<Maybe<ReadonlyArray<ResolversTypes['CaseNote']>>, ParentType, ContextType>;
  openedOn?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  person?: Resolver<ResolversTypes['Person'], ParentType, ContextType>;
  phone?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  placement?: Resolver<Maybe<ResolversTypes['EmploymentInsuranceRecord']>, ParentType, ContextType>;
  referrals?: Resolver<ReadonlyArray<ResolversTypes['CaseReferral']>, ParentType, ContextType>;
  residenceRegion?: Resolver<ResolversTypes['Region'], ParentType, ContextType>;
  stage?: Resolver<ResolversTypes['CaseStage'], ParentType, ContextType>;
  stageChangedOn?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  stageHistory?: Resolver<ReadonlyArray<ResolversTypes['CaseStageChange']>, ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type CaseFileChangeErrorResolvers<ContextType = MinistryContext, ParentType extends ResolversParentTypes['CaseFileChangeError'] = ResolversParentTypes['CaseFileChangeError']> = {
  code?: Resolver<ResolversTypes['CaseFileChangeErrorCode'], ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type CaseFileConnectionResolvers<ContextType = MinistryContext, ParentType extends ResolversParentTypes['CaseFileConnection'] = ResolversParentTypes['CaseFileConnection']> = {
  edges?: Resolver<ReadonlyArray<ResolversTypes['CaseFileEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type CaseFileEdgeResolvers<ContextType = MinistryContext, ParentType extends ResolversParentTypes['CaseFileEdge'] = ResolversParentTypes['CaseFileEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['CaseFile'], ParentType, ContextType>;
};

export type CaseNoteResolvers<ContextType = MinistryContext, ParentType extends ResolversParentTypes['CaseNote'] = ResolversParentTypes['CaseNote']> = {
  author?: Resolver<Maybe<ResolversTypes['Counselor']>, ParentType, ContextType>;
  body?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  writtenAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
};

export type CaseReferralResolvers<ContextType = MinistryContext, ParentType extends ResolversParentTypes['CaseReferral'] = ResolversParentTypes['CaseReferral']> = {
  employmentCenter?: Resolver<Maybe<ResolversTypes['EmploymentCenter']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  ministryProgram?: Resolver<Maybe<ResolversTypes['MinistryProgram']>, ParentType, ContextType>;
  note?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  program?: Resolver<Maybe<ResolversTypes['Program']>, ParentType, ContextType>;
  referredBy?: Resolver<Maybe<ResolversTypes['Counselor']>, ParentType, ContextType>;
  referredOn?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
};

export type CaseStageChangeResolvers<ContextType = MinistryContext, ParentType extends ResolversParentTypes['CaseStageChange'] = ResolversParentTypes['CaseStageChange']> = {
  counselor?: Resolver<Maybe<ResolversTypes['Counselor']>, ParentType, ContextType>;
  enteredOn?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  stage?: Resolver<ResolversTypes['CaseStage'], ParentType, ContextType>;
};

export type CityProgramResolvers<ContextType = MinistryContext, ParentType extends ResolversParentTypes['CityProgram'] = ResolversParentTypes['CityProgram']> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type CloseCaseFilePayloadResolvers<ContextType = MinistryContext, ParentType extends ResolversParentTypes['CloseCaseFilePayload'] = ResolversParentTypes['CloseCaseFilePayload']> = {
  caseFile?: Resolver<Maybe<ResolversTypes['CaseFile']>, ParentType, ContextType>;
  error?: Resolver<Maybe<ResolversTypes['CaseFileChangeError']>, ParentType, ContextType>;
  ok?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type CompleteNextActionPayloadResolvers<ContextType = MinistryContext, ParentType extends ResolversParentTypes['CompleteNextActionPayload'] = ResolversParentTypes['CompleteNextActionPayload']> = {
  caseFile?: Resolver<Maybe<ResolversTypes['CaseFile']>, ParentType, ContextType>;
  error?: Resolver<Maybe<ResolversTypes['NextActionError']>, ParentType, ContextType>;
  nextAction?: Resolver<Maybe<ResolversTypes['NextAction']>, ParentType, ContextType>;
  ok?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type ConsortiumMemberResolvers<ContextType = MinistryContext, ParentType extends ResolversParentTypes['ConsortiumMember'] = ResolversParentTypes['ConsortiumMember']> = {
  kind?: Resolver<ResolversTypes['ConsortiumMemberKind'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  nameEn?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  region?: Resolver<ResolversTypes['Region'], ParentType, ContextType>;
};

export type CounselorResolvers<ContextType = MinistryContext, ParentType extends ResolversParentTypes['Counselor'] = ResolversParentTypes['Counselor']> = {
  center?: Resolver<ResolversTypes['NationalEmploymentCenter'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export interface DateScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['Date'], any> {
  name: 'Date';
}

export interface DateTimeScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['DateTime'], any> {
  name: 'DateTime';
}

export type DistrictEmploymentCenterResolvers<ContextType = MinistryContext, ParentType extends ResolversParentTypes['DistrictEmploymentCenter'] = ResolversParentTypes['DistrictEmploymentCenter'], FederationReferenceType extends FederationReferenceTypes['DistrictEmploymentCenter'] = FederationReferenceTypes['DistrictEmploymentCenter']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['DistrictEmploymentCenter']> | FederationReferenceType, FederationReferenceType, ContextType>;
  firstYearEmploymentStarts?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  firstYearShareOfLocalEmployment?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type DistrictProgramResolvers<ContextType = MinistryContext, ParentType extends ResolversParentTypes['DistrictProgram'] = ResolversParentTypes['DistrictProgram']> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type EmployerResolvers<ContextType = MinistryContext, ParentType extends ResolversParentTypes['Employer'] = ResolversParentTypes['Employer']> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
};

export type EmploymentCenterResolvers<ContextType = MinistryContext, ParentType extends ResolversParentTypes['EmploymentCenter'] = ResolversParentTypes['EmploymentCenter'], FederationReferenceType extends FederationReferenceTypes['EmploymentCenter'] = FederationReferenceTypes['EmploymentCenter']> = {
  __resolveType: TypeResolveFn<'DistrictEmploymentCenter' | 'NationalEmploymentCenter', ParentType, ContextType>;
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['EmploymentCenter']> | FederationReferenceType, FederationReferenceType, ContextType>;
};

export type EmploymentInsuranceRecordResolvers<ContextType = MinistryContext, ParentType extends ResolversParentTypes['EmploymentInsuranceRecord'] = ResolversParentTypes['EmploymentInsuranceRecord'], FederationReferenceType extends FederationReferenceTypes['EmploymentInsuranceRecord'] = FederationReferenceTypes['EmploymentInsuranceRecord']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['EmploymentInsuranceRecord']> | FederationReferenceType, FederationReferenceType, ContextType>;
  acquiredOn?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  employedDays?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  employer?: Resolver<ResolversTypes['Employer'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  industry?: Resolver<ResolversTypes['IndustrySection'], ParentType, ContextType>;
  lostOn?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  person?: Resolver<ResolversTypes['Person'], ParentType, ContextType>;
  residenceRegion?: Resolver<ResolversTypes['Region'], ParentType, ContextType>;
  workplaceRegion?: Resolver<ResolversTypes['Region'], ParentType, ContextType>;
};

export type FiftyPlusProgramResolvers<ContextType = MinistryContext, ParentType extends ResolversParentTypes['FiftyPlusProgram'] = ResolversParentTypes['FiftyPlusProgram']> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type IndustrySectionResolvers<ContextType = MinistryContext, ParentType extends ResolversParentTypes['IndustrySection'] = ResolversParentTypes['IndustrySection']> = {
  code?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  nameEn?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type MidCareerNetworkResolvers<ContextType = MinistryContext, ParentType extends ResolversParentTypes['MidCareerNetwork'] = ResolversParentTypes['MidCareerNetwork']> = {
  centers?: Resolver<ReadonlyArray<ResolversTypes['NationalEmploymentCenter']>, ParentType, ContextType>;
  minimumAge?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  nameEn?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  package?: Resolver<ResolversTypes['MinistryProgram'], ParentType, ContextType>;
  phases?: Resolver<ReadonlyArray<ResolversTypes['NetworkPhase']>, ParentType, ContextType>;
};

export type MinistryProgramResolvers<ContextType = MinistryContext, ParentType extends ResolversParentTypes['MinistryProgram'] = ResolversParentTypes['MinistryProgram'], FederationReferenceType extends FederationReferenceTypes['MinistryProgram'] = FederationReferenceTypes['MinistryProgram']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['MinistryProgram']> | FederationReferenceType, FederationReferenceType, ContextType>;
  agency?: Resolver<ResolversTypes['Agency'], ParentType, ContextType>;
  area?: Resolver<ResolversTypes['MinistryProgramArea'], ParentType, ContextType>;
  components?: Resolver<ReadonlyArray<ResolversTypes['PackageComponent']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['MinistryProgramKind'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  nameEn?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type MutationResolvers<ContextType = MinistryContext, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = {
  addCaseNote?: Resolver<ResolversTypes['AddCaseNotePayload'], ParentType, ContextType, RequireFields<MutationAddCaseNoteArgs, 'input'>>;
  advanceCaseStage?: Resolver<ResolversTypes['AdvanceCaseStagePayload'], ParentType, ContextType, RequireFields<MutationAdvanceCaseStageArgs, 'input'>>;
  closeCaseFile?: Resolver<ResolversTypes['CloseCaseFilePayload'], ParentType, ContextType, RequireFields<MutationCloseCaseFileArgs, 'input'>>;
  completeNextAction?: Resolver<ResolversTypes['CompleteNextActionPayload'], ParentType, ContextType, RequireFields<MutationCompleteNextActionArgs, 'input'>>;
  openCaseFile?: Resolver<ResolversTypes['OpenCaseFilePayload'], ParentType, ContextType, RequireFields<MutationOpenCaseFileArgs, 'input'>>;
  referCase?: Resolver<ResolversTypes['ReferCasePayload'], ParentType, ContextType, RequireFields<MutationReferCaseArgs, 'input'>>;
  setNextAction?: Resolver<ResolversTypes['SetNextActionPayload'], ParentType, ContextType, RequireFields<MutationSetNextActionArgs, 'input'>>;
};

export type NationalEmploymentCenterResolvers<ContextType = MinistryContext, ParentType extends ResolversParentTypes['NationalEmploymentCenter'] = ResolversParentTypes['NationalEmploymentCenter'], FederationReferenceType extends FederationReferenceTypes['NationalEmploymentCenter'] = FederationReferenceTypes['NationalEmploymentCenter']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['NationalEmploymentCenter']> | FederationReferenceType, FederationReferenceType, ContextType>;
  address?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  consortium?: Resolver<ReadonlyArray<ResolversTypes['ConsortiumMember']>, ParentType, ContextType>;
  counselors?: Resolver<ReadonlyArray<ResolversTypes['Counselor']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  nameEn?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  operator?: Resolver<ResolversTypes['Agency'], ParentType, ContextType>;
  region?: Resolver<ResolversTypes['Region'], ParentType, ContextType>;
  serviceArea?: Resolver<ReadonlyArray<ResolversTypes['Region']>, ParentType, ContextType>;
  strategy?: Resolver<ResolversTypes['RegionalStrategy'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type NetworkPhaseResolvers<ContextType = MinistryContext, ParentType extends ResolversParentTypes['NetworkPhase'] = ResolversParentTypes['NetworkPhase']> = {
  approximate?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  employmentCenters?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['NetworkPhaseKind'], ParentType, ContextType>;
  year?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type NextActionResolvers<ContextType = MinistryContext, ParentType extends ResolversParentTypes['NextAction'] = ResolversParentTypes['NextAction']> = {
  description?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  done?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  doneBy?: Resolver<Maybe<ResolversTypes['Counselor']>, ParentType, ContextType>;
  doneOn?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  dueOn?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  setBy?: Resolver<Maybe<ResolversTypes['Counselor']>, ParentType, ContextType>;
};

export type NextActionErrorResolvers<ContextType = MinistryContext, ParentType extends ResolversParentTypes['NextActionError'] = ResolversParentTypes['NextActionError']> = {
  code?: Resolver<ResolversTypes['NextActionErrorCode'], ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type OpenCaseFileErrorResolvers<ContextType = MinistryContext, ParentType extends ResolversParentTypes['OpenCaseFileError'] = ResolversParentTypes['OpenCaseFileError']> = {
  code?: Resolver<ResolversTypes['OpenCaseFileErrorCode'], ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type OpenCaseFilePayloadResolvers<ContextType = MinistryContext, ParentType extends ResolversParentTypes['OpenCaseFilePayload'] = ResolversParentTypes['OpenCaseFilePayload']> = {
  caseFile?: Resolver<Maybe<ResolversTypes['CaseFile']>, ParentType, ContextType>;
  error?: Resolver<Maybe<ResolversTypes['OpenCaseFileError']>, ParentType, ContextType>;
  ok?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type PackageComponentResolvers<ContextType = MinistryContext, ParentType extends ResolversParentTypes['PackageComponent'] = ResolversParentTypes['PackageComponent']> = {
  kind?: Resolver<ResolversTypes['PackageComponentKind'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  nameEn?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  program?: Resolver<Maybe<ResolversTypes['MinistryProgram']>, ParentType, ContextType>;
};

export type PageInfoResolvers<ContextType = MinistryContext, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = {
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  hasPreviousPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  startCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type PersonResolvers<ContextType = MinistryContext, ParentType extends ResolversParentTypes['Person'] = ResolversParentTypes['Person'], FederationReferenceType extends FederationReferenceTypes['Person'] = FederationReferenceTypes['Person']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Person']> | FederationReferenceType, FederationReferenceType, ContextType>;
  caseFiles?: Resolver<ReadonlyArray<ResolversTypes['CaseFile']>, ParentType, ContextType>;
  employmentInsuranceRecords?: Resolver<ReadonlyArray<ResolversTypes['EmploymentInsuranceRecord']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
};

export type ProgramResolvers<ContextType = MinistryContext, ParentType extends ResolversParentTypes['Program'] = ResolversParentTypes['Program']> = {
  __resolveType: TypeResolveFn<'CityProgram' | 'DistrictProgram' | 'FiftyPlusProgram', ParentType, ContextType>;
};

export type QueryResolvers<ContextType = MinistryContext, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = {
  caseFile?: Resolver<Maybe<ResolversTypes['CaseFile']>, ParentType, ContextType, RequireFields<QueryCaseFileArgs, 'id'>>;
  caseFiles?: Resolver<ResolversTypes['CaseFileConnection'], ParentType, ContextType, RequireFields<QueryCaseFilesArgs, 'centerId' | 'includeClosed'>>;
  employmentCenter?: Resolver<Maybe<ResolversTypes['EmploymentCenter']>, ParentType, ContextType, RequireFields<QueryEmploymentCenterArgs, 'id'>>;
  employmentInsuranceRecord?: Resolver<Maybe<ResolversTypes['EmploymentInsuranceRecord']>, ParentType, ContextType, RequireFields<QueryEmploymentInsuranceRecordArgs, 'id'>>;
  employmentStarts?: Resolver<ResolversTypes['Int'], ParentType, ContextType, RequireFields<QueryEmploymentStartsArgs, 'from' | 'region' | 'to'>>;
  midCareerNetwork?: Resolver<ResolversTypes['MidCareerNetwork'], ParentType, ContextType>;
  ministryProgram?: Resolver<Maybe<ResolversTypes['MinistryProgram']>, ParentType, ContextType, RequireFields<QueryMinistryProgramArgs, 'id'>>;
  ministryPrograms?: Resolver<ReadonlyArray<ResolversTypes['MinistryProgram']>, ParentType, ContextType>;
  nationalEmploymentCenters?: Resolver<ReadonlyArray<ResolversTypes['NationalEmploymentCenter']>, ParentType, ContextType>;
};

export type ReferCasePayloadResolvers<ContextType = MinistryContext, ParentType extends ResolversParentTypes['ReferCasePayload'] = ResolversParentTypes['ReferCasePayload']> = {
  caseFile?: Resolver<Maybe<ResolversTypes['CaseFile']>, ParentType, ContextType>;
  error?: Resolver<Maybe<ResolversTypes['CaseFileChangeError']>, ParentType, ContextType>;
  ok?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  referral?: Resolver<Maybe<ResolversTypes['CaseReferral']>, ParentType, ContextType>;
};

export type RegionResolvers<ContextType = MinistryContext, ParentType extends ResolversParentTypes['Region'] = ResolversParentTypes['Region'], FederationReferenceType extends FederationReferenceTypes['Region'] = FederationReferenceTypes['Region']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Region']> | FederationReferenceType, FederationReferenceType, ContextType>;
  code?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  employmentCenters?: Resolver<ReadonlyArray<ResolversTypes['EmploymentCenter']>, ParentType, ContextType>;
  ministryPrograms?: Resolver<ReadonlyArray<ResolversTypes['MinistryProgram']>, ParentType, ContextType>;
};

export type RegionalStrategyResolvers<ContextType = MinistryContext, ParentType extends ResolversParentTypes['RegionalStrategy'] = ResolversParentTypes['RegionalStrategy']> = {
  centers?: Resolver<ReadonlyArray<ResolversTypes['NationalEmploymentCenter']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  lines?: Resolver<ReadonlyArray<ResolversTypes['StrategyLine']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  nameEn?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  targetIndustries?: Resolver<ReadonlyArray<ResolversTypes['TargetIndustry']>, ParentType, ContextType>;
};

export type SetNextActionPayloadResolvers<ContextType = MinistryContext, ParentType extends ResolversParentTypes['SetNextActionPayload'] = ResolversParentTypes['SetNextActionPayload']> = {
  caseFile?: Resolver<Maybe<ResolversTypes['CaseFile']>, ParentType, ContextType>;
  error?: Resolver<Maybe<ResolversTypes['NextActionError']>, ParentType, ContextType>;
  nextAction?: Resolver<Maybe<ResolversTypes['NextAction']>, ParentType, ContextType>;
  ok?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type StrategyLineResolvers<ContextType = MinistryContext, ParentType extends ResolversParentTypes['StrategyLine'] = ResolversParentTypes['StrategyLine']> = {
  text?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  textEn?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type TargetIndustryResolvers<ContextType = MinistryContext, ParentType extends ResolversParentTypes['TargetIndustry'] = ResolversParentTypes['TargetIndustry']> = {
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  nameEn?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  regions?: Resolver<ReadonlyArray<ResolversTypes['Region']>, ParentType, ContextType>;
  section?: Resolver<ResolversTypes['IndustrySection'], ParentType, ContextType>;
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

export type Resolvers<ContextType = MinistryContext> = {
  AddCaseNotePayload?: AddCaseNotePayloadResolvers<ContextType>;
  AdvanceCaseStageError?: AdvanceCaseStageErrorResolvers<ContextType>;
  AdvanceCaseStagePayload?: AdvanceCaseStagePayloadResolvers<ContextType>;
  CaseFile?: CaseFileResolvers<ContextType>;
  CaseFileChangeError?: CaseFileChangeErrorResolvers<ContextType>;
  CaseFileConnection?: CaseFileConnectionResolvers<ContextType>;
  CaseFileEdge?: CaseFileEdgeResolvers<ContextType>;
  CaseNote?: CaseNoteResolvers<ContextType>;
  CaseReferral?: CaseReferralResolvers<ContextType>;
  CaseStageChange?: CaseStageChangeResolvers<ContextType>;
  CityProgram?: CityProgramResolvers<ContextType>;
  CloseCaseFilePayload?: CloseCaseFilePayloadResolvers<ContextType>;
  CompleteNextActionPayload?: CompleteNextActionPayloadResolvers<ContextType>;
  ConsortiumMember?: ConsortiumMemberResolvers<ContextType>;
  Counselor?: CounselorResolvers<ContextType>;
  Date?: GraphQLScalarType;
  DateTime?: GraphQLScalarType;
  DistrictEmploymentCenter?: DistrictEmploymentCenterResolvers<ContextType>;
  DistrictProgram?: DistrictProgramResolvers<ContextType>;
  Employer?: EmployerResolvers<ContextType>;
  EmploymentCenter?: EmploymentCenterResolvers<ContextType>;
  EmploymentInsuranceRecord?: EmploymentInsuranceRecordResolvers<ContextType>;
  FiftyPlusProgram?: FiftyPlusProgramResolvers<ContextType>;
  IndustrySection?: IndustrySectionResolvers<ContextType>;
  MidCareerNetwork?: MidCareerNetworkResolvers<ContextType>;
  MinistryProgram?: MinistryProgramResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  NationalEmploymentCenter?: NationalEmploymentCenterResolvers<ContextType>;
  NetworkPhase?: NetworkPhaseResolvers<ContextType>;
  NextAction?: NextActionResolvers<ContextType>;
  NextActionError?: NextActionErrorResolvers<ContextType>;
  OpenCaseFileError?: OpenCaseFileErrorResolvers<ContextType>;
  OpenCaseFilePayload?: OpenCaseFilePayloadResolvers<ContextType>;
  PackageComponent?: PackageComponentResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  Person?: PersonResolvers<ContextType>;
  Program?: ProgramResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  ReferCasePayload?: ReferCasePayloadResolvers<ContextType>;
  Region?: RegionResolvers<ContextType>;
  RegionalStrategy?: RegionalStrategyResolvers<ContextType>;
  SetNextActionPayload?: SetNextActionPayloadResolvers<ContextType>;
  StrategyLine?: StrategyLineResolvers<ContextType>;
  TargetIndustry?: TargetIndustryResolvers<ContextType>;
  federation__FieldSet?: GraphQLScalarType;
  federation__Policy?: GraphQLScalarType;
  federation__Scope?: GraphQLScalarType;
  link__Import?: GraphQLScalarType;
};

export type DirectiveResolvers<ContextType = MinistryContext> = {
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
