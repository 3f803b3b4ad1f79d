import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { TargetEmployerRow, HrMeasureRow, HrApplicationRow, CareerSessionRow, CareerBookingRow } from '../db/schema.js';
import type { CenterParent, PersonParent, EmployerParent } from '../graphql/references.js';
import type { GumiContext } from '../graphql/context.js';
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

export type BookCareerDesignSessionError = {
  readonly __typename?: 'BookCareerDesignSessionError';
  readonly code: BookCareerDesignSessionErrorCode;
  readonly message: Scalars['String']['output'];
};

export type BookCareerDesignSessionErrorCode =
  | 'ALREADY_BOOKED'
  /** The member is younger than the session's minimum age on its day. */
  | 'BELOW_MINIMUM_AGE'
  | 'SESSION_FULL'
  | 'SESSION_STARTED';

/** A booking by the signed-in member, for themself. */
export type BookCareerDesignSessionInput = {
  /** The member's birth date, to check the session's minimum age; used for the check and not stored. */
  readonly birthDate: Scalars['Date']['input'];
  readonly sessionId: Scalars['ID']['input'];
};

export type BookCareerDesignSessionPayload = {
  readonly __typename?: 'BookCareerDesignSessionPayload';
  readonly booking: Maybe<CareerDesignBooking>;
  readonly error: Maybe<BookCareerDesignSessionError>;
  readonly ok: Scalars['Boolean']['output'];
};

/** A member's place in a career design session. */
export type CareerDesignBooking = {
  readonly __typename?: 'CareerDesignBooking';
  readonly bookedAt: Scalars['DateTime']['output'];
  readonly id: Scalars['ID']['output'];
  readonly person: Person;
  readonly session: CareerDesignSession;
  readonly status: CareerDesignBookingStatus;
};

/** BOOKED, or CANCELLED. */
export type CareerDesignBookingStatus =
  | 'BOOKED'
  | 'CANCELLED';

/** A career design session (생애경력설계) at the Gumi Mid-career Tomorrow Center. */
export type CareerDesignSession = {
  readonly __typename?: 'CareerDesignSession';
  readonly available: Scalars['Int']['output'];
  readonly booked: Scalars['Int']['output'];
  readonly capacity: Scalars['Int']['output'];
  readonly center: EmploymentCenter;
  readonly durationMinutes: Scalars['Int']['output'];
  /** `cds-` followed by a slug. */
  readonly id: Scalars['ID']['output'];
  /** The youngest age, on the session's day, it is for (40 or 50). */
  readonly minimumAge: Scalars['Int']['output'];
  readonly startsAt: Scalars['DateTime']['output'];
  /** The Korean title. */
  readonly title: Scalars['String']['output'];
  readonly titleEn: Scalars['String']['output'];
  readonly venue: Scalars['String']['output'];
};

export type DecideHrImprovementApplicationError = {
  readonly __typename?: 'DecideHrImprovementApplicationError';
  readonly code: DecideHrImprovementApplicationErrorCode;
  readonly currentStatus: HrImprovementApplicationStatus;
  readonly message: Scalars['String']['output'];
};

export type DecideHrImprovementApplicationErrorCode =
  /** The application is no longer SUBMITTED. */
  | 'ALREADY_DECIDED';

export type DecideHrImprovementApplicationInput = {
  readonly applicationId: Scalars['ID']['input'];
  readonly decision: HrImprovementDecision;
  /** Why; required to reject (at most 1,000 characters). */
  readonly note?: InputMaybe<Scalars['String']['input']>;
};

export type DecideHrImprovementApplicationPayload = {
  readonly __typename?: 'DecideHrImprovementApplicationPayload';
  readonly application: Maybe<HrImprovementApplication>;
  readonly error: Maybe<DecideHrImprovementApplicationError>;
  readonly ok: Scalars['Boolean']['output'];
};

export type Employer = {
  readonly __typename?: 'Employer';
  readonly id: Scalars['ID']['output'];
};

