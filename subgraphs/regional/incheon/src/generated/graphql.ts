import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { DemandDayRow, DemandDayEmployerRow, DemandDayRegistrationRow, WorkingGroupRow, WorkingGroupMemberRow, JointFairRow, TrainingRow } from '../db/schema.js';
import type { CenterParent, PersonParent, RegionParent, EmployerParent } from '../graphql/references.js';
import type { IncheonContext } from '../graphql/context.js';
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

export type Employer = {
  readonly __typename?: 'Employer';
  readonly id: Scalars['ID']['output'];
};

export type EmploymentCenter = {
  readonly __typename?: 'EmploymentCenter';
  readonly id: Scalars['ID']['output'];
  /** The local job-creation working groups the center convenes. */
  readonly jobCreationWorkingGroups: ReadonlyArray<JobCreationWorkingGroup>;
  /**
   * The center's job demand days in date order, optionally of one industry or between two dates.
   * Empty for every center but Incheon Bukbu and Incheon Seobu.
   */
  readonly jobDemandDays: ReadonlyArray<JobDemandDay>;
  /** Joint job fairs the center co-hosts, in date order. */
  readonly jointJobFairs: ReadonlyArray<IncheonJointJobFair>;
  /** Korea Polytechnic training the center refers people to, by start date. */
  readonly polytechnicTrainings: ReadonlyArray<PolytechnicTraining>;
};


export type EmploymentCenterJobDemandDaysArgs = {
  from?: InputMaybe<Scalars['Date']['input']>;
  industry?: InputMaybe<IncheonIndustry>;
  to?: InputMaybe<Scalars['Date']['input']>;
};

/** The Incheon network's key industries. */
export type IncheonIndustry =
  | 'AVIATION'
  | 'BIO'
  | 'HEALTH_WELFARE'
  | 'LOGISTICS'
  /** Root industries (뿌리산업): casting, moulding, welding, surface treatment and the like. */
  | 'ROOT';

/** A job fair Incheon Bukbu and Incheon Seobu hold together. */
export type IncheonJointJobFair = {
  readonly __typename?: 'IncheonJointJobFair';
  readonly date: Scalars['Date']['output'];
  /** The centers hosting it. */
  readonly hosts: ReadonlyArray<EmploymentCenter>;
  /** `jjf-` followed by a slug. */
  readonly id: Scalars['ID']['output'];
  readonly industries: ReadonlyArray<IncheonIndustry>;
  /** Employers expected to recruit at the fair. */
  readonly plannedEmployers: Scalars['Int']['output'];
  readonly region: Region;
  /** The Korean title. */
  readonly title: Scalars['String']['output'];
  readonly titleEn: Scalars['String']['output'];
  readonly venue: Scalars['String']['output'];
};

/**
 * A local job-creation working group (지역 일자리상생 실무협의체): the center, local government,
 * Korea Polytechnic and employers of one industry.
 */
export type JobCreationWorkingGroup = {
  readonly __typename?: 'JobCreationWorkingGroup';
  readonly cadence: WorkingGroupCadence;
  /** The center that convenes it. */
  readonly center: EmploymentCenter;
  readonly formedOn: Scalars['Date']['output'];
  /** `wg-` followed by a slug. */
  readonly id: Scalars['ID']['output'];
  readonly industry: IncheonIndustry;
  /** Its members, in the order the group lists them. */
  readonly members: ReadonlyArray<WorkingGroupMember>;
  /** The Korean name. */
  readonly name: Scalars['String']['output'];
  readonly nameEn: Scalars['String']['output'];
};

/**
 * A recruiting day (구인수요일-style) a center holds with employers of one industry, for job
 * seekers aged 50+.
 */
export type JobDemandDay = {
  readonly __typename?: 'JobDemandDay';
  readonly available: Scalars['Int']['output'];
  /** Places for job seekers. */
  readonly capacity: Scalars['Int']['output'];
  readonly center: EmploymentCenter;
  readonly date: Scalars['Date']['output'];
  /** The employers recruiting on the day. */
  readonly employers: ReadonlyArray<JobDemandDayEmployer>;
  /** `jdd-` followed by a slug. */
  readonly id: Scalars['ID']['output'];
  readonly industry: IncheonIndustry;
  readonly registrationCount: Scalars['Int']['output'];
  /** Whether registrations are still taken (the day is today or later). */
  readonly registrationOpen: Scalars['Boolean']['output'];
  /** The Korean title. */
  readonly title: Scalars['String']['output'];
  readonly titleEn: Scalars['String']['output'];
  readonly venue: Scalars['String']['output'];
};

