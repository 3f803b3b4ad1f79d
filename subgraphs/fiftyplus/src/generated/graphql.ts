import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { RegionParent } from '../graphql/regions/region-parent.js';
import type { PersonParent } from '../graphql/people/person.js';
import type { ProgramRow, SurveyRow, SurveyFindingRow, CampusRow, CourseRow, EnrollmentRow, TalentProfileRow, CareerEntryRow, OccupationRow, CareerDiagnosisRow, PlacementRow, FollowUpRow } from '../db/schema.js';
import type { AcademyParent, TalentSupportParent, SupportTypeParent } from '../graphql/programs/parents.js';
import type { CourseConnectionParent } from '../graphql/courses/connection.js';
import type { Recommendation } from '../domain/recommendation.js';
import type { FiftyPlusContext } from '../graphql/context.js';
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

/** A Seoul 50Plus campus (서울시50플러스 캠퍼스). */
export type Campus = {
  readonly __typename?: 'Campus';
  /** The campus's courses, earliest start first. */
  readonly courses: ReadonlyArray<Course>;
  readonly id: Scalars['ID']['output'];
  /** The Korean name, e.g. 서울시50플러스 서부캠퍼스. */
  readonly name: Scalars['String']['output'];
  readonly nameEn: Scalars['String']['output'];
  readonly region: Region;
};


/** A Seoul 50Plus campus (서울시50플러스 캠퍼스). */
export type CampusCoursesArgs = {
  startsFrom?: InputMaybe<Scalars['Date']['input']>;
  track?: InputMaybe<CourseTrack>;
};

/** A counselor's career diagnosis of a member. */
export type CareerDiagnosis = {
  readonly __typename?: 'CareerDiagnosis';
  readonly counselorId: Scalars['ID']['output'];
  readonly diagnosedOn: Scalars['Date']['output'];
  readonly id: Scalars['ID']['output'];
  readonly note: Maybe<Scalars['String']['output']>;
  readonly profile: TalentProfile;
  readonly readiness: Readiness;
  /** 0–100: below 40 is LOW readiness, 40–69 MEDIUM, 70 and above HIGH. */
  readonly readinessScore: Scalars['Int']['output'];
  readonly recommendedTrack: CourseTrack;
  readonly recordedAt: Scalars['DateTime']['output'];
  readonly strengths: ReadonlyArray<Scalars['String']['output']>;
};

export type CareerEntry = {
  readonly __typename?: 'CareerEntry';
  readonly occupation: CareerOccupation;
  /** The job as the member describes it, e.g. 총무·인사 관리. */
  readonly title: Scalars['String']['output'];
  readonly years: Scalars['Int']['output'];
};

export type CareerEntryInput = {
  /** A KECO major group, `0`–`9`. */
  readonly occupationCode: Scalars['ID']['input'];
  /** 1–100 characters. */
  readonly title: Scalars['String']['input'];
  /** 0–60, and no more than the years since the member turned 15. */
  readonly years: Scalars['Int']['input'];
};

/** A KECO occupation major group (0–9), as a career entry names it. */
export type CareerOccupation = {
  readonly __typename?: 'CareerOccupation';
  readonly code: Scalars['ID']['output'];
  readonly name: Scalars['String']['output'];
  readonly nameEn: Scalars['String']['output'];
};

/** A Mid-career Job Academy course at a campus. */
export type Course = {
  readonly __typename?: 'Course';
  readonly campus: Campus;
  readonly capacity: Scalars['Int']['output'];
  readonly endsOn: Scalars['Date']['output'];
  /** Seats taken (enrolled or completed), counted from the enrolments. */
  readonly enrolledCount: Scalars['Int']['output'];
  readonly hours: Scalars['Int']['output'];
  readonly id: Scalars['ID']['output'];
  /** Whether a member can still enrol: the course has not started and has a free seat. */
  readonly openForEnrollment: Scalars['Boolean']['output'];
  readonly program: FiftyPlusProgram;
  readonly seatsAvailable: Scalars['Int']['output'];
  readonly startsOn: Scalars['Date']['output'];
  readonly title: Scalars['String']['output'];
  readonly track: CourseTrack;
};

export type CourseConnection = {
  readonly __typename?: 'CourseConnection';
  readonly edges: ReadonlyArray<CourseEdge>;
  readonly pageInfo: PageInfo;
  /** Courses matching the filter, across all pages. */
  readonly totalCount: Scalars['Int']['output'];
};

export type CourseEdge = {
  readonly __typename?: 'CourseEdge';
  readonly cursor: Scalars['String']['output'];
  readonly node: Course;
};

export type CourseFilter = {
  readonly campusId?: InputMaybe<Scalars['ID']['input']>;
  /** Only courses starting on or after this day. */
  readonly startsFrom?: InputMaybe<Scalars['Date']['input']>;
  readonly track?: InputMaybe<CourseTrack>;
};

export type CourseTrack =
  /** Mandatory basic education (기초교육), taken first. */
  | 'BASIC'
  /** Exploration course (탐색반): for low readiness, finding a direction. */
  | 'EXPLORATION'
  /** Fast-track course (속성반): for high readiness, short and job-ready. */
  | 'FAST_TRACK'
  /** Regular course (정규반): for medium or high readiness, full training. */
  | 'REGULAR';

export type DesiredConditions = {
  readonly __typename?: 'DesiredConditions';
  readonly employmentTypes: ReadonlyArray<EmploymentType>;
  readonly maxHoursPerWeek: Scalars['Int']['output'];
  readonly minMonthlyWageKrw: Scalars['Int']['output'];
  /** Where the member wants to work: sigungu, or a whole sido. */
  readonly regions: ReadonlyArray<Region>;
};

export type DesiredConditionsInput = {
  /** At least one. */
  readonly employmentTypes: ReadonlyArray<EmploymentType>;
  /** 1–52 hours. */
  readonly maxHoursPerWeek: Scalars['Int']['input'];
  /** KRW a month, 1 – 20,000,000. */
  readonly minMonthlyWageKrw: Scalars['Int']['input'];
  /** 1–5 region codes in use: sigungu, or a whole sido. */
  readonly regionCodes: ReadonlyArray<Scalars['ID']['input']>;
};

export type Employer = {
  readonly __typename?: 'Employer';
  readonly id: Scalars['ID']['output'];
};

export type EmploymentInsuranceRecord = {
  readonly __typename?: 'EmploymentInsuranceRecord';
  readonly id: Scalars['ID']['output'];
};

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

export type EnrollInCourseError = {
  readonly __typename?: 'EnrollInCourseError';
  readonly code: EnrollInCourseErrorCode;
  readonly message: Scalars['String']['output'];
};

export type EnrollInCourseErrorCode =
  | 'ALREADY_ENROLLED'
  | 'COURSE_FULL'
  | 'COURSE_STARTED'
  /** Not aged 40–64 on the course's start date, or not a Seoul resident. */
  | 'NOT_ELIGIBLE'
  /** The member has no talent profile: registration comes first. */
  | 'NO_TALENT_PROFILE'
  /** Courses other than BASIC need a completed BASIC course. */
  | 'PREREQUISITE_MISSING'
  /** FAST_TRACK needs HIGH readiness; REGULAR needs MEDIUM or HIGH. */
  | 'TRACK_NOT_SUITED';

/** An enrolment of the signed-in member, for themself. */
export type EnrollInCourseInput = {
  readonly courseId: Scalars['ID']['input'];
};

export type EnrollInCoursePayload = {
  readonly __typename?: 'EnrollInCoursePayload';
  readonly enrollment: Maybe<Enrollment>;
  readonly error: Maybe<EnrollInCourseError>;
  readonly ok: Scalars['Boolean']['output'];
};