export type EmploymentCenter = {
  readonly __typename?: 'EmploymentCenter';
  /**
   * Career design sessions the center runs at its Mid-career Tomorrow Center, in time order; empty
   * for every center but Gumi.
   */
  readonly careerDesignSessions: ReadonlyArray<CareerDesignSession>;
  /**
   * The HR-practice improvements the center's employer incentive pays for; empty for every center
   * but Gumi.
   */
  readonly hrImprovementMeasures: ReadonlyArray<HrImprovementMeasure>;
  readonly id: Scalars['ID']['output'];
  /**
   * The center's target employers, optionally of one industry; empty for every center but Gumi
   * (`moel-gumi`).
   */
  readonly targetEmployers: ReadonlyArray<GumiTargetEmployer>;
};


export type EmploymentCenterCareerDesignSessionsArgs = {
  from?: InputMaybe<Scalars['Date']['input']>;
  onlyAvailable?: InputMaybe<Scalars['Boolean']['input']>;
  to?: InputMaybe<Scalars['Date']['input']>;
};


export type EmploymentCenterTargetEmployersArgs = {
  industry?: InputMaybe<GumiTargetIndustry>;
};

/** An employer the Gumi center manages closely for the mid-career. */
export type GumiTargetEmployer = {
  readonly __typename?: 'GumiTargetEmployer';
  readonly employer: Employer;
  /** The employer's Work24 id (`E…`). */
  readonly id: Scalars['ID']['output'];
  readonly industry: GumiTargetIndustry;
  /** The employer's name, as the Work24 register lists it. */
  readonly name: Scalars['String']['output'];
};

/** Gumi's target industries. */
export type GumiTargetIndustry =
  | 'ELECTRICAL_ELECTRONIC'
  | 'HEALTHCARE'
  | 'MECHANICAL';

/** A target employer's application for the HR-improvement incentive. */
export type HrImprovementApplication = {
  readonly __typename?: 'HrImprovementApplication';
  /** The incentive under the measure's amounts when filed, in KRW. */
  readonly amountKrw: Scalars['Int']['output'];
  readonly decidedAt: Maybe<Scalars['DateTime']['output']>;
  /** The staff member who decided it. */
  readonly decidedBy: Maybe<Scalars['ID']['output']>;
  readonly decisionNote: Maybe<Scalars['String']['output']>;
  readonly employer: GumiTargetEmployer;
  readonly id: Scalars['ID']['output'];
  readonly measure: HrImprovementMeasure;
  /** What the employer will change. */
  readonly plan: Scalars['String']['output'];
  readonly status: HrImprovementApplicationStatus;
  readonly submittedAt: Scalars['DateTime']['output'];
  /** The staff member who filed it. */
  readonly submittedBy: Scalars['ID']['output'];
  readonly workersCovered: Scalars['Int']['output'];
};

/** Where an application stands: SUBMITTED, then APPROVED or REJECTED. */
export type HrImprovementApplicationStatus =
  | 'APPROVED'
  | 'REJECTED'
  | 'SUBMITTED';

export type HrImprovementDecision =
  | 'APPROVE'
  | 'REJECT';

/** An HR-practice improvement the incentive pays for, with its amounts (data, not code). */
export type HrImprovementMeasure = {
  readonly __typename?: 'HrImprovementMeasure';
  /** Paid per worker the measure covers, in KRW. */
  readonly amountPerWorkerKrw: Scalars['Int']['output'];
  /** e.g. `RETIREMENT_AGE_EXTENSION`. */
  readonly code: Scalars['ID']['output'];
  /** The most one application is paid, in KRW. */
  readonly maxAmountKrw: Scalars['Int']['output'];
  /** Workers one application can claim for. */
  readonly maxWorkers: Scalars['Int']['output'];
  /** The Korean name. */
  readonly name: Scalars['String']['output'];
  readonly nameEn: Scalars['String']['output'];
};

export type Mutation = {
  readonly __typename?: 'Mutation';
  /**
   * Books the signed-in member a place in a career design session: once per session, within its
   * places, before it starts, and only at the session's minimum age or over on its day.
   */
  readonly bookCareerDesignSession: BookCareerDesignSessionPayload;
  /**
   * Approves or rejects a submitted application. The Ministry's staff of Gumi (or of every center);
   * the caller is recorded as deciding.
   */
  readonly decideHrImprovementApplication: DecideHrImprovementApplicationPayload;
  /**
   * Files a target employer's application for the HR-improvement incentive (the graph has no
   * employer accounts: the center's staff file it; the caller is recorded as filing it). The amount
   * follows the measure's amounts.
   */
  readonly submitHrImprovementApplication: SubmitHrImprovementApplicationPayload;
};