/** An employer recruiting at a job demand day. */
export type JobDemandDayEmployer = {
  readonly __typename?: 'JobDemandDayEmployer';
  readonly employer: Employer;
  /** The employer's name, as the Work24 register lists it. */
  readonly name: Scalars['String']['output'];
  /** How many the employer intends to hire on the day. */
  readonly openings: Scalars['Int']['output'];
};

/** A member's registration for a job demand day. */
export type JobDemandDayRegistration = {
  readonly __typename?: 'JobDemandDayRegistration';
  readonly id: Scalars['ID']['output'];
  readonly jobDemandDay: JobDemandDay;
  readonly person: Person;
  readonly registeredAt: Scalars['DateTime']['output'];
};

export type Mutation = {
  readonly __typename?: 'Mutation';
  /**
   * Registers the signed-in member for a job demand day: once per day, within its places, not
   * after the day.
   */
  readonly registerForJobDemandDay: RegisterForJobDemandDayPayload;
};


export type MutationRegisterForJobDemandDayArgs = {
  input: RegisterForJobDemandDayInput;
};

export type Person = {
  readonly __typename?: 'Person';
  readonly id: Scalars['ID']['output'];
  /** Registrations for job demand days, oldest first. */
  readonly jobDemandDayRegistrations: ReadonlyArray<JobDemandDayRegistration>;
};

/** A Korea Polytechnic course (한국폴리텍 특화훈련) a center refers people to. */
export type PolytechnicTraining = {
  readonly __typename?: 'PolytechnicTraining';
  /** The campus, in Korean. */
  readonly campus: Scalars['String']['output'];
  readonly campusEn: Scalars['String']['output'];
  /** The referring center. */
  readonly center: EmploymentCenter;
  /** The course title, in Korean. */
  readonly course: Scalars['String']['output'];
  readonly courseEn: Scalars['String']['output'];
  readonly endsOn: Scalars['Date']['output'];
  readonly hours: Scalars['Int']['output'];
  /** `kpt-` followed by a slug. */
  readonly id: Scalars['ID']['output'];
  readonly industry: IncheonIndustry;
  readonly seats: Scalars['Int']['output'];
  readonly startsOn: Scalars['Date']['output'];
};

export type Query = {
  readonly __typename?: 'Query';
  /**
   * Job demand days of Incheon Bukbu and Incheon Seobu in date order, optionally of one center, of
   * one industry, or between two dates (both included).
   */
  readonly incheonJobDemandDays: ReadonlyArray<JobDemandDay>;
  /** The two centers' joint job fairs in date order, optionally between two dates (both included). */
  readonly incheonJointJobFairs: ReadonlyArray<IncheonJointJobFair>;
  /** Korea Polytechnic training the two centers refer people to, by start date. */
  readonly incheonPolytechnicTrainings: ReadonlyArray<PolytechnicTraining>;
  /** The local job-creation working groups of the two centers, by industry. */
  readonly incheonWorkingGroups: ReadonlyArray<JobCreationWorkingGroup>;
  readonly jobDemandDay: Maybe<JobDemandDay>;
};


export type QueryIncheonJobDemandDaysArgs = {
  centerId?: InputMaybe<Scalars['ID']['input']>;
  from?: InputMaybe<Scalars['Date']['input']>;
  industry?: InputMaybe<IncheonIndustry>;
  to?: InputMaybe<Scalars['Date']['input']>;
};


export type QueryIncheonJointJobFairsArgs = {
  from?: InputMaybe<Scalars['Date']['input']>;
  to?: InputMaybe<Scalars['Date']['input']>;
};


export type QueryIncheonPolytechnicTrainingsArgs = {
  industry?: InputMaybe<IncheonIndustry>;
};


export type QueryIncheonWorkingGroupsArgs = {
  industry?: InputMaybe<IncheonIndustry>;
};


export type QueryJobDemandDayArgs = {
  id: Scalars['ID']['input'];
};

export type Region = {
  readonly __typename?: 'Region';
  readonly code: Scalars['ID']['output'];
};

export type RegisterForJobDemandDayError = {
  readonly __typename?: 'RegisterForJobDemandDayError';
  readonly code: RegisterForJobDemandDayErrorCode;
  readonly message: Scalars['String']['output'];
};