/** A member's place in a course. */
export type Enrollment = {
  readonly __typename?: 'Enrollment';
  readonly completedOn: Maybe<Scalars['Date']['output']>;
  readonly course: Course;
  readonly enrolledOn: Scalars['Date']['output'];
  readonly id: Scalars['ID']['output'];
  readonly person: Person;
  readonly status: EnrollmentStatus;
  readonly withdrawnOn: Maybe<Scalars['Date']['output']>;
};

export type EnrollmentStatus =
  | 'COMPLETED'
  | 'ENROLLED'
  | 'WITHDRAWN';

/** A Mid-career Experienced Talent placement with an employer. */
export type ExperiencedTalentPlacement = {
  readonly __typename?: 'ExperiencedTalentPlacement';
  readonly employer: Employer;
  /** The end of a job-experience term, once it has ended. */
  readonly endedOn: Maybe<Scalars['Date']['output']>;
  /** Follow-up checks, earliest first. */
  readonly followUps: ReadonlyArray<FollowUp>;
  readonly id: Scalars['ID']['output'];
  readonly insuranceRecord: EmploymentInsuranceRecord;
  readonly person: Person;
  readonly program: FiftyPlusProgram;
  readonly startedOn: Scalars['Date']['output'];
  readonly supportType: ExperiencedTalentSupportType;
};

/**
 * Mid-career Experienced Talent support (중장년 경력인재): placements with employers, hired or on a
 * job-experience term.
 */
export type ExperiencedTalentSupport = {
  readonly __typename?: 'ExperiencedTalentSupport';
  /** Placements started this year so far, counted from the placement records. */
  readonly placementCount: Scalars['Int']['output'];
  /** People to be supported this year (published). */
  readonly plannedPeople: Scalars['Int']['output'];
  readonly previousYear: Scalars['Int']['output'];
  /** People supported in the previous year (published). */
  readonly previousYearPeople: Scalars['Int']['output'];
  readonly supportTypes: ReadonlyArray<ExperiencedTalentSupportTypeInfo>;
};

export type ExperiencedTalentSupportType =
  /** Hiring (채용형): the employer hires the person. */
  | 'HIRING'
  /** Job experience (직무체험형): a fixed term of work experience. */
  | 'JOB_EXPERIENCE';

export type ExperiencedTalentSupportTypeInfo = {
  readonly __typename?: 'ExperiencedTalentSupportTypeInfo';
  readonly description: Scalars['String']['output'];
  readonly name: Scalars['String']['output'];
  readonly nameEn: Scalars['String']['output'];
  /** Placements of this type started this year so far, counted. */
  readonly placementCount: Scalars['Int']['output'];
  readonly type: ExperiencedTalentSupportType;
};

export type FiftyPlusEligibility = {
  readonly __typename?: 'FiftyPlusEligibility';
  readonly description: Scalars['String']['output'];
  readonly maxAge: Scalars['Int']['output'];
  readonly minAge: Scalars['Int']['output'];
  readonly seoulResidentsOnly: Scalars['Boolean']['output'];
};

/**
 * A programme of the Seoul 50Plus Foundation: its published figures as data, its progress counted
 * from records.
 */
export type FiftyPlusProgram = {
  readonly __typename?: 'FiftyPlusProgram';
  /** The Academy's plan and progress; null for other programmes. */
  readonly academy: Maybe<MidCareerAcademy>;
  readonly agency: Agency;
  readonly description: Scalars['String']['output'];
  readonly eligibility: FiftyPlusEligibility;
  /** The Experienced Talent plan and progress; null for other programmes. */
  readonly experiencedTalent: Maybe<ExperiencedTalentSupport>;
  readonly id: Scalars['ID']['output'];
  readonly kind: FiftyPlusProgramKind;
  /** The Korean name. */
  readonly name: Scalars['String']['output'];
  readonly nameEn: Scalars['String']['output'];
  readonly year: Scalars['Int']['output'];
};

export type FiftyPlusProgramKind =
  /** Mid-career Experienced Talent support (중장년 경력인재). */
  | 'EXPERIENCED_TALENT_SUPPORT'
  /** Mid-career Job Academy (중장년취업사관학교). */
  | 'MIDCAREER_JOB_ACADEMY';

export type FollowUp = {
  readonly __typename?: 'FollowUp';
  readonly checkedOn: Scalars['Date']['output'];
  readonly note: Maybe<Scalars['String']['output']>;
  /** The staff member who recorded it; null for records imported from the earlier system. */
  readonly staffId: Maybe<Scalars['ID']['output']>;
  readonly status: FollowUpStatus;
};

export type FollowUpStatus =
  /** Finished the job-experience term. */
  | 'COMPLETED'
  /** Still working for the employer. */
  | 'EMPLOYED'
  /** Left the job (a hiring placement). */
  | 'LEFT';

export type JobPosting = {
  readonly __typename?: 'JobPosting';
  readonly id: Scalars['ID']['output'];
};

/** A job posting recommended to a member, with its score and the reasons for it. */
export type JobRecommendation = {
  readonly __typename?: 'JobRecommendation';
  readonly posting: JobPosting;
  readonly reasons: ReadonlyArray<RecommendationReason>;
  /** The sum of the reasons' points. */
  readonly score: Scalars['Float']['output'];
};

/**
 * The Mid-career Job Academy: mandatory basic education first, then an Exploration, Fast-track or
 * Regular course by readiness.
 */
export type MidCareerAcademy = {
  readonly __typename?: 'MidCareerAcademy';
  /** Campuses running the Academy now, counted. */
  readonly campusCount: Scalars['Int']['output'];
  readonly campuses: ReadonlyArray<Campus>;
  /** Courses scheduled this year, counted from the course records. */
  readonly courseCount: Scalars['Int']['output'];
  /** Seats taken in this year's courses (enrolled or completed), counted from the enrolments. */
  readonly enrolledCount: Scalars['Int']['output'];
  /** The month (1–12) of the large mid-career job fair (published). */
  readonly largeJobFairMonth: Scalars['Int']['output'];
  /** Courses planned this year (published). */
  readonly plannedCourses: Scalars['Int']['output'];
  /**
   * Sites planned by `plannedSitesBy`, with district 50Plus centers and technical education
   * centers (published).
   */
  readonly plannedSites: Scalars['Int']['output'];
  readonly plannedSitesBy: Scalars['Int']['output'];
  /** Trainees planned this year (published, "about"). */
  readonly plannedTrainees: Scalars['Int']['output'];
  /** Regional job fairs a year (published). */
  readonly regionalJobFairsPerYear: Scalars['Int']['output'];
  /** Seats in this year's courses, summed from their capacities. */
  readonly seatCount: Scalars['Int']['output'];
  /** The survey the plan answers. */
  readonly survey: MidCareerSurvey;
};

/** A survey of Seoulites in mid-career, with its published figures. */
export type MidCareerSurvey = {
  readonly __typename?: 'MidCareerSurvey';
  readonly ageFrom: Scalars['Int']['output'];
  readonly ageTo: Scalars['Int']['output'];
  readonly findings: ReadonlyArray<SurveyFinding>;
  readonly month: Scalars['Int']['output'];
  /** Seoulites in the surveyed age range. */
  readonly population: Scalars['Int']['output'];
  readonly respondents: Scalars['Int']['output'];
  readonly year: Scalars['Int']['output'];
};