export type MutationBookCareerDesignSessionArgs = {
  input: BookCareerDesignSessionInput;
};


export type MutationDecideHrImprovementApplicationArgs = {
  input: DecideHrImprovementApplicationInput;
};


export type MutationSubmitHrImprovementApplicationArgs = {
  input: SubmitHrImprovementApplicationInput;
};

export type Person = {
  readonly __typename?: 'Person';
  /** Bookings of career design sessions, oldest first. */
  readonly careerDesignBookings: ReadonlyArray<CareerDesignBooking>;
  readonly id: Scalars['ID']['output'];
};

export type Query = {
  readonly __typename?: 'Query';
  readonly careerDesignSession: Maybe<CareerDesignSession>;
  /**
   * Career design sessions at the Gumi Mid-career Tomorrow Center in time order, optionally between
   * two dates (both included) or only those with places left.
   */
  readonly careerDesignSessions: ReadonlyArray<CareerDesignSession>;
  /** Gumi Employment Center's target employers in id order, optionally of one industry. */
  readonly gumiTargetEmployers: ReadonlyArray<GumiTargetEmployer>;
  /**
   * Employers' HR-improvement incentive applications, newest first, optionally of one status. The
   * Ministry's staff (Gumi's, or staff of every center).
   */
  readonly hrImprovementApplications: ReadonlyArray<HrImprovementApplication>;
  /** The HR-practice improvements the center's employer incentive pays for, with their amounts. */
  readonly hrImprovementMeasures: ReadonlyArray<HrImprovementMeasure>;
};


export type QueryCareerDesignSessionArgs = {
  id: Scalars['ID']['input'];
};


export type QueryCareerDesignSessionsArgs = {
  from?: InputMaybe<Scalars['Date']['input']>;
  onlyAvailable?: InputMaybe<Scalars['Boolean']['input']>;
  to?: InputMaybe<Scalars['Date']['input']>;
};


export type QueryGumiTargetEmployersArgs = {
  industry?: InputMaybe<GumiTargetIndustry>;
};


export type QueryHrImprovementApplicationsArgs = {
  status?: InputMaybe<HrImprovementApplicationStatus>;
};

export type SubmitHrImprovementApplicationError = {
  readonly __typename?: 'SubmitHrImprovementApplicationError';
  readonly code: SubmitHrImprovementApplicationErrorCode;
  readonly message: Scalars['String']['output'];
};

export type SubmitHrImprovementApplicationErrorCode =
  /** The employer already has a submitted or approved application for the measure. */
  | 'ALREADY_APPLIED';

export type SubmitHrImprovementApplicationInput = {
  /** A target employer's Work24 id. */
  readonly employerId: Scalars['ID']['input'];
  readonly measureCode: Scalars['ID']['input'];
  /** What the employer will change (10–2,000 characters). */
  readonly plan: Scalars['String']['input'];
  /** From 1 to the measure's `maxWorkers`. */
  readonly workersCovered: Scalars['Int']['input'];
};