export type RegisterForJobDemandDayErrorCode =
  | 'ALREADY_REGISTERED'
  | 'DAY_FULL'
  | 'DAY_PASSED';

/** A registration by the signed-in member, for themself. */
export type RegisterForJobDemandDayInput = {
  readonly jobDemandDayId: Scalars['ID']['input'];
};

export type RegisterForJobDemandDayPayload = {
  readonly __typename?: 'RegisterForJobDemandDayPayload';
  readonly error: Maybe<RegisterForJobDemandDayError>;
  readonly ok: Scalars['Boolean']['output'];
  readonly registration: Maybe<JobDemandDayRegistration>;
};

/** How often a working group meets. */
export type WorkingGroupCadence =
  | 'BIMONTHLY'
  | 'MONTHLY'
  | 'QUARTERLY';

/** A body in a working group. */
export type WorkingGroupMember = {
  readonly __typename?: 'WorkingGroupMember';
  /** The employer, for an EMPLOYER member. */
  readonly employer: Maybe<Employer>;
  readonly kind: WorkingGroupMemberKind;
  /** The Korean name. */
  readonly name: Scalars['String']['output'];
  readonly nameEn: Scalars['String']['output'];
  /** Where the body is, where known. */
  readonly region: Maybe<Region>;
};

/** The kinds of body a working group joins. */
export type WorkingGroupMemberKind =
  | 'EMPLOYER'
  | 'EMPLOYMENT_CENTER'
  /** An industry association or cluster body. */
  | 'INDUSTRY_BODY'
  | 'LOCAL_GOVERNMENT'
  | 'MID_CAREER_CENTER'
  | 'POLYTECHNIC';

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
  EmploymentCenter: EmploymentCenter;
  Person: Person;
};

/** Mapping of federation reference types */
export type FederationReferenceTypes = {
  EmploymentCenter:
    ( { __typename: 'EmploymentCenter' }
    & GraphQLRecursivePick<FederationTypes['EmploymentCenter'], {"id":true}> );
  Person:
    ( { __typename: 'Person' }
    & GraphQLRecursivePick<FederationTypes['Person'], {"id":true}> );
};



/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = {
  Date: ResolverTypeWrapper<Scalars['Date']['output']>;
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  Employer: ResolverTypeWrapper<EmployerParent>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  EmploymentCenter: ResolverTypeWrapper<CenterParent>;
  IncheonIndustry: IncheonIndustry;
  IncheonJointJobFair: ResolverTypeWrapper<JointFairRow>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  JobCreationWorkingGroup: ResolverTypeWrapper<WorkingGroupRow>;
  JobDemandDay: ResolverTypeWrapper<DemandDayRow>;
  JobDemandDayEmployer: ResolverTypeWrapper<DemandDayEmployerRow>;
  JobDemandDayRegistration: ResolverTypeWrapper<DemandDayRegistrationRow>;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Person: ResolverTypeWrapper<PersonParent>;
  PolytechnicTraining: ResolverTypeWrapper<TrainingRow>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Region: ResolverTypeWrapper<RegionParent>;
  RegisterForJobDemandDayError: ResolverTypeWrapper<RegisterForJobDemandDayError>;
  RegisterForJobDemandDayErrorCode: RegisterForJobDemandDayErrorCode;
  RegisterForJobDemandDayInput: RegisterForJobDemandDayInput;
  RegisterForJobDemandDayPayload: ResolverTypeWrapper<Omit<RegisterForJobDemandDayPayload, 'registration'> & { registration?: Maybe<ResolversTypes['JobDemandDayRegistration']> }>;
  WorkingGroupCadence: WorkingGroupCadence;
  WorkingGroupMember: ResolverTypeWrapper<WorkingGroupMemberRow>;
  WorkingGroupMemberKind: WorkingGroupMemberKind;
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
  Date: Scalars['Date']['output'];
  DateTime: Scalars['DateTime']['output'];
  Employer: EmployerParent;
  ID: Scalars['ID']['output'];
  EmploymentCenter: CenterParent;
  IncheonJointJobFair: JointFairRow;
  Int: Scalars['Int']['output'];
  JobCreationWorkingGroup: WorkingGroupRow;
  JobDemandDay: DemandDayRow;
  JobDemandDayEmployer: DemandDayEmployerRow;
  JobDemandDayRegistration: DemandDayRegistrationRow;
  Mutation: Record<PropertyKey, never>;
  Person: PersonParent;
  PolytechnicTraining: TrainingRow;
  Query: Record<PropertyKey, never>;
  Region: RegionParent;
  RegisterForJobDemandDayError: RegisterForJobDemandDayError;
  RegisterForJobDemandDayInput: RegisterForJobDemandDayInput;
  RegisterForJobDemandDayPayload: Omit<RegisterForJobDemandDayPayload, 'registration'> & { registration?: Maybe<ResolversParentTypes['JobDemandDayRegistration']> };
  WorkingGroupMember: WorkingGroupMemberRow;
  federation__FieldSet: Scalars['federation__FieldSet']['output'];
  federation__Policy: Scalars['federation__Policy']['output'];
  federation__Scope: Scalars['federation__Scope']['output'];
  link__Import: Scalars['link__Import']['output'];
  String: Scalars['String']['output'];
  Boolean: Scalars['Boolean']['output'];
};