export type Mutation = {
  readonly __typename?: 'Mutation';
  /**
   * Enrols the signed-in member in an Academy course. A course is never over-filled, however many
   * enrol at once.
   */
  readonly enrollInCourse: EnrollInCoursePayload;
  /**
   * Records a career diagnosis; the profile's readiness becomes that of its latest diagnosis.
   * Staff operation: the signed-in counselor records it, for a member of their own campus.
   */
  readonly recordCareerDiagnosis: RecordCareerDiagnosisPayload;
  /**
   * Records a follow-up check of an experienced-talent placement: one per placement per day.
   * Staff operation: the signed-in staff member records it, for a member of their own campus.
   */
  readonly recordFollowUp: RecordFollowUpPayload;
  /**
   * Registers the signed-in member's talent profile on Il-jari Mongttang (일자리몽땅), or replaces
   * it when they have one. Eligible: Seoul residents aged 40–64. Every problem of the input is
   * reported at once as BAD_USER_INPUT, and nothing is stored.
   */
  readonly registerTalentProfile: RegisterTalentProfilePayload;
  /** Withdraws the signed-in member from a course they are enrolled in, freeing the seat. */
  readonly withdrawFromCourse: WithdrawFromCoursePayload;
};


export type MutationEnrollInCourseArgs = {
  input: EnrollInCourseInput;
};


export type MutationRecordCareerDiagnosisArgs = {
  input: RecordCareerDiagnosisInput;
};


export type MutationRecordFollowUpArgs = {
  input: RecordFollowUpInput;
};


export type MutationRegisterTalentProfileArgs = {
  input: RegisterTalentProfileInput;
};


export type MutationWithdrawFromCourseArgs = {
  input: WithdrawFromCourseInput;
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
  /**
   * The member's Academy course enrolments, earliest course first; seen by the member and by the
   * foundation's staff.
   */
  readonly courseEnrollments: ReadonlyArray<Enrollment>;
  /**
   * The member's Mid-career Experienced Talent placements, earliest first; seen by the member and
   * by the foundation's staff.
   */
  readonly experiencedTalentPlacements: ReadonlyArray<ExperiencedTalentPlacement>;
  readonly id: Scalars['ID']['output'];
  /**
   * The member's talent profile on Il-jari Mongttang, if they registered one; seen by the member
   * and by the foundation's staff (each staff read recorded).
   */
  readonly talentProfile: Maybe<TalentProfile>;
};

export type Query = {
  readonly __typename?: 'Query';
  readonly campus: Maybe<Campus>;
  /** The five 50Plus campuses that run the Mid-career Job Academy, west to east. */
  readonly campuses: ReadonlyArray<Campus>;
  readonly course: Maybe<Course>;
  /**
   * Mid-career Job Academy courses, earliest start first. `first` is 1–100 (default 20); `after`
   * is a cursor from this connection.
   */
  readonly courses: CourseConnection;
  /**
   * An experienced-talent placement by its id (`TP00001`). Staff operation: the foundation's staff,
   * each read recorded in the access log.
   */
  readonly experiencedTalentPlacement: Maybe<ExperiencedTalentPlacement>;
  /** The Seoul 50Plus Foundation's programmes, optionally of one year. */
  readonly fiftyPlusPrograms: ReadonlyArray<FiftyPlusProgram>;
};


export type QueryCampusArgs = {
  id: Scalars['ID']['input'];
};


export type QueryCourseArgs = {
  id: Scalars['ID']['input'];
};


export type QueryCoursesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<CourseFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryExperiencedTalentPlacementArgs = {
  id: Scalars['ID']['input'];
};


export type QueryFiftyPlusProgramsArgs = {
  year?: InputMaybe<Scalars['Int']['input']>;
};

export type Readiness =
  | 'HIGH'
  | 'LOW'
  | 'MEDIUM';

export type RecommendationFactor =
  /** The posting's employment type against the desired ones. */
  | 'EMPLOYMENT_TYPE'
  /** The posting's weekly hours against the desired maximum. */
  | 'HOURS'
  /** Years of the member's career in the posting's occupation group. */
  | 'OCCUPATION'
  /** The experience the posting asks for against the member's readiness. */
  | 'READINESS'
  /** The posting's region against the desired regions. */
  | 'REGION'
  /** The posting's pay, as a monthly equivalent, against the desired minimum. */
  | 'WAGE';

export type RecommendationReason = {
  readonly __typename?: 'RecommendationReason';
  readonly detail: Scalars['String']['output'];
  readonly factor: RecommendationFactor;
  /** What the factor added to the score (negative when it counts against the posting). */
  readonly points: Scalars['Float']['output'];
};

export type RecordCareerDiagnosisError = {
  readonly __typename?: 'RecordCareerDiagnosisError';
  readonly code: RecordCareerDiagnosisErrorCode;
  readonly message: Scalars['String']['output'];
};

export type RecordCareerDiagnosisErrorCode =
  | 'NO_TALENT_PROFILE';

/** A diagnosis by the signed-in counselor, who is recorded as its author. */
export type RecordCareerDiagnosisInput = {
  /** Default today; not before the profile's registration, not in the future. */
  readonly diagnosedOn?: InputMaybe<Scalars['Date']['input']>;
  /** The diagnosed member, who has a talent profile at the counselor's campus. */
  readonly memberId: Scalars['ID']['input'];
  /** At most 1,000 characters. */
  readonly note?: InputMaybe<Scalars['String']['input']>;
  /** 0–100. */
  readonly readinessScore: Scalars['Int']['input'];
  /** 1–5 strengths, each 1–100 characters. */
  readonly strengths: ReadonlyArray<Scalars['String']['input']>;
};

export type RecordCareerDiagnosisPayload = {
  readonly __typename?: 'RecordCareerDiagnosisPayload';
  readonly diagnosis: Maybe<CareerDiagnosis>;
  readonly error: Maybe<RecordCareerDiagnosisError>;
  readonly ok: Scalars['Boolean']['output'];
};

export type RecordFollowUpError = {
  readonly __typename?: 'RecordFollowUpError';
  readonly code: RecordFollowUpErrorCode;
  readonly message: Scalars['String']['output'];
};

export type RecordFollowUpErrorCode =
  /** The placement already has a check on that day. */
  | 'ALREADY_RECORDED';

/** A follow-up check by the signed-in staff member, who is recorded as its author. */
export type RecordFollowUpInput = {
  /** Between the placement's start and today. */
  readonly checkedOn: Scalars['Date']['input'];
  /** At most 500 characters. */
  readonly note?: InputMaybe<Scalars['String']['input']>;
  /** A placement of a member of the staff member's campus. */
  readonly placementId: Scalars['ID']['input'];
  /** COMPLETED only for a job-experience placement. */
  readonly status: FollowUpStatus;
};

export type RecordFollowUpPayload = {
  readonly __typename?: 'RecordFollowUpPayload';
  readonly error: Maybe<RecordFollowUpError>;
  readonly followUp: Maybe<FollowUp>;
  readonly ok: Scalars['Boolean']['output'];
  readonly placement: Maybe<ExperiencedTalentPlacement>;
};

/** A Korean administrative region, keyed by its official code. */
export type Region = {
  readonly __typename?: 'Region';
  readonly code: Scalars['ID']['output'];
  /** The 50Plus campuses in this region (for a sido, in any of its sigungu). */
  readonly fiftyPlusCampuses: ReadonlyArray<Campus>;
  /**
   * The 50Plus Foundation's programmes available in this region: its Seoul-wide programmes in every
   * Seoul region. Read by the city's `Region.programs`.
   */
  readonly fiftyPlusPrograms: ReadonlyArray<FiftyPlusProgram>;
};