export type SubmitHrImprovementApplicationPayload = {
  readonly __typename?: 'SubmitHrImprovementApplicationPayload';
  readonly application: Maybe<HrImprovementApplication>;
  readonly error: Maybe<SubmitHrImprovementApplicationError>;
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
  BookCareerDesignSessionError: ResolverTypeWrapper<BookCareerDesignSessionError>;
  BookCareerDesignSessionErrorCode: BookCareerDesignSessionErrorCode;
  BookCareerDesignSessionInput: BookCareerDesignSessionInput;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  BookCareerDesignSessionPayload: ResolverTypeWrapper<Omit<BookCareerDesignSessionPayload, 'booking'> & { booking?: Maybe<ResolversTypes['CareerDesignBooking']> }>;
  CareerDesignBooking: ResolverTypeWrapper<CareerBookingRow>;
  CareerDesignBookingStatus: CareerDesignBookingStatus;
  CareerDesignSession: ResolverTypeWrapper<CareerSessionRow>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  Date: ResolverTypeWrapper<Scalars['Date']['output']>;
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  DecideHrImprovementApplicationError: ResolverTypeWrapper<DecideHrImprovementApplicationError>;
  DecideHrImprovementApplicationErrorCode: DecideHrImprovementApplicationErrorCode;
  DecideHrImprovementApplicationInput: DecideHrImprovementApplicationInput;
  DecideHrImprovementApplicationPayload: ResolverTypeWrapper<Omit<DecideHrImprovementApplicationPayload, 'application'> & { application?: Maybe<ResolversTypes['HrImprovementApplication']> }>;
  Employer: ResolverTypeWrapper<EmployerParent>;
  EmploymentCenter: ResolverTypeWrapper<CenterParent>;
  GumiTargetEmployer: ResolverTypeWrapper<TargetEmployerRow>;
  GumiTargetIndustry: GumiTargetIndustry;
  HrImprovementApplication: ResolverTypeWrapper<HrApplicationRow>;
  HrImprovementApplicationStatus: HrImprovementApplicationStatus;
  HrImprovementDecision: HrImprovementDecision;
  HrImprovementMeasure: ResolverTypeWrapper<HrMeasureRow>;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Person: ResolverTypeWrapper<PersonParent>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  SubmitHrImprovementApplicationError: ResolverTypeWrapper<SubmitHrImprovementApplicationError>;
  SubmitHrImprovementApplicationErrorCode: SubmitHrImprovementApplicationErrorCode;
  SubmitHrImprovementApplicationInput: SubmitHrImprovementApplicationInput;
  SubmitHrImprovementApplicationPayload: ResolverTypeWrapper<Omit<SubmitHrImprovementApplicationPayload, 'application'> & { application?: Maybe<ResolversTypes['HrImprovementApplication']> }>;
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
  BookCareerDesignSessionError: BookCareerDesignSessionError;
  BookCareerDesignSessionInput: BookCareerDesignSessionInput;
  ID: Scalars['ID']['output'];
  BookCareerDesignSessionPayload: Omit<BookCareerDesignSessionPayload, 'booking'> & { booking?: Maybe<ResolversParentTypes['CareerDesignBooking']> };
  CareerDesignBooking: CareerBookingRow;
  CareerDesignSession: CareerSessionRow;
  Int: Scalars['Int']['output'];
  Date: Scalars['Date']['output'];
  DateTime: Scalars['DateTime']['output'];
  DecideHrImprovementApplicationError: DecideHrImprovementApplicationError;
  DecideHrImprovementApplicationInput: DecideHrImprovementApplicationInput;
  DecideHrImprovementApplicationPayload: Omit<DecideHrImprovementApplicationPayload, 'application'> & { application?: Maybe<ResolversParentTypes['HrImprovementApplication']> };
  Employer: EmployerParent;
  EmploymentCenter: CenterParent;
  GumiTargetEmployer: TargetEmployerRow;
  HrImprovementApplication: HrApplicationRow;
  HrImprovementMeasure: HrMeasureRow;
  Mutation: Record<PropertyKey, never>;
  Person: PersonParent;
  Query: Record<PropertyKey, never>;
  SubmitHrImprovementApplicationError: SubmitHrImprovementApplicationError;
  SubmitHrImprovementApplicationInput: SubmitHrImprovementApplicationInput;
  SubmitHrImprovementApplicationPayload: Omit<SubmitHrImprovementApplicationPayload, 'application'> & { application?: Maybe<ResolversParentTypes['HrImprovementApplication']> };
  federation__FieldSet: Scalars['federation__FieldSet']['output'];
  federation__Policy: Scalars['federation__Policy']['output'];
  federation__Scope: Scalars['federation__Scope']['output'];
  link__Import: Scalars['link__Import']['output'];
  String: Scalars['String']['output'];
  Boolean: Scalars['Boolean']['output'];
};

export type AuthenticatedDirectiveArgs = { };

export type AuthenticatedDirectiveResolver<Result, Parent, ContextType = GumiContext, Args = AuthenticatedDirectiveArgs> = DirectiveResolverFn<Result, Parent, ContextType, Args>;