export type AuthenticatedDirectiveArgs = { };

export type AuthenticatedDirectiveResolver<Result, Parent, ContextType = IncheonContext, Args = AuthenticatedDirectiveArgs> = DirectiveResolverFn<Result, Parent, ContextType, Args>;

export type InaccessibleDirectiveArgs = { };

export type InaccessibleDirectiveResolver<Result, Parent, ContextType = IncheonContext, Args = InaccessibleDirectiveArgs> = DirectiveResolverFn<Result, Parent, ContextType, Args>;

export type InterfaceObjectDirectiveArgs = { };

export type InterfaceObjectDirectiveResolver<Result, Parent, ContextType = IncheonContext, Args = InterfaceObjectDirectiveArgs> = DirectiveResolverFn<Result, Parent, ContextType, Args>;

export type LinkDirectiveArgs = {
  as?: Maybe<Scalars['String']['input']>;
  for?: Maybe<Link__Purpose>;
  import?: Maybe<ReadonlyArray<Maybe<Scalars['link__Import']['input']>>>;
  url: Scalars['String']['input'];
};

export type LinkDirectiveResolver<Result, Parent, ContextType = IncheonContext, Args = LinkDirectiveArgs> = DirectiveResolverFn<Result, Parent, ContextType, Args>;

export type OverrideDirectiveArgs = {
  from: Scalars['String']['input'];
  label?: Maybe<Scalars['String']['input']>;
};

export type OverrideDirectiveResolver<Result, Parent, ContextType = IncheonContext, Args = OverrideDirectiveArgs> = DirectiveResolverFn<Result, Parent, ContextType, Args>;

export type PolicyDirectiveArgs = {
  policies: ReadonlyArray<ReadonlyArray<Scalars['federation__Policy']['input']>>;
};

export type PolicyDirectiveResolver<Result, Parent, ContextType = IncheonContext, Args = PolicyDirectiveArgs> = DirectiveResolverFn<Result, Parent, ContextType, Args>;

export type RequiresScopesDirectiveArgs = {
  scopes: ReadonlyArray<ReadonlyArray<Scalars['federation__Scope']['input']>>;
};

export type RequiresScopesDirectiveResolver<Result, Parent, ContextType = IncheonContext, Args = RequiresScopesDirectiveArgs> = DirectiveResolverFn<Result, Parent, ContextType, Args>;

export type ShareableDirectiveArgs = { };

export type ShareableDirectiveResolver<Result, Parent, ContextType = IncheonContext, Args = ShareableDirectiveArgs> = DirectiveResolverFn<Result, Parent, ContextType, Args>;

export type TagDirectiveArgs = {
  name: Scalars['String']['input'];
};

export type TagDirectiveResolver<Result, Parent, ContextType = IncheonContext, Args = TagDirectiveArgs> = DirectiveResolverFn<Result, Parent, ContextType, Args>;

export interface DateScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['Date'], any> {
  name: 'Date';
}

export interface DateTimeScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['DateTime'], any> {
  name: 'DateTime';
}

export type EmployerResolvers<ContextType = IncheonContext, ParentType extends ResolversParentTypes['Employer'] = ResolversParentTypes['Employer']> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
};