/** A registration by the signed-in member, for themself. */
export type RegisterTalentProfileInput = {
  /** The member must be aged 40–64 today. */
  readonly birthDate: Scalars['Date']['input'];
  readonly campusId: Scalars['ID']['input'];
  /** 1–10 entries. */
  readonly careerHistory: ReadonlyArray<CareerEntryInput>;
  readonly desiredConditions: DesiredConditionsInput;
  /** The member's name (1–50 characters). */
  readonly name: Scalars['String']['input'];
  /** A Korean mobile number, e.g. 010-1234-5678. */
  readonly phone: Scalars['String']['input'];
  /** The Seoul sigungu of the member's registered address. */
  readonly residenceRegionCode: Scalars['ID']['input'];
};

export type RegisterTalentProfilePayload = {
  readonly __typename?: 'RegisterTalentProfilePayload';
  /** True for a new profile, false when an existing one was replaced. */
  readonly created: Scalars['Boolean']['output'];
  readonly profile: TalentProfile;
};

export type SurveyFinding = {
  readonly __typename?: 'SurveyFinding';
  readonly description: Scalars['String']['output'];
  readonly kind: SurveyFindingKind;
  /** The people this share stands for, as published (rounded). */
  readonly people: Scalars['Int']['output'];
  /** The share of the population, 0–1 (0.537 for 53.7%). */
  readonly share: Scalars['Float']['output'];
};

export type SurveyFindingKind =
  /** Plan to change jobs within five years, counting those who would "if the chance comes". */
  | 'PLANS_JOB_CHANGE_IF_CHANCE_COMES'
  /** Plan to change jobs within five years. */
  | 'PLANS_JOB_CHANGE_WITHIN_FIVE_YEARS';

/**
 * A member's talent profile on Il-jari Mongttang (일자리몽땅): career, wishes and readiness, from
 * which courses and jobs are recommended. Its personal fields are for the member and the
 * foundation's staff.
 */
export type TalentProfile = {
  readonly __typename?: 'TalentProfile';
  readonly birthDate: Scalars['Date']['output'];
  /** The campus the member is served by. */
  readonly campus: Campus;
  readonly careerHistory: ReadonlyArray<CareerEntry>;
  readonly desiredConditions: DesiredConditions;
  /** Career diagnoses, latest first. */
  readonly diagnoses: ReadonlyArray<CareerDiagnosis>;
  /** Course enrolments, earliest course first. */
  readonly enrollments: ReadonlyArray<Enrollment>;
  readonly name: Scalars['String']['output'];
  readonly person: Person;
  /** A Korean mobile number, 010-1234-5678. */
  readonly phone: Scalars['String']['output'];
  /** From the latest career diagnosis; null until the first. */
  readonly readiness: Maybe<Readiness>;
  /**
   * Job postings of the Work24 feed open on `asOf` (default today in Korea), best match first (then
   * newest, then by id), each with the points of every factor that counted. `first` is 1–50.
   */
  readonly recommendedJobs: ReadonlyArray<JobRecommendation>;
  /**
   * The course track to take after the basic education, from readiness: LOW Exploration, MEDIUM
   * Regular, HIGH Fast-track; null until diagnosed.
   */
  readonly recommendedTrack: Maybe<CourseTrack>;
  readonly registeredOn: Scalars['Date']['output'];
  /** Where the member lives (the sigungu of their registered address). */
  readonly residenceRegion: Region;
};


/**
 * A member's talent profile on Il-jari Mongttang (일자리몽땅): career, wishes and readiness, from
 * which courses and jobs are recommended. Its personal fields are for the member and the
 * foundation's staff.
 */