export type InaccessibleDirectiveArgs = { };

export type InaccessibleDirectiveResolver<Result, Parent, ContextType = GumiContext, Args = InaccessibleDirectiveArgs> = DirectiveResolverFn<Result, Parent, ContextType, Args>;

export type InterfaceObjectDirectiveArgs = { };

export type InterfaceObjectDirectiveResolver<Result, Parent, ContextType = GumiContext, Args = InterfaceObjectDirectiveArgs> = DirectiveResolverFn<Result, Parent, ContextType, Args>;

export type LinkDirectiveArgs = {
  as?: Maybe<Scalars['String']['input']>;
  for?: Maybe<Link__Purpose>;
  import?: Maybe<ReadonlyArray<Maybe<Scalars['link__Import']['input']>>>;
  url: Scalars['String']['input'];
};

export type LinkDirectiveResolver<Result, Parent, ContextType = GumiContext, Args = LinkDirectiveArgs> = DirectiveResolverFn<Result, Parent, ContextType, Args>;

export type OverrideDirectiveArgs = {
  from: Scalars['String']['input'];
  label?: Maybe<Scalars['String']['input']>;
};

export type OverrideDirectiveResolver<Result, Parent, ContextType = GumiContext, Args = OverrideDirectiveArgs> = DirectiveResolverFn<Result, Parent, ContextType, Args>;

export type PolicyDirectiveArgs = {
  policies: ReadonlyArray<ReadonlyArray<Scalars['federation__Policy']['input']>>;
};

export type PolicyDirectiveResolver<Result, Parent, ContextType = GumiContext, Args = PolicyDirectiveArgs> = DirectiveResolverFn<Result, Parent, ContextType, Args>;

export type RequiresScopesDirectiveArgs = {
  scopes: ReadonlyArray<ReadonlyArray<Scalars['federation__Scope']['input']>>;
};

export type RequiresScopesDirectiveResolver<Result, Parent, ContextType = GumiContext, Args = RequiresScopesDirectiveArgs> = DirectiveResolverFn<Result, Parent, ContextType, Args>;

export type ShareableDirectiveArgs = { };

export type ShareableDirectiveResolver<Result, Parent, ContextType = GumiContext, Args = ShareableDirectiveArgs> = DirectiveResolverFn<Result, Parent, ContextType, Args>;

export type TagDirectiveArgs = {
  name: Scalars['String']['input'];
};

export type TagDirectiveResolver<Result, Parent, ContextType = GumiContext, Args = TagDirectiveArgs> = DirectiveResolverFn<Result, Parent, ContextType, Args>;