export type EmploymentCenterResolvers<ContextType = IncheonContext, ParentType extends ResolversParentTypes['EmploymentCenter'] = ResolversParentTypes['EmploymentCenter'], FederationReferenceType extends FederationReferenceTypes['EmploymentCenter'] = FederationReferenceTypes['EmploymentCenter']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['EmploymentCenter']> | FederationReferenceType, FederationReferenceType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  jobCreationWorkingGroups?: Resolver<ReadonlyArray<ResolversTypes['JobCreationWorkingGroup']>, ParentType, ContextType>;
  jobDemandDays?: Resolver<ReadonlyArray<ResolversTypes['JobDemandDay']>, ParentType, ContextType, Partial<EmploymentCenterJobDemandDaysArgs>>;
  jointJobFairs?: Resolver<ReadonlyArray<ResolversTypes['IncheonJointJobFair']>, ParentType, ContextType>;
  polytechnicTrainings?: Resolver<ReadonlyArray<ResolversTypes['PolytechnicTraining']>, ParentType, ContextType>;
};

export type IncheonJointJobFairResolvers<ContextType = IncheonContext, ParentType extends ResolversParentTypes['IncheonJointJobFair'] = ResolversParentTypes['IncheonJointJobFair']> = {
  date?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  hosts?: Resolver<ReadonlyArray<ResolversTypes['EmploymentCenter']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  industries?: Resolver<ReadonlyArray<ResolversTypes['IncheonIndustry']>, ParentType, ContextType>;
  plannedEmployers?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  region?: Resolver<ResolversTypes['Region'], ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  titleEn?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  venue?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type JobCreationWorkingGroupResolvers<ContextType = IncheonContext, ParentType extends ResolversParentTypes['JobCreationWorkingGroup'] = ResolversParentTypes['JobCreationWorkingGroup']> = {
  cadence?: Resolver<ResolversTypes['WorkingGroupCadence'], ParentType, ContextType>;
  center?: Resolver<ResolversTypes['EmploymentCenter'], ParentType, ContextType>;
  formedOn?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  industry?: Resolver<ResolversTypes['IncheonIndustry'], ParentType, ContextType>;
  members?: Resolver<ReadonlyArray<ResolversTypes['WorkingGroupMember']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  nameEn?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type JobDemandDayResolvers<ContextType = IncheonContext, ParentType extends ResolversParentTypes['JobDemandDay'] = ResolversParentTypes['JobDemandDay']> = {
  available?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  capacity?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  center?: Resolver<ResolversTypes['EmploymentCenter'], ParentType, ContextType>;
  date?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  employers?: Resolver<ReadonlyArray<ResolversTypes['JobDemandDayEmployer']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  industry?: Resolver<ResolversTypes['IncheonIndustry'], ParentType, ContextType>;
  registrationCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  registrationOpen?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  titleEn?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  venue?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type JobDemandDayEmployerResolvers<ContextType = IncheonContext, ParentType extends ResolversParentTypes['JobDemandDayEmployer'] = ResolversParentTypes['JobDemandDayEmployer']> = {
  employer?: Resolver<ResolversTypes['Employer'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  openings?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type JobDemandDayRegistrationResolvers<ContextType = IncheonContext, ParentType extends ResolversParentTypes['JobDemandDayRegistration'] = ResolversParentTypes['JobDemandDayRegistration']> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  jobDemandDay?: Resolver<ResolversTypes['JobDemandDay'], ParentType, ContextType>;
  person?: Resolver<ResolversTypes['Person'], ParentType, ContextType>;
  registeredAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
};

export type MutationResolvers<ContextType = IncheonContext, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = {
  registerForJobDemandDay?: Resolver<ResolversTypes['RegisterForJobDemandDayPayload'], ParentType, ContextType, RequireFields<MutationRegisterForJobDemandDayArgs, 'input'>>;
};

export type PersonResolvers<ContextType = IncheonContext, ParentType extends ResolversParentTypes['Person'] = ResolversParentTypes['Person'], FederationReferenceType extends FederationReferenceTypes['Person'] = FederationReferenceTypes['Person']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Person']> | FederationReferenceType, FederationReferenceType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  jobDemandDayRegistrations?: Resolver<ReadonlyArray<ResolversTypes['JobDemandDayRegistration']>, ParentType, ContextType>;
};

export type PolytechnicTrainingResolvers<ContextType = IncheonContext, ParentType extends ResolversParentTypes['PolytechnicTraining'] = ResolversParentTypes['PolytechnicTraining']> = {
  campus?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  campusEn?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  center?: Resolver<ResolversTypes['EmploymentCenter'], ParentType, ContextType>;
  course?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  courseEn?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  endsOn?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  hours?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  industry?: Resolver<ResolversTypes['IncheonIndustry'], ParentType, ContextType>;
  seats?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  startsOn?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
};

export type QueryResolvers<ContextType = IncheonContext, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = {
  incheonJobDemandDays?: Resolver<ReadonlyArray<ResolversTypes['JobDemandDay']>, ParentType, ContextType, Partial<QueryIncheonJobDemandDaysArgs>>;
  incheonJointJobFairs?: Resolver<ReadonlyArray<ResolversTypes['IncheonJointJobFair']>, ParentType, ContextType, Partial<QueryIncheonJointJobFairsArgs>>;
  incheonPolytechnicTrainings?: Resolver<ReadonlyArray<ResolversTypes['PolytechnicTraining']>, ParentType, ContextType, Partial<QueryIncheonPolytechnicTrainingsArgs>>;
  incheonWorkingGroups?: Resolver<ReadonlyArray<ResolversTypes['JobCreationWorkingGroup']>, ParentType, ContextType, Partial<QueryIncheonWorkingGroupsArgs>>;
  jobDemandDay?: Resolver<Maybe<ResolversTypes['JobDemandDay']>, ParentType, ContextType, RequireFields<QueryJobDemandDayArgs, 'id'>>;
};

export type RegionResolvers<ContextType = IncheonContext, ParentType extends ResolversParentTypes['Region'] = ResolversParentTypes['Region']> = {
  code?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
};

export type RegisterForJobDemandDayErrorResolvers<ContextType = IncheonContext, ParentType extends ResolversParentTypes['RegisterForJobDemandDayError'] = ResolversParentTypes['RegisterForJobDemandDayError']> = {
  code?: Resolver<ResolversTypes['RegisterForJobDemandDayErrorCode'], ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type RegisterForJobDemandDayPayloadResolvers<ContextType = IncheonContext, ParentType extends ResolversParentTypes['RegisterForJobDemandDayPayload'] = ResolversParentTypes['RegisterForJobDemandDayPayload']> = {
  error?: Resolver<Maybe<ResolversTypes['RegisterForJobDemandDayError']>, ParentType, ContextType>;
  ok?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  registration?: Resolver<Maybe<ResolversTypes['JobDemandDayRegistration']>, ParentType, ContextType>;
};

export type WorkingGroupMemberResolvers<ContextType = IncheonContext, ParentType extends ResolversParentTypes['WorkingGroupMember'] = ResolversParentTypes['WorkingGroupMember']> = {
  employer?: Resolver<Maybe<ResolversTypes['Employer']>, ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['WorkingGroupMemberKind'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  nameEn?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  region?: Resolver<Maybe<ResolversTypes['Region']>, ParentType, ContextType>;
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

export type Resolvers<ContextType = IncheonContext> = {
  Date?: GraphQLScalarType;
  DateTime?: GraphQLScalarType;
  Employer?: EmployerResolvers<ContextType>;
  EmploymentCenter?: EmploymentCenterResolvers<ContextType>;
  IncheonJointJobFair?: IncheonJointJobFairResolvers<ContextType>;
  JobCreationWorkingGroup?: JobCreationWorkingGroupResolvers<ContextType>;
  JobDemandDay?: JobDemandDayResolvers<ContextType>;
  JobDemandDayEmployer?: JobDemandDayEmployerResolvers<ContextType>;
  JobDemandDayRegistration?: JobDemandDayRegistrationResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  Person?: PersonResolvers<ContextType>;
  PolytechnicTraining?: PolytechnicTrainingResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  Region?: RegionResolvers<ContextType>;
  RegisterForJobDemandDayError?: RegisterForJobDemandDayErrorResolvers<ContextType>;
  RegisterForJobDemandDayPayload?: RegisterForJobDemandDayPayloadResolvers<ContextType>;
  WorkingGroupMember?: WorkingGroupMemberResolvers<ContextType>;
  federation__FieldSet?: GraphQLScalarType;
  federation__Policy?: GraphQLScalarType;
  federation__Scope?: GraphQLScalarType;
  link__Import?: GraphQLScalarType;
};

export type DirectiveResolvers<ContextType = IncheonContext> = {
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