export type TalentProfileRecommendedJobsArgs = {
  asOf?: InputMaybe<Scalars['Date']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

export type WithdrawFromCourseError = {
  readonly __typename?: 'WithdrawFromCourseError';
  readonly code: WithdrawFromCourseErrorCode;
  readonly message: Scalars['String']['output'];
};

export type WithdrawFromCourseErrorCode =
  | 'COURSE_ENDED'
  /** The enrolment is already withdrawn or completed. */
  | 'NOT_ENROLLED';

/** A withdrawal of the signed-in member from one of their own enrolments. */
export type WithdrawFromCourseInput = {
  readonly enrollmentId: Scalars['ID']['input'];
};

export type WithdrawFromCoursePayload = {
  readonly __typename?: 'WithdrawFromCoursePayload';
  readonly enrollment: Maybe<Enrollment>;
  readonly error: Maybe<WithdrawFromCourseError>;
  readonly ok: Scalars['Boolean']['output'];
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
  FiftyPlusProgram: FiftyPlusProgram;
  Person: Person;
  Region: Region;
};

/** Mapping of federation reference types */
export type FederationReferenceTypes = {
  FiftyPlusProgram:
    ( { __typename: 'FiftyPlusProgram' }
    & GraphQLRecursivePick<FederationTypes['FiftyPlusProgram'], {"id":true}> );
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
  Campus: ResolverTypeWrapper<CampusRow>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  CareerDiagnosis: ResolverTypeWrapper<CareerDiagnosisRow>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  CareerEntry: ResolverTypeWrapper<CareerEntryRow>;
  CareerEntryInput: CareerEntryInput;
  CareerOccupation: ResolverTypeWrapper<OccupationRow>;
  Course: ResolverTypeWrapper<CourseRow>;
  CourseConnection: ResolverTypeWrapper<CourseConnectionParent>;
  CourseEdge: ResolverTypeWrapper<Omit<CourseEdge, 'node'> & { node: ResolversTypes['Course'] }>;
  CourseFilter: CourseFilter;
  CourseTrack: CourseTrack;
  Date: ResolverTypeWrapper<Scalars['Date']['output']>;
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  DesiredConditions: ResolverTypeWrapper<TalentProfileRow>;
  DesiredConditionsInput: DesiredConditionsInput;
  Employer: ResolverTypeWrapper<Employer>;
  EmploymentInsuranceRecord: ResolverTypeWrapper<EmploymentInsuranceRecord>;
  EmploymentType: EmploymentType;
  EnrollInCourseError: ResolverTypeWrapper<EnrollInCourseError>;
  EnrollInCourseErrorCode: EnrollInCourseErrorCode;
  EnrollInCourseInput: EnrollInCourseInput;
  EnrollInCoursePayload: ResolverTypeWrapper<Omit<EnrollInCoursePayload, 'enrollment'> & { enrollment?: Maybe<ResolversTypes['Enrollment']> }>;
  Enrollment: ResolverTypeWrapper<EnrollmentRow>;
  EnrollmentStatus: EnrollmentStatus;
  ExperiencedTalentPlacement: ResolverTypeWrapper<PlacementRow>;
  ExperiencedTalentSupport: ResolverTypeWrapper<TalentSupportParent>;
  ExperiencedTalentSupportType: ExperiencedTalentSupportType;
  ExperiencedTalentSupportTypeInfo: ResolverTypeWrapper<SupportTypeParent>;
  FiftyPlusEligibility: ResolverTypeWrapper<FiftyPlusEligibility>;
  FiftyPlusProgram: ResolverTypeWrapper<ProgramRow>;
  FiftyPlusProgramKind: FiftyPlusProgramKind;
  FollowUp: ResolverTypeWrapper<FollowUpRow>;
  FollowUpStatus: FollowUpStatus;
  JobPosting: ResolverTypeWrapper<JobPosting>;
  JobRecommendation: ResolverTypeWrapper<Recommendation>;
  Float: ResolverTypeWrapper<Scalars['Float']['output']>;
  MidCareerAcademy: ResolverTypeWrapper<AcademyParent>;
  MidCareerSurvey: ResolverTypeWrapper<SurveyRow>;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  Person: ResolverTypeWrapper<PersonParent>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Readiness: Readiness;
  RecommendationFactor: RecommendationFactor;
  RecommendationReason: ResolverTypeWrapper<RecommendationReason>;
  RecordCareerDiagnosisError: ResolverTypeWrapper<RecordCareerDiagnosisError>;
  RecordCareerDiagnosisErrorCode: RecordCareerDiagnosisErrorCode;
  RecordCareerDiagnosisInput: RecordCareerDiagnosisInput;
  RecordCareerDiagnosisPayload: ResolverTypeWrapper<Omit<RecordCareerDiagnosisPayload, 'diagnosis'> & { diagnosis?: Maybe<ResolversTypes['CareerDiagnosis']> }>;
  RecordFollowUpError: ResolverTypeWrapper<RecordFollowUpError>;
  RecordFollowUpErrorCode: RecordFollowUpErrorCode;
  RecordFollowUpInput: RecordFollowUpInput;
  RecordFollowUpPayload: ResolverTypeWrapper<Omit<RecordFollowUpPayload, 'followUp' | 'placement'> & { followUp?: Maybe<ResolversTypes['FollowUp']>, placement?: Maybe<ResolversTypes['ExperiencedTalentPlacement']> }>;
  Region: ResolverTypeWrapper<RegionParent>;
  RegisterTalentProfileInput: RegisterTalentProfileInput;
  RegisterTalentProfilePayload: ResolverTypeWrapper<Omit<RegisterTalentProfilePayload, 'profile'> & { profile: ResolversTypes['TalentProfile'] }>;
  SurveyFinding: ResolverTypeWrapper<SurveyFindingRow>;
  SurveyFindingKind: SurveyFindingKind;
  TalentProfile: ResolverTypeWrapper<TalentProfileRow>;
  WithdrawFromCourseError: ResolverTypeWrapper<WithdrawFromCourseError>;
  WithdrawFromCourseErrorCode: WithdrawFromCourseErrorCode;
  WithdrawFromCourseInput: WithdrawFromCourseInput;
  WithdrawFromCoursePayload: ResolverTypeWrapper<Omit<WithdrawFromCoursePayload, 'enrollment'> & { enrollment?: Maybe<ResolversTypes['Enrollment']> }>;
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
  Campus: CampusRow;
  ID: Scalars['ID']['output'];
  CareerDiagnosis: CareerDiagnosisRow;
  Int: Scalars['Int']['output'];
  CareerEntry: CareerEntryRow;
  CareerEntryInput: CareerEntryInput;
  CareerOccupation: OccupationRow;
  Course: CourseRow;
  CourseConnection: CourseConnectionParent;
  CourseEdge: Omit<CourseEdge, 'node'> & { node: ResolversParentTypes['Course'] };
  CourseFilter: CourseFilter;
  Date: Scalars['Date']['output'];
  DateTime: Scalars['DateTime']['output'];
  DesiredConditions: TalentProfileRow;
  DesiredConditionsInput: DesiredConditionsInput;
  Employer: Employer;
  EmploymentInsuranceRecord: EmploymentInsuranceRecord;
  EnrollInCourseError: EnrollInCourseError;
  EnrollInCourseInput: EnrollInCourseInput;
  EnrollInCoursePayload: Omit<EnrollInCoursePayload, 'enrollment'> & { enrollment?: Maybe<ResolversParentTypes['Enrollment']> };
  Enrollment: EnrollmentRow;
  ExperiencedTalentPlacement: PlacementRow;
  ExperiencedTalentSupport: TalentSupportParent;
  ExperiencedTalentSupportTypeInfo: SupportTypeParent;
  FiftyPlusEligibility: FiftyPlusEligibility;
  FiftyPlusProgram: ProgramRow;
  FollowUp: FollowUpRow;
  JobPosting: JobPosting;
  JobRecommendation: Recommendation;
  Float: Scalars['Float']['output'];
  MidCareerAcademy: AcademyParent;
  MidCareerSurvey: SurveyRow;
  Mutation: Record<PropertyKey, never>;
  PageInfo: PageInfo;
  Person: PersonParent;
  Query: Record<PropertyKey, never>;
  RecommendationReason: RecommendationReason;
  RecordCareerDiagnosisError: RecordCareerDiagnosisError;
  RecordCareerDiagnosisInput: RecordCareerDiagnosisInput;
  RecordCareerDiagnosisPayload: Omit<RecordCareerDiagnosisPayload, 'diagnosis'> & { diagnosis?: Maybe<ResolversParentTypes['CareerDiagnosis']> };
  RecordFollowUpError: RecordFollowUpError;
  RecordFollowUpInput: RecordFollowUpInput;
  RecordFollowUpPayload: Omit<RecordFollowUpPayload, 'followUp' | 'placement'> & { followUp?: Maybe<ResolversParentTypes['FollowUp']>, placement?: Maybe<ResolversParentTypes['ExperiencedTalentPlacement']> };
  Region: RegionParent;
  RegisterTalentProfileInput: RegisterTalentProfileInput;
  RegisterTalentProfilePayload: Omit<RegisterTalentProfilePayload, 'profile'> & { profile: ResolversParentTypes['TalentProfile'] };
  SurveyFinding: SurveyFindingRow;
  TalentProfile: TalentProfileRow;
  WithdrawFromCourseError: WithdrawFromCourseError;
  WithdrawFromCourseInput: WithdrawFromCourseInput;
  WithdrawFromCoursePayload: Omit<WithdrawFromCoursePayload, 'enrollment'> & { enrollment?: Maybe<ResolversParentTypes['Enrollment']> };
  federation__FieldSet: Scalars['federation__FieldSet']['output'];
  federation__Policy: Scalars['federation__Policy']['output'];
  federation__Scope: Scalars['federation__Scope']['output'];
  link__Import: Scalars['link__Import']['output'];
  String: Scalars['String']['output'];
  Boolean: Scalars['Boolean']['output'];
};

export type AuthenticatedDirectiveArgs = { };

export type AuthenticatedDirectiveResolver<Result, Parent, ContextType = FiftyPlusContext, Args = AuthenticatedDirectiveArgs> = DirectiveResolverFn<Result, Parent, ContextType, Args>;

export type InaccessibleDirectiveArgs = { };

export type InaccessibleDirectiveResolver<Result, Parent, ContextType = FiftyPlusContext, Args = InaccessibleDirectiveArgs> = DirectiveResolverFn<Result, Parent, ContextType, Args>;

export type InterfaceObjectDirectiveArgs = { };

export type InterfaceObjectDirectiveResolver<Result, Parent, ContextType = FiftyPlusContext, Args = InterfaceObjectDirectiveArgs> = DirectiveResolverFn<Result, Parent, ContextType, Args>;

export type LinkDirectiveArgs = {
  as?: Maybe<Scalars['String']['input']>;
  for?: Maybe<Link__Purpose>;
  import?: Maybe<ReadonlyArray<Maybe<Scalars['link__Import']['input']>>>;
  url: Scalars['String']['input'];
};

export type LinkDirectiveResolver<Result, Parent, ContextType = FiftyPlusContext, Args = LinkDirectiveArgs> = DirectiveResolverFn<Result, Parent, ContextType, Args>;

export type OverrideDirectiveArgs = {
  from: Scalars['String']['input'];
  label?: Maybe<Scalars['String']['input']>;
};

export type OverrideDirectiveResolver<Result, Parent, ContextType = FiftyPlusContext, Args = OverrideDirectiveArgs> = DirectiveResolverFn<Result, Parent, ContextType, Args>;

export type PolicyDirectiveArgs = {
  policies: ReadonlyArray<ReadonlyArray<Scalars['federation__Policy']['input']>>;
};

export type PolicyDirectiveResolver<Result, Parent, ContextType = FiftyPlusContext, Args = PolicyDirectiveArgs> = DirectiveResolverFn<Result, Parent, ContextType, Args>;

export type RequiresScopesDirectiveArgs = {
  scopes: ReadonlyArray<ReadonlyArray<Scalars['federation__Scope']['input']>>;
};

export type RequiresScopesDirectiveResolver<Result, Parent, ContextType = FiftyPlusContext, Args = RequiresScopesDirectiveArgs> = DirectiveResolverFn<Result, Parent, ContextType, Args>;

export type ShareableDirectiveArgs = { };

export type ShareableDirectiveResolver<Result, Parent, ContextType = FiftyPlusContext, Args = ShareableDirectiveArgs> = DirectiveResolverFn<Result, Parent, ContextType, Args>;

export type TagDirectiveArgs = {
  name: Scalars['String']['input'];
};

export type TagDirectiveResolver<Result, Parent, ContextType = FiftyPlusContext, Args = TagDirectiveArgs> = DirectiveResolverFn<Result, Parent, ContextType, Args>;

export type CampusResolvers<ContextType = FiftyPlusContext, ParentType extends ResolversParentTypes['Campus'] = ResolversParentTypes['Campus']> = {
  courses?: Resolver<ReadonlyArray<ResolversTypes['Course']>, ParentType, ContextType, Partial<CampusCoursesArgs>>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  nameEn?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  region?: Resolver<ResolversTypes['Region'], ParentType, ContextType>;
};

export type CareerDiagnosisResolvers<ContextType = FiftyPlusContext, ParentType extends ResolversParentTypes['CareerDiagnosis'] = ResolversParentTypes['CareerDiagnosis']> = {
  counselorId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  diagnosedOn?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  note?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  profile?: Resolver<ResolversTypes['TalentProfile'], ParentType, ContextType>;
  readiness?: Resolver<ResolversTypes['Readiness'], ParentType, ContextType>;
  readinessScore?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  recommendedTrack?: Resolver<ResolversTypes['CourseTrack'], ParentType, ContextType>;
  recordedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  strengths?: Resolver<ReadonlyArray<ResolversTypes['String']>, ParentType, ContextType>;
};

export type CareerEntryResolvers<ContextType = FiftyPlusContext, ParentType extends ResolversParentTypes['CareerEntry'] = ResolversParentTypes['CareerEntry']> = {
  occupation?: Resolver<ResolversTypes['CareerOccupation'], ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  years?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type CareerOccupationResolvers<ContextType = FiftyPlusContext, ParentType extends ResolversParentTypes['CareerOccupation'] = ResolversParentTypes['CareerOccupation']> = {
  code?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  nameEn?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type CourseResolvers<ContextType = FiftyPlusContext, ParentType extends ResolversParentTypes['Course'] = ResolversParentTypes['Course']> = {
  campus?: Resolver<ResolversTypes['Campus'], ParentType, ContextType>;
  capacity?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  endsOn?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  enrolledCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  hours?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  openForEnrollment?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  program?: Resolver<ResolversTypes['FiftyPlusProgram'], ParentType, ContextType>;
  seatsAvailable?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  startsOn?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  track?: Resolver<ResolversTypes['CourseTrack'], ParentType, ContextType>;
};

export type CourseConnectionResolvers<ContextType = FiftyPlusContext, ParentType extends ResolversParentTypes['CourseConnection'] = ResolversParentTypes['CourseConnection']> = {
  edges?: Resolver<ReadonlyArray<ResolversTypes['CourseEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type CourseEdgeResolvers<ContextType = FiftyPlusContext, ParentType extends ResolversParentTypes['CourseEdge'] = ResolversParentTypes['CourseEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Course'], ParentType, ContextType>;
};

export interface DateScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['Date'], any> {
  name: 'Date';
}

export interface DateTimeScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['DateTime'], any> {
  name: 'DateTime';
}

export type DesiredConditionsResolvers<ContextType = FiftyPlusContext, ParentType extends ResolversParentTypes['DesiredConditions'] = ResolversParentTypes['DesiredConditions']> = {
  employmentTypes?: Resolver<ReadonlyArray<ResolversTypes['EmploymentType']>, ParentType, ContextType>;
  maxHoursPerWeek?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  minMonthlyWageKrw?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  regions?: Resolver<ReadonlyArray<ResolversTypes['Region']>, ParentType, ContextType>;
};

export type EmployerResolvers<ContextType = FiftyPlusContext, ParentType extends ResolversParentTypes['Employer'] = ResolversParentTypes['Employer']> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
};

export type EmploymentInsuranceRecordResolvers<ContextType = FiftyPlusContext, ParentType extends ResolversParentTypes['EmploymentInsuranceRecord'] = ResolversParentTypes['EmploymentInsuranceRecord']> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
};

export type EnrollInCourseErrorResolvers<ContextType = FiftyPlusContext, ParentType extends ResolversParentTypes['EnrollInCourseError'] = ResolversParentTypes['EnrollInCourseError']> = {
  code?: Resolver<ResolversTypes['EnrollInCourseErrorCode'], ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type EnrollInCoursePayloadResolvers<ContextType = FiftyPlusContext, ParentType extends ResolversParentTypes['EnrollInCoursePayload'] = ResolversParentTypes['EnrollInCoursePayload']> = {
  enrollment?: Resolver<Maybe<ResolversTypes['Enrollment']>, ParentType, ContextType>;
  error?: Resolver<Maybe<ResolversTypes['EnrollInCourseError']>, ParentType, ContextType>;
  ok?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type EnrollmentResolvers<ContextType = FiftyPlusContext, ParentType extends ResolversParentTypes['Enrollment'] = ResolversParentTypes['Enrollment']> = {
  completedOn?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  course?: Resolver<ResolversTypes['Course'], ParentType, ContextType>;
  enrolledOn?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  person?: Resolver<ResolversTypes['Person'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['EnrollmentStatus'], ParentType, ContextType>;
  withdrawnOn?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
};

export type ExperiencedTalentPlacementResolvers<ContextType = FiftyPlusContext, ParentType extends ResolversParentTypes['ExperiencedTalentPlacement'] = ResolversParentTypes['ExperiencedTalentPlacement']> = {
  employer?: Resolver<ResolversTypes['Employer'], ParentType, ContextType>;
  endedOn?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  followUps?: Resolver<ReadonlyArray<ResolversTypes['FollowUp']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  insuranceRecord?: Resolver<ResolversTypes['EmploymentInsuranceRecord'], ParentType, ContextType>;
  person?: Resolver<ResolversTypes['Person'], ParentType, ContextType>;
  program?: Resolver<ResolversTypes['FiftyPlusProgram'], ParentType, ContextType>;
  startedOn?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  supportType?: Resolver<ResolversTypes['ExperiencedTalentSupportType'], ParentType, ContextType>;
};

export type ExperiencedTalentSupportResolvers<ContextType = FiftyPlusContext, ParentType extends ResolversParentTypes['ExperiencedTalentSupport'] = ResolversParentTypes['ExperiencedTalentSupport']> = {
  placementCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  plannedPeople?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  previousYear?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  previousYearPeople?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  supportTypes?: Resolver<ReadonlyArray<ResolversTypes['ExperiencedTalentSupportTypeInfo']>, ParentType, ContextType>;
};

export type ExperiencedTalentSupportTypeInfoResolvers<ContextType = FiftyPlusContext, ParentType extends ResolversParentTypes['ExperiencedTalentSupportTypeInfo'] = ResolversParentTypes['ExperiencedTalentSupportTypeInfo']> = {
  description?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  nameEn?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  placementCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  type?: Resolver<ResolversTypes['ExperiencedTalentSupportType'], ParentType, ContextType>;
};

export type FiftyPlusEligibilityResolvers<ContextType = FiftyPlusContext, ParentType extends ResolversParentTypes['FiftyPlusEligibility'] = ResolversParentTypes['FiftyPlusEligibility']> = {
  description?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  maxAge?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  minAge?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  seoulResidentsOnly?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type FiftyPlusProgramResolvers<ContextType = FiftyPlusContext, ParentType extends ResolversParentTypes['FiftyPlusProgram'] = ResolversParentTypes['FiftyPlusProgram'], FederationReferenceType extends FederationReferenceTypes['FiftyPlusProgram'] = FederationReferenceTypes['FiftyPlusProgram']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['FiftyPlusProgram']> | FederationReferenceType, FederationReferenceType, ContextType>;
  academy?: Resolver<Maybe<ResolversTypes['MidCareerAcademy']>, ParentType, ContextType>;
  agency?: Resolver<ResolversTypes['Agency'], ParentType, ContextType>;
  description?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  eligibility?: Resolver<ResolversTypes['FiftyPlusEligibility'], ParentType, ContextType>;
  experiencedTalent?: Resolver<Maybe<ResolversTypes['ExperiencedTalentSupport']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['FiftyPlusProgramKind'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  nameEn?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  year?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type FollowUpResolvers<ContextType = FiftyPlusContext, ParentType extends ResolversParentTypes['FollowUp'] = ResolversParentTypes['FollowUp']> = {
  checkedOn?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  note?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  staffId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['FollowUpStatus'], ParentType, ContextType>;
};

export type JobPostingResolvers<ContextType = FiftyPlusContext, ParentType extends ResolversParentTypes['JobPosting'] = ResolversParentTypes['JobPosting']> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
};

export type JobRecommendationResolvers<ContextType = FiftyPlusContext, ParentType extends ResolversParentTypes['JobRecommendation'] = ResolversParentTypes['JobRecommendation']> = {
  posting?: Resolver<ResolversTypes['JobPosting'], ParentType, ContextType>;
  reasons?: Resolver<ReadonlyArray<ResolversTypes['RecommendationReason']>, ParentType, ContextType>;
  score?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
};

export type MidCareerAcademyResolvers<ContextType = FiftyPlusContext, ParentType extends ResolversParentTypes['MidCareerAcademy'] = ResolversParentTypes['MidCareerAcademy']> = {
  campusCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  campuses?: Resolver<ReadonlyArray<ResolversTypes['Campus']>, ParentType, ContextType>;
  courseCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  enrolledCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  largeJobFairMonth?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  plannedCourses?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  plannedSites?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  plannedSitesBy?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  plannedTrainees?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  regionalJobFairsPerYear?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  seatCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  survey?: Resolver<ResolversTypes['MidCareerSurvey'], ParentType, ContextType>;
};

export type MidCareerSurveyResolvers<ContextType = FiftyPlusContext, ParentType extends ResolversParentTypes['MidCareerSurvey'] = ResolversParentTypes['MidCareerSurvey']> = {
  ageFrom?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  ageTo?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  findings?: Resolver<ReadonlyArray<ResolversTypes['SurveyFinding']>, ParentType, ContextType>;
  month?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  population?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  respondents?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  year?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type MutationResolvers<ContextType = FiftyPlusContext, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = {
  enrollInCourse?: Resolver<ResolversTypes['EnrollInCoursePayload'], ParentType, ContextType, RequireFields<MutationEnrollInCourseArgs, 'input'>>;
  recordCareerDiagnosis?: Resolver<ResolversTypes['RecordCareerDiagnosisPayload'], ParentType, ContextType, RequireFields<MutationRecordCareerDiagnosisArgs, 'input'>>;
  recordFollowUp?: Resolver<ResolversTypes['RecordFollowUpPayload'], ParentType, ContextType, RequireFields<MutationRecordFollowUpArgs, 'input'>>;
  registerTalentProfile?: Resolver<ResolversTypes['RegisterTalentProfilePayload'], ParentType, ContextType, RequireFields<MutationRegisterTalentProfileArgs, 'input'>>;
  withdrawFromCourse?: Resolver<ResolversTypes['WithdrawFromCoursePayload'], ParentType, ContextType, RequireFields<MutationWithdrawFromCourseArgs, 'input'>>;
};

export type PageInfoResolvers<ContextType = FiftyPlusContext, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = {
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  hasPreviousPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  startCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type PersonResolvers<ContextType = FiftyPlusContext, ParentType extends ResolversParentTypes['Person'] = ResolversParentTypes['Person'], FederationReferenceType extends FederationReferenceTypes['Person'] = FederationReferenceTypes['Person']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Person']> | FederationReferenceType, FederationReferenceType, ContextType>;
  courseEnrollments?: Resolver<ReadonlyArray<ResolversTypes['Enrollment']>, ParentType, ContextType>;
  experiencedTalentPlacements?: Resolver<ReadonlyArray<ResolversTypes['ExperiencedTalentPlacement']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  talentProfile?: Resolver<Maybe<ResolversTypes['TalentProfile']>, ParentType, ContextType>;
};

export type QueryResolvers<ContextType = FiftyPlusContext, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = {
  campus?: Resolver<Maybe<ResolversTypes['Campus']>, ParentType, ContextType, RequireFields<QueryCampusArgs, 'id'>>;
  campuses?: Resolver<ReadonlyArray<ResolversTypes['Campus']>, ParentType, ContextType>;
  course?: Resolver<Maybe<ResolversTypes['Course']>, ParentType, ContextType, RequireFields<QueryCourseArgs, 'id'>>;
  courses?: Resolver<ResolversTypes['CourseConnection'], ParentType, ContextType, Partial<QueryCoursesArgs>>;
  experiencedTalentPlacement?: Resolver<Maybe<ResolversTypes['ExperiencedTalentPlacement']>, ParentType, ContextType, RequireFields<QueryExperiencedTalentPlacementArgs, 'id'>>;
  fiftyPlusPrograms?: Resolver<ReadonlyArray<ResolversTypes['FiftyPlusProgram']>, ParentType, ContextType, Partial<QueryFiftyPlusProgramsArgs>>;
};

export type RecommendationReasonResolvers<ContextType = FiftyPlusContext, ParentType extends ResolversParentTypes['RecommendationReason'] = ResolversParentTypes['RecommendationReason']> = {
  detail?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  factor?: Resolver<ResolversTypes['RecommendationFactor'], ParentType, ContextType>;
  points?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
};

export type RecordCareerDiagnosisErrorResolvers<ContextType = FiftyPlusContext, ParentType extends ResolversParentTypes['RecordCareerDiagnosisError'] = ResolversParentTypes['RecordCareerDiagnosisError']> = {
  code?: Resolver<ResolversTypes['RecordCareerDiagnosisErrorCode'], ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type RecordCareerDiagnosisPayloadResolvers<ContextType = FiftyPlusContext, ParentType extends ResolversParentTypes['RecordCareerDiagnosisPayload'] = ResolversParentTypes['RecordCareerDiagnosisPayload']> = {
  diagnosis?: Resolver<Maybe<ResolversTypes['CareerDiagnosis']>, ParentType, ContextType>;
  error?: Resolver<Maybe<ResolversTypes['RecordCareerDiagnosisError']>, ParentType, ContextType>;
  ok?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type RecordFollowUpErrorResolvers<ContextType = FiftyPlusContext, ParentType extends ResolversParentTypes['RecordFollowUpError'] = ResolversParentTypes['RecordFollowUpError']> = {
  code?: Resolver<ResolversTypes['RecordFollowUpErrorCode'], ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type RecordFollowUpPayloadResolvers<ContextType = FiftyPlusContext, ParentType extends ResolversParentTypes['RecordFollowUpPayload'] = ResolversParentTypes['RecordFollowUpPayload']> = {
  error?: Resolver<Maybe<ResolversTypes['RecordFollowUpError']>, ParentType, ContextType>;
  followUp?: Resolver<Maybe<ResolversTypes['FollowUp']>, ParentType, ContextType>;
  ok?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  placement?: Resolver<Maybe<ResolversTypes['ExperiencedTalentPlacement']>, ParentType, ContextType>;
};

export type RegionResolvers<ContextType = FiftyPlusContext, ParentType extends ResolversParentTypes['Region'] = ResolversParentTypes['Region'], FederationReferenceType extends FederationReferenceTypes['Region'] = FederationReferenceTypes['Region']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Region']> | FederationReferenceType, FederationReferenceType, ContextType>;
  code?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  fiftyPlusCampuses?: Resolver<ReadonlyArray<ResolversTypes['Campus']>, ParentType, ContextType>;
  fiftyPlusPrograms?: Resolver<ReadonlyArray<ResolversTypes['FiftyPlusProgram']>, ParentType, ContextType>;
};

export type RegisterTalentProfilePayloadResolvers<ContextType = FiftyPlusContext, ParentType extends ResolversParentTypes['RegisterTalentProfilePayload'] = ResolversParentTypes['RegisterTalentProfilePayload']> = {
  created?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  profile?: Resolver<ResolversTypes['TalentProfile'], ParentType, ContextType>;
};

export type SurveyFindingResolvers<ContextType = FiftyPlusContext, ParentType extends ResolversParentTypes['SurveyFinding'] = ResolversParentTypes['SurveyFinding']> = {
  description?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['SurveyFindingKind'], ParentType, ContextType>;
  people?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  share?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
};

export type TalentProfileResolvers<ContextType = FiftyPlusContext, ParentType extends ResolversParentTypes['TalentProfile'] = ResolversParentTypes['TalentProfile']> = {
  birthDate?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  campus?: Resolver<ResolversTypes['Campus'], ParentType, ContextType>;
  careerHistory?: Resolver<ReadonlyArray<ResolversTypes['CareerEntry']>, ParentType, ContextType>;
  desiredConditions?: Resolver<ResolversTypes['DesiredConditions'], ParentType, ContextType>;
  diagnoses?: Resolver<ReadonlyArray<ResolversTypes['CareerDiagnosis']>, ParentType, ContextType>;
  enrollments?: Resolver<ReadonlyArray<ResolversTypes['Enrollment']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  person?: Resolver<ResolversTypes['Person'], ParentType, ContextType>;
  phone?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  readiness?: Resolver<Maybe<ResolversTypes['Readiness']>, ParentType, ContextType>;
  recommendedJobs?: Resolver<ReadonlyArray<ResolversTypes['JobRecommendation']>, ParentType, ContextType, RequireFields<TalentProfileRecommendedJobsArgs, 'first'>>;
  recommendedTrack?: Resolver<Maybe<ResolversTypes['CourseTrack']>, ParentType, ContextType>;
  registeredOn?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  residenceRegion?: Resolver<ResolversTypes['Region'], ParentType, ContextType>;
};

export type WithdrawFromCourseErrorResolvers<ContextType = FiftyPlusContext, ParentType extends ResolversParentTypes['WithdrawFromCourseError'] = ResolversParentTypes['WithdrawFromCourseError']> = {
  code?: Resolver<ResolversTypes['WithdrawFromCourseErrorCode'], ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type WithdrawFromCoursePayloadResolvers<ContextType = FiftyPlusContext, ParentType extends ResolversParentTypes['WithdrawFromCoursePayload'] = ResolversParentTypes['WithdrawFromCoursePayload']> = {
  enrollment?: Resolver<Maybe<ResolversTypes['Enrollment']>, ParentType, ContextType>;
  error?: Resolver<Maybe<ResolversTypes['WithdrawFromCourseError']>, ParentType, ContextType>;
  ok?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
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

export type Resolvers<ContextType = FiftyPlusContext> = {
  Campus?: CampusResolvers<ContextType>;
  CareerDiagnosis?: CareerDiagnosisResolvers<ContextType>;
  CareerEntry?: CareerEntryResolvers<ContextType>;
  CareerOccupation?: CareerOccupationResolvers<ContextType>;
  Course?: CourseResolvers<ContextType>;
  CourseConnection?: CourseConnectionResolvers<ContextType>;
  CourseEdge?: CourseEdgeResolvers<ContextType>;
  Date?: GraphQLScalarType;
  DateTime?: GraphQLScalarType;
  DesiredConditions?: DesiredConditionsResolvers<ContextType>;
  Employer?: EmployerResolvers<ContextType>;
  EmploymentInsuranceRecord?: EmploymentInsuranceRecordResolvers<ContextType>;
  EnrollInCourseError?: EnrollInCourseErrorResolvers<ContextType>;
  EnrollInCoursePayload?: EnrollInCoursePayloadResolvers<ContextType>;
  Enrollment?: EnrollmentResolvers<ContextType>;
  ExperiencedTalentPlacement?: ExperiencedTalentPlacementResolvers<ContextType>;
  ExperiencedTalentSupport?: ExperiencedTalentSupportResolvers<ContextType>;
  ExperiencedTalentSupportTypeInfo?: ExperiencedTalentSupportTypeInfoResolvers<ContextType>;
  FiftyPlusEligibility?: FiftyPlusEligibilityResolvers<ContextType>;
  FiftyPlusProgram?: FiftyPlusProgramResolvers<ContextType>;
  FollowUp?: FollowUpResolvers<ContextType>;
  JobPosting?: JobPostingResolvers<ContextType>;
  JobRecommendation?: JobRecommendationResolvers<ContextType>;
  MidCareerAcademy?: MidCareerAcademyResolvers<ContextType>;
  MidCareerSurvey?: MidCareerSurveyResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  Person?: PersonResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  RecommendationReason?: RecommendationReasonResolvers<ContextType>;
  RecordCareerDiagnosisError?: RecordCareerDiagnosisErrorResolvers<ContextType>;
  RecordCareerDiagnosisPayload?: RecordCareerDiagnosisPayloadResolvers<ContextType>;
  RecordFollowUpError?: RecordFollowUpErrorResolvers<ContextType>;
  RecordFollowUpPayload?: RecordFollowUpPayloadResolvers<ContextType>;
  Region?: RegionResolvers<ContextType>;
  RegisterTalentProfilePayload?: RegisterTalentProfilePayloadResolvers<ContextType>;
  SurveyFinding?: SurveyFindingResolvers<ContextType>;
  TalentProfile?: TalentProfileResolvers<ContextType>;
  WithdrawFromCourseError?: WithdrawFromCourseErrorResolvers<ContextType>;
  WithdrawFromCoursePayload?: WithdrawFromCoursePayloadResolvers<ContextType>;
  federation__FieldSet?: GraphQLScalarType;
  federation__Policy?: GraphQLScalarType;
  federation__Scope?: GraphQLScalarType;
  link__Import?: GraphQLScalarType;
};

export type DirectiveResolvers<ContextType = FiftyPlusContext> = {
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