export type BookCareerDesignSessionErrorResolvers<ContextType = GumiContext, ParentType extends ResolversParentTypes['BookCareerDesignSessionError'] = ResolversParentTypes['BookCareerDesignSessionError']> = {
  code?: Resolver<ResolversTypes['BookCareerDesignSessionErrorCode'], ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type BookCareerDesignSessionPayloadResolvers<ContextType = GumiContext, ParentType extends ResolversParentTypes['BookCareerDesignSessionPayload'] = ResolversParentTypes['BookCareerDesignSessionPayload']> = {
  booking?: Resolver<Maybe<ResolversTypes['CareerDesignBooking']>, ParentType, ContextType>;
  error?: Resolver<Maybe<ResolversTypes['BookCareerDesignSessionError']>, ParentType, ContextType>;
  ok?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type CareerDesignBookingResolvers<ContextType = GumiContext, ParentType extends ResolversParentTypes['CareerDesignBooking'] = ResolversParentTypes['CareerDesignBooking']> = {
  bookedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  person?: Resolver<ResolversTypes['Person'], ParentType, ContextType>;
  session?: Resolver<ResolversTypes['CareerDesignSession'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['CareerDesignBookingStatus'], ParentType, ContextType>;
};

export type CareerDesignSessionResolvers<ContextType = GumiContext, ParentType extends ResolversParentTypes['CareerDesignSession'] = ResolversParentTypes['CareerDesignSession']> = {
  available?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  booked?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  capacity?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  center?: Resolver<ResolversTypes['EmploymentCenter'], ParentType, ContextType>;
  durationMinutes?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  minimumAge?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  startsAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  titleEn?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  venue?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export interface DateScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['Date'], any> {
  name: 'Date';
}

export interface DateTimeScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['DateTime'], any> {
  name: 'DateTime';
}

export type DecideHrImprovementApplicationErrorResolvers<ContextType = GumiContext, ParentType extends ResolversParentTypes['DecideHrImprovementApplicationError'] = ResolversParentTypes['DecideHrImprovementApplicationError']> = {
  code?: Resolver<ResolversTypes['DecideHrImprovementApplicationErrorCode'], ParentType, ContextType>;
  currentStatus?: Resolver<ResolversTypes['HrImprovementApplicationStatus'], ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type DecideHrImprovementApplicationPayloadResolvers<ContextType = GumiContext, ParentType extends ResolversParentTypes['DecideHrImprovementApplicationPayload'] = ResolversParentTypes['DecideHrImprovementApplicationPayload']> = {
  application?: Resolver<Maybe<ResolversTypes['HrImprovementApplication']>, ParentType, ContextType>;
  error?: Resolver<Maybe<ResolversTypes['DecideHrImprovementApplicationError']>, ParentType, ContextType>;
  ok?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type EmployerResolvers<ContextType = GumiContext, ParentType extends ResolversParentTypes['Employer'] = ResolversParentTypes['Employer']> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
};

export type EmploymentCenterResolvers<ContextType = GumiContext, ParentType extends ResolversParentTypes['EmploymentCenter'] = ResolversParentTypes['EmploymentCenter'], FederationReferenceType extends FederationReferenceTypes['EmploymentCenter'] = FederationReferenceTypes['EmploymentCenter']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['EmploymentCenter']> | FederationReferenceType, FederationReferenceType, ContextType>;
  careerDesignSessions?: Resolver<ReadonlyArray<ResolversTypes['CareerDesignSession']>, ParentType, ContextType, RequireFields<EmploymentCenterCareerDesignSessionsArgs, 'onlyAvailable'>>;
  hrImprovementMeasures?: Resolver<ReadonlyArray<ResolversTypes['HrImprovementMeasure']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  targetEmployers?: Resolver<ReadonlyArray<ResolversTypes['GumiTargetEmployer']>, ParentType, ContextType, Partial<EmploymentCenterTargetEmployersArgs>>;
};

export type GumiTargetEmployerResolvers<ContextType = GumiContext, ParentType extends ResolversParentTypes['GumiTargetEmployer'] = ResolversParentTypes['GumiTargetEmployer']> = {
  employer?: Resolver<ResolversTypes['Employer'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  industry?: Resolver<ResolversTypes['GumiTargetIndustry'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type HrImprovementApplicationResolvers<ContextType = GumiContext, ParentType extends ResolversParentTypes['HrImprovementApplication'] = ResolversParentTypes['HrImprovementApplication']> = {
  amountKrw?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  decidedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  decidedBy?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  decisionNote?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  employer?: Resolver<ResolversTypes['GumiTargetEmployer'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  measure?: Resolver<ResolversTypes['HrImprovementMeasure'], ParentType, ContextType>;
  plan?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['HrImprovementApplicationStatus'], ParentType, ContextType>;
  submittedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  submittedBy?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  workersCovered?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type HrImprovementMeasureResolvers<ContextType = GumiContext, ParentType extends ResolversParentTypes['HrImprovementMeasure'] = ResolversParentTypes['HrImprovementMeasure']> = {
  amountPerWorkerKrw?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  code?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  maxAmountKrw?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  maxWorkers?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  nameEn?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type MutationResolvers<ContextType = GumiContext, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = {
  bookCareerDesignSession?: Resolver<ResolversTypes['BookCareerDesignSessionPayload'], ParentType, ContextType, RequireFields<MutationBookCareerDesignSessionArgs, 'input'>>;
  decideHrImprovementApplication?: Resolver<ResolversTypes['DecideHrImprovementApplicationPayload'], ParentType, ContextType, RequireFields<MutationDecideHrImprovementApplicationArgs, 'input'>>;
  submitHrImprovementApplication?: Resolver<ResolversTypes['SubmitHrImprovementApplicationPayload'], ParentType, ContextType, RequireFields<MutationSubmitHrImprovementApplicationArgs, 'input'>>;
};

export type PersonResolvers<ContextType = GumiContext, ParentType extends ResolversParentTypes['Person'] = ResolversParentTypes['Person'], FederationReferenceType extends FederationReferenceTypes['Person'] = FederationReferenceTypes['Person']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Person']> | FederationReferenceType, FederationReferenceType, ContextType>;
  careerDesignBookings?: Resolver<ReadonlyArray<ResolversTypes['CareerDesignBooking']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
};

export type QueryResolvers<ContextType = GumiContext, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = {
  careerDesignSession?: Resolver<Maybe<ResolversTypes['CareerDesignSession']>, ParentType, ContextType, RequireFields<QueryCareerDesignSessionArgs, 'id'>>;
  careerDesignSessions?: Resolver<ReadonlyArray<ResolversTypes['CareerDesignSession']>, ParentType, ContextType, RequireFields<QueryCareerDesignSessionsArgs, 'onlyAvailable'>>;
  gumiTargetEmployers?: Resolver<ReadonlyArray<ResolversTypes['GumiTargetEmployer']>, ParentType, ContextType, Partial<QueryGumiTargetEmployersArgs>>;
  hrImprovementApplications?: Resolver<ReadonlyArray<ResolversTypes['HrImprovementApplication']>, ParentType, ContextType, Partial<QueryHrImprovementApplicationsArgs>>;
  hrImprovementMeasures?: Resolver<ReadonlyArray<ResolversTypes['HrImprovementMeasure']>, ParentType, ContextType>;
};

export type SubmitHrImprovementApplicationErrorResolvers<ContextType = GumiContext, ParentType extends ResolversParentTypes['SubmitHrImprovementApplicationError'] = ResolversParentTypes['SubmitHrImprovementApplicationError']> = {
  code?: Resolver<ResolversTypes['SubmitHrImprovementApplicationErrorCode'], ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type SubmitHrImprovementApplicationPayloadResolvers<ContextType = GumiContext, ParentType extends ResolversParentTypes['SubmitHrImprovementApplicationPayload'] = ResolversParentTypes['SubmitHrImprovementApplicationPayload']> = {
  application?: Resolver<Maybe<ResolversTypes['HrImprovementApplication']>, ParentType, ContextType>;
  error?: Resolver<Maybe<ResolversTypes['SubmitHrImprovementApplicationError']>, ParentType, ContextType>;
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

export type Resolvers<ContextType = GumiContext> = {
  BookCareerDesignSessionError?: BookCareerDesignSessionErrorResolvers<ContextType>;
  BookCareerDesignSessionPayload?: BookCareerDesignSessionPayloadResolvers<ContextType>;
  CareerDesignBooking?: CareerDesignBookingResolvers<ContextType>;
  CareerDesignSession?: CareerDesignSessionResolvers<ContextType>;
  Date?: GraphQLScalarType;
  DateTime?: GraphQLScalarType;
  DecideHrImprovementApplicationError?: DecideHrImprovementApplicationErrorResolvers<ContextType>;
  DecideHrImprovementApplicationPayload?: DecideHrImprovementApplicationPayloadResolvers<ContextType>;
  Employer?: EmployerResolvers<ContextType>;
  EmploymentCenter?: EmploymentCenterResolvers<ContextType>;
  GumiTargetEmployer?: GumiTargetEmployerResolvers<ContextType>;
  HrImprovementApplication?: HrImprovementApplicationResolvers<ContextType>;
  HrImprovementMeasure?: HrImprovementMeasureResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  Person?: PersonResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  SubmitHrImprovementApplicationError?: SubmitHrImprovementApplicationErrorResolvers<ContextType>;
  SubmitHrImprovementApplicationPayload?: SubmitHrImprovementApplicationPayloadResolvers<ContextType>;
  federation__FieldSet?: GraphQLScalarType;
  federation__Policy?: GraphQLScalarType;
  federation__Scope?: GraphQLScalarType;
  link__Import?: GraphQLScalarType;
};

export type DirectiveResolvers<ContextType = GumiContext> = {
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
