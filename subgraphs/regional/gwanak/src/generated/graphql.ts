import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { PartnerEmployerRow, PartnerOpeningRow, OpeningApplicationRow } from '../db/schema.js';
import type { CenterParent, PersonParent, RegionParent, EmployerParent } from '../graphql/references.js';
import type { GwanakContext } from '../graphql/context.js';
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

export type ApplyToGwanakPartnerOpeningError = {
  readonly __typename?: 'ApplyToGwanakPartnerOpeningError';
  readonly code: ApplyToGwanakPartnerOpeningErrorCode;
  readonly message: Scalars['String']['output'];
};

export type ApplyToGwanakPartnerOpeningErrorCode =
  | 'ALREADY_APPLIED'
  /** The opening does not take applications today. */
  | 'OPENING_CLOSED'
  /** Every interview place is taken. */
  | 'OPENING_FULL';

/** An application by the signed-in member, for themself. */
export type ApplyToGwanakPartnerOpeningInput = {
  /** What the person would like the counselor to know (at most 1,000 characters). */
  readonly motivation?: InputMaybe<Scalars['String']['input']>;
  readonly openingId: Scalars['ID']['input'];
};

export type ApplyToGwanakPartnerOpeningPayload = {
  readonly __typename?: 'ApplyToGwanakPartnerOpeningPayload';
  readonly application: Maybe<GwanakOpeningApplication>;
  readonly error: Maybe<ApplyToGwanakPartnerOpeningError>;
  readonly ok: Scalars['Boolean']['output'];
};

export type Employer = {
  readonly __typename?: 'Employer';
  readonly id: Scalars['ID']['output'];
};

export type EmploymentCenter = {
  readonly __typename?: 'EmploymentCenter';
  readonly id: Scalars['ID']['output'];
  /**
   * The center's partner employers, optionally of one sector; empty for every center but Seoul
   * Gwanak (`moel-seoul-gwanak`).
   */
  readonly partnerEmployers: ReadonlyArray<GwanakPartnerEmployer>;
  /**
   * Its partners' openings for job seekers aged 50+, closing soonest first; by default only those
   * taking applications today. Empty for every center but Seoul Gwanak.
   */
  readonly partnerOpenings: ReadonlyArray<GwanakPartnerOpening>;
};


export type EmploymentCenterPartnerEmployersArgs = {
  sector?: InputMaybe<GwanakPartnerSector>;
};


export type EmploymentCenterPartnerOpeningsArgs = {
  includeClosed?: InputMaybe<Scalars['Boolean']['input']>;
};

/** The three complexes of the Seoul Digital Industrial Complex (서울디지털산업단지, G-Valley). */
export type GValleyComplex =
  /** Complex 1, Guro-gu. */
  | 'COMPLEX_1'
  /** Complex 2, Geumcheon-gu. */
  | 'COMPLEX_2'
  /** Complex 3, Geumcheon-gu. */
  | 'COMPLEX_3';

/** A member's application to a partner opening. */
export type GwanakOpeningApplication = {
  readonly __typename?: 'GwanakOpeningApplication';
  readonly appliedAt: Scalars['DateTime']['output'];
  readonly id: Scalars['ID']['output'];
  /** What the person wrote for the counselor matching them. */
  readonly motivation: Maybe<Scalars['String']['output']>;
  readonly opening: GwanakPartnerOpening;
  readonly person: Person;
  readonly status: GwanakOpeningApplicationStatus;
  readonly withdrawnAt: Maybe<Scalars['DateTime']['output']>;
};

/** APPLIED until the person withdraws it. */
export type GwanakOpeningApplicationStatus =
  | 'APPLIED'
  | 'WITHDRAWN';

/** An employer the Seoul Gwanak Employment Center works with to open jobs to job seekers aged 50+. */
export type GwanakPartnerEmployer = {
  readonly __typename?: 'GwanakPartnerEmployer';
  readonly employer: Employer;
  /** The G-Valley complex it is in, for IT and smart-manufacturing partners. */
  readonly gValleyComplex: Maybe<GValleyComplex>;
  /** The employer's Work24 id (`E…`). */
  readonly id: Scalars['ID']['output'];
  /** The employer's name, as the Work24 register lists it. */
  readonly name: Scalars['String']['output'];
  /** Its openings, closing soonest first; by default only those taking applications today. */
  readonly openings: ReadonlyArray<GwanakPartnerOpening>;
  readonly partnerSince: Scalars['Date']['output'];
  /** The sigungu the employer is in. */
  readonly region: Region;
  readonly sector: GwanakPartnerSector;
};


/** An employer the Seoul Gwanak Employment Center works with to open jobs to job seekers aged 50+. */
export type GwanakPartnerEmployerOpeningsArgs = {
  includeClosed?: InputMaybe<Scalars['Boolean']['input']>;
};

/** A partner's opening for job seekers aged 50+, to which the center matches applicants. */
export type GwanakPartnerOpening = {
  readonly __typename?: 'GwanakPartnerOpening';
  /** Active applications, counted. */
  readonly applicationCount: Scalars['Int']['output'];
  /** Interview places left. */
  readonly available: Scalars['Int']['output'];
  /** Applicants the center matches to the employer's interviews. */
  readonly capacity: Scalars['Int']['output'];
  readonly closesOn: Scalars['Date']['output'];
  readonly hoursPerWeek: Scalars['Int']['output'];
  /** `gwo-` followed by a slug. */
  readonly id: Scalars['ID']['output'];
  /** The youngest age the opening is for (50 in the network's openings). */
  readonly minimumAge: Scalars['Int']['output'];
  readonly monthlyWageKrw: Maybe<Scalars['Int']['output']>;
  /** Whether applications are taken today (between `opensOn` and `closesOn`, both included). */
  readonly open: Scalars['Boolean']['output'];
  readonly opensOn: Scalars['Date']['output'];
  readonly partner: GwanakPartnerEmployer;
  /** Positions the employer will fill. */
  readonly positions: Scalars['Int']['output'];
  readonly sector: GwanakPartnerSector;
  /** The Korean title. */
  readonly title: Scalars['String']['output'];
  readonly titleEn: Scalars['String']['output'];
};

/**
 * Seoul Gwanak's strategy, by sector: IT and smart manufacturing in the Guro and Geumcheon
 * industrial complexes (G-Valley); healthcare and services in Gwanak and Dongjak.
 */
export type GwanakPartnerSector =
  /** Healthcare (KSIC Q), in Gwanak and Dongjak. */
  | 'HEALTHCARE'
  /** IT (KSIC J), in G-Valley. */
  | 'IT'
  /** Business support services (KSIC N), in Gwanak and Dongjak. */
  | 'SERVICES'
  /** Smart manufacturing (KSIC C), in G-Valley. */
  | 'SMART_MANUFACTURING';

export type Mutation = {
  readonly __typename?: 'Mutation';
  /**
   * Applies the signed-in member to a partner opening: once per opening, while it takes
   * applications, within the interview places the center matches to it.
   */
  readonly applyToGwanakPartnerOpening: ApplyToGwanakPartnerOpeningPayload;
  /**
   * Withdraws the signed-in member's own application while the opening takes applications, freeing
   * its place.
   */
  readonly withdrawGwanakOpeningApplication: WithdrawGwanakOpeningApplicationPayload;
};


export type MutationApplyToGwanakPartnerOpeningArgs = {
  input: ApplyToGwanakPartnerOpeningInput;
};


export type MutationWithdrawGwanakOpeningApplicationArgs = {
  input: WithdrawGwanakOpeningApplicationInput;
};

export type Person = {
  readonly __typename?: 'Person';
  /** Applications to partner openings, oldest first, withdrawn ones included. */
  readonly gwanakOpeningApplications: ReadonlyArray<GwanakOpeningApplication>;
  readonly id: Scalars['ID']['output'];
};

export type Query = {
  readonly __typename?: 'Query';
  /** A partner employer by its Work24 employer id (`E…`). */
  readonly gwanakPartnerEmployer: Maybe<GwanakPartnerEmployer>;
  /** Seoul Gwanak Employment Center's partner employers in id order, optionally of one sector. */
  readonly gwanakPartnerEmployers: ReadonlyArray<GwanakPartnerEmployer>;
  readonly gwanakPartnerOpening: Maybe<GwanakPartnerOpening>;
  /**
   * The partners' openings for job seekers aged 50+, closing soonest first, optionally of one
   * sector; by default only those taking applications today.
   */
  readonly gwanakPartnerOpenings: ReadonlyArray<GwanakPartnerOpening>;
};


export type QueryGwanakPartnerEmployerArgs = {
  id: Scalars['ID']['input'];
};


export type QueryGwanakPartnerEmployersArgs = {
  sector?: InputMaybe<GwanakPartnerSector>;
};


export type QueryGwanakPartnerOpeningArgs = {
  id: Scalars['ID']['input'];
};


export type QueryGwanakPartnerOpeningsArgs = {
  includeClosed?: InputMaybe<Scalars['Boolean']['input']>;
  sector?: InputMaybe<GwanakPartnerSector>;
};

export type Region = {
  readonly __typename?: 'Region';
  readonly code: Scalars['ID']['output'];
  /**
   * Seoul Gwanak's partner employers in the region (for a sido, in its sigungu), optionally of one
   * sector.
   */
  readonly gwanakPartnerEmployers: ReadonlyArray<GwanakPartnerEmployer>;
};


export type RegionGwanakPartnerEmployersArgs = {
  sector?: InputMaybe<GwanakPartnerSector>;
};

export type WithdrawGwanakOpeningApplicationError = {
  readonly __typename?: 'WithdrawGwanakOpeningApplicationError';
  readonly code: WithdrawGwanakOpeningApplicationErrorCode;
  readonly message: Scalars['String']['output'];
};

export type WithdrawGwanakOpeningApplicationErrorCode =
  /** The application was already withdrawn. */
  | 'NOT_APPLIED'
  /** The opening no longer takes applications. */
  | 'OPENING_CLOSED';

/** A withdrawal by the signed-in member of their own application. */
export type WithdrawGwanakOpeningApplicationInput = {
  readonly applicationId: Scalars['ID']['input'];
};

export type WithdrawGwanakOpeningApplicationPayload = {
  readonly __typename?: 'WithdrawGwanakOpeningApplicationPayload';
  readonly application: Maybe<GwanakOpeningApplication>;
  readonly error: Maybe<WithdrawGwanakOpeningApplicationError>;
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
  Region: Region;
};

/** Mapping of federation reference types */
export type FederationReferenceTypes = {
  EmploymentCenter:
    ( { __typename: 'EmploymentCenter' }
    & GraphQLRecursivePick<FederationTypes['EmploymentCenter'], {"id":true}> );
  Person:
    ( { __typename: 'Person' }
    & GraphQLRecursivePick<FederationTypes['Person'], {"id":true}> );
  Region:
    ( { __typename: 'Region' }
    & GraphQLRecursivePick<FederationTypes['Region'], {"code":true}> );
};



/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = {
  ApplyToGwanakPartnerOpeningError: ResolverTypeWrapper<ApplyToGwanakPartnerOpeningError>;
  ApplyToGwanakPartnerOpeningErrorCode: ApplyToGwanakPartnerOpeningErrorCode;
  ApplyToGwanakPartnerOpeningInput: ApplyToGwanakPartnerOpeningInput;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  ApplyToGwanakPartnerOpeningPayload: ResolverTypeWrapper<Omit<ApplyToGwanakPartnerOpeningPayload, 'application'> & { application?: Maybe<ResolversTypes['GwanakOpeningApplication']> }>;
  Date: ResolverTypeWrapper<Scalars['Date']['output']>;
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  Employer: ResolverTypeWrapper<EmployerParent>;
  EmploymentCenter: ResolverTypeWrapper<CenterParent>;
  GValleyComplex: GValleyComplex;
  GwanakOpeningApplication: ResolverTypeWrapper<OpeningApplicationRow>;
  GwanakOpeningApplicationStatus: GwanakOpeningApplicationStatus;
  GwanakPartnerEmployer: ResolverTypeWrapper<PartnerEmployerRow>;
  GwanakPartnerOpening: ResolverTypeWrapper<PartnerOpeningRow>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  GwanakPartnerSector: GwanakPartnerSector;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Person: ResolverTypeWrapper<PersonParent>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Region: ResolverTypeWrapper<RegionParent>;
  WithdrawGwanakOpeningApplicationError: ResolverTypeWrapper<WithdrawGwanakOpeningApplicationError>;
  WithdrawGwanakOpeningApplicationErrorCode: WithdrawGwanakOpeningApplicationErrorCode;
  WithdrawGwanakOpeningApplicationInput: WithdrawGwanakOpeningApplicationInput;
  WithdrawGwanakOpeningApplicationPayload: ResolverTypeWrapper<Omit<WithdrawGwanakOpeningApplicationPayload, 'application'> & { application?: Maybe<ResolversTypes['GwanakOpeningApplication']> }>;
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
  ApplyToGwanakPartnerOpeningError: ApplyToGwanakPartnerOpeningError;
  ApplyToGwanakPartnerOpeningInput: ApplyToGwanakPartnerOpeningInput;
  ID: Scalars['ID']['output'];
  ApplyToGwanakPartnerOpeningPayload: Omit<ApplyToGwanakPartnerOpeningPayload, 'application'> & { application?: Maybe<ResolversParentTypes['GwanakOpeningApplication']> };
  Date: Scalars['Date']['output'];
  DateTime: Scalars['DateTime']['output'];
  Employer: EmployerParent;
  EmploymentCenter: CenterParent;
  GwanakOpeningApplication: OpeningApplicationRow;
  GwanakPartnerEmployer: PartnerEmployerRow;
  GwanakPartnerOpening: PartnerOpeningRow;
  Int: Scalars['Int']['output'];
  Mutation: Record<PropertyKey, never>;
  Person: PersonParent;
  Query: Record<PropertyKey, never>;
  Region: RegionParent;
  WithdrawGwanakOpeningApplicationError: WithdrawGwanakOpeningApplicationError;
  WithdrawGwanakOpeningApplicationInput: WithdrawGwanakOpeningApplicationInput;
  WithdrawGwanakOpeningApplicationPayload: Omit<WithdrawGwanakOpeningApplicationPayload, 'application'> & { application?: Maybe<ResolversParentTypes['GwanakOpeningApplication']> };
  federation__FieldSet: Scalars['federation__FieldSet']['output'];
  federation__Policy: Scalars['federation__Policy']['output'];
  federation__Scope: Scalars['federation__Scope']['output'];
  link__Import: Scalars['link__Import']['output'];
  String: Scalars['String']['output'];
  Boolean: Scalars['Boolean']['output'];
};

export type AuthenticatedDirectiveArgs = { };

export type AuthenticatedDirectiveResolver<Result, Parent, ContextType = GwanakContext, Args = AuthenticatedDirectiveArgs> = DirectiveResolverFn<Result, Parent, ContextType, Args>;

export type InaccessibleDirectiveArgs = { };

export type InaccessibleDirectiveResolver<Result, Parent, ContextType = GwanakContext, Args = InaccessibleDirectiveArgs> = DirectiveResolverFn<Result, Parent, ContextType, Args>;

export type InterfaceObjectDirectiveArgs = { };

export type InterfaceObjectDirectiveResolver<Result, Parent, ContextType = GwanakContext, Args = InterfaceObjectDirectiveArgs> = DirectiveResolverFn<Result, Parent, ContextType, Args>;

export type LinkDirectiveArgs = {
  as?: Maybe<Scalars['String']['input']>;
  for?: Maybe<Link__Purpose>;
  import?: Maybe<ReadonlyArray<Maybe<Scalars['link__Import']['input']>>>;
  url: Scalars['String']['input'];
};

export type LinkDirectiveResolver<Result, Parent, ContextType = GwanakContext, Args = LinkDirectiveArgs> = DirectiveResolverFn<Result, Parent, ContextType, Args>;

export type OverrideDirectiveArgs = {
  from: Scalars['String']['input'];
  label?: Maybe<Scalars['String']['input']>;
};

export type OverrideDirectiveResolver<Result, Parent, ContextType = GwanakContext, Args = OverrideDirectiveArgs> = DirectiveResolverFn<Result, Parent, ContextType, Args>;

export type PolicyDirectiveArgs = {
  policies: ReadonlyArray<ReadonlyArray<Scalars['federation__Policy']['input']>>;
};

export type PolicyDirectiveResolver<Result, Parent, ContextType = GwanakContext, Args = PolicyDirectiveArgs> = DirectiveResolverFn<Result, Parent, ContextType, Args>;

export type RequiresScopesDirectiveArgs = {
  scopes: ReadonlyArray<ReadonlyArray<Scalars['federation__Scope']['input']>>;
};

export type RequiresScopesDirectiveResolver<Result, Parent, ContextType = GwanakContext, Args = RequiresScopesDirectiveArgs> = DirectiveResolverFn<Result, Parent, ContextType, Args>;

export type ShareableDirectiveArgs = { };

export type ShareableDirectiveResolver<Result, Parent, ContextType = GwanakContext, Args = ShareableDirectiveArgs> = DirectiveResolverFn<Result, Parent, ContextType, Args>;

export type TagDirectiveArgs = {
  name: Scalars['String']['input'];
};

export type TagDirectiveResolver<Result, Parent, ContextType = GwanakContext, Args = TagDirectiveArgs> = DirectiveResolverFn<Result, Parent, ContextType, Args>;

export type ApplyToGwanakPartnerOpeningErrorResolvers<ContextType = GwanakContext, ParentType extends ResolversParentTypes['ApplyToGwanakPartnerOpeningError'] = ResolversParentTypes['ApplyToGwanakPartnerOpeningError']> = {
  code?: Resolver<ResolversTypes['ApplyToGwanakPartnerOpeningErrorCode'], ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type ApplyToGwanakPartnerOpeningPayloadResolvers<ContextType = GwanakContext, ParentType extends ResolversParentTypes['ApplyToGwanakPartnerOpeningPayload'] = ResolversParentTypes['ApplyToGwanakPartnerOpeningPayload']> = {
  application?: Resolver<Maybe<ResolversTypes['GwanakOpeningApplication']>, ParentType, ContextType>;
  error?: Resolver<Maybe<ResolversTypes['ApplyToGwanakPartnerOpeningError']>, ParentType, ContextType>;
  ok?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export interface DateScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['Date'], any> {
  name: 'Date';
}

export interface DateTimeScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['DateTime'], any> {
  name: 'DateTime';
}

export type EmployerResolvers<ContextType = GwanakContext, ParentType extends ResolversParentTypes['Employer'] = ResolversParentTypes['Employer']> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
};

export type EmploymentCenterResolvers<ContextType = GwanakContext, ParentType extends ResolversParentTypes['EmploymentCenter'] = ResolversParentTypes['EmploymentCenter'], FederationReferenceType extends FederationReferenceTypes['EmploymentCenter'] = FederationReferenceTypes['EmploymentCenter']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['EmploymentCenter']> | FederationReferenceType, FederationReferenceType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  partnerEmployers?: Resolver<ReadonlyArray<ResolversTypes['GwanakPartnerEmployer']>, ParentType, ContextType, Partial<EmploymentCenterPartnerEmployersArgs>>;
  partnerOpenings?: Resolver<ReadonlyArray<ResolversTypes['GwanakPartnerOpening']>, ParentType, ContextType, RequireFields<EmploymentCenterPartnerOpeningsArgs, 'includeClosed'>>;
};

export type GwanakOpeningApplicationResolvers<ContextType = GwanakContext, ParentType extends ResolversParentTypes['GwanakOpeningApplication'] = ResolversParentTypes['GwanakOpeningApplication']> = {
  appliedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  motivation?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  opening?: Resolver<ResolversTypes['GwanakPartnerOpening'], ParentType, ContextType>;
  person?: Resolver<ResolversTypes['Person'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['GwanakOpeningApplicationStatus'], ParentType, ContextType>;
  withdrawnAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
};

export type GwanakPartnerEmployerResolvers<ContextType = GwanakContext, ParentType extends ResolversParentTypes['GwanakPartnerEmployer'] = ResolversParentTypes['GwanakPartnerEmployer']> = {
  employer?: Resolver<ResolversTypes['Employer'], ParentType, ContextType>;
  gValleyComplex?: Resolver<Maybe<ResolversTypes['GValleyComplex']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  openings?: Resolver<ReadonlyArray<ResolversTypes['GwanakPartnerOpening']>, ParentType, ContextType, RequireFields<GwanakPartnerEmployerOpeningsArgs, 'includeClosed'>>;
  partnerSince?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  region?: Resolver<ResolversTypes['Region'], ParentType, ContextType>;
  sector?: Resolver<ResolversTypes['GwanakPartnerSector'], ParentType, ContextType>;
};

export type GwanakPartnerOpeningResolvers<ContextType = GwanakContext, ParentType extends ResolversParentTypes['GwanakPartnerOpening'] = ResolversParentTypes['GwanakPartnerOpening']> = {
  applicationCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  available?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  capacity?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  closesOn?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  hoursPerWeek?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  minimumAge?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  monthlyWageKrw?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  open?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  opensOn?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  partner?: Resolver<ResolversTypes['GwanakPartnerEmployer'], ParentType, ContextType>;
  positions?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  sector?: Resolver<ResolversTypes['GwanakPartnerSector'], ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  titleEn?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type MutationResolvers<ContextType = GwanakContext, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = {
  applyToGwanakPartnerOpening?: Resolver<ResolversTypes['ApplyToGwanakPartnerOpeningPayload'], ParentType, ContextType, RequireFields<MutationApplyToGwanakPartnerOpeningArgs, 'input'>>;
  withdrawGwanakOpeningApplication?: Resolver<ResolversTypes['WithdrawGwanakOpeningApplicationPayload'], ParentType, ContextType, RequireFields<MutationWithdrawGwanakOpeningApplicationArgs, 'input'>>;
};

export type PersonResolvers<ContextType = GwanakContext, ParentType extends ResolversParentTypes['Person'] = ResolversParentTypes['Person'], FederationReferenceType extends FederationReferenceTypes['Person'] = FederationReferenceTypes['Person']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Person']> | FederationReferenceType, FederationReferenceType, ContextType>;
  gwanakOpeningApplications?: Resolver<ReadonlyArray<ResolversTypes['GwanakOpeningApplication']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
};

export type QueryResolvers<ContextType = GwanakContext, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = {
  gwanakPartnerEmployer?: Resolver<Maybe<ResolversTypes['GwanakPartnerEmployer']>, ParentType, ContextType, RequireFields<QueryGwanakPartnerEmployerArgs, 'id'>>;
  gwanakPartnerEmployers?: Resolver<ReadonlyArray<ResolversTypes['GwanakPartnerEmployer']>, ParentType, ContextType, Partial<QueryGwanakPartnerEmployersArgs>>;
  gwanakPartnerOpening?: Resolver<Maybe<ResolversTypes['GwanakPartnerOpening']>, ParentType, ContextType, RequireFields<QueryGwanakPartnerOpeningArgs, 'id'>>;
  gwanakPartnerOpenings?: Resolver<ReadonlyArray<ResolversTypes['GwanakPartnerOpening']>, ParentType, ContextType, RequireFields<QueryGwanakPartnerOpeningsArgs, 'includeClosed'>>;
};

export type RegionResolvers<ContextType = GwanakContext, ParentType extends ResolversParentTypes['Region'] = ResolversParentTypes['Region'], FederationReferenceType extends FederationReferenceTypes['Region'] = FederationReferenceTypes['Region']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Region']> | FederationReferenceType, FederationReferenceType, ContextType>;
  code?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  gwanakPartnerEmployers?: Resolver<ReadonlyArray<ResolversTypes['GwanakPartnerEmployer']>, ParentType, ContextType, Partial<RegionGwanakPartnerEmployersArgs>>;
};

export type WithdrawGwanakOpeningApplicationErrorResolvers<ContextType = GwanakContext, ParentType extends ResolversParentTypes['WithdrawGwanakOpeningApplicationError'] = ResolversParentTypes['WithdrawGwanakOpeningApplicationError']> = {
  code?: Resolver<ResolversTypes['WithdrawGwanakOpeningApplicationErrorCode'], ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type WithdrawGwanakOpeningApplicationPayloadResolvers<ContextType = GwanakContext, ParentType extends ResolversParentTypes['WithdrawGwanakOpeningApplicationPayload'] = ResolversParentTypes['WithdrawGwanakOpeningApplicationPayload']> = {
  application?: Resolver<Maybe<ResolversTypes['GwanakOpeningApplication']>, ParentType, ContextType>;
  error?: Resolver<Maybe<ResolversTypes['WithdrawGwanakOpeningApplicationError']>, ParentType, ContextType>;
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

export type Resolvers<ContextType = GwanakContext> = {
  ApplyToGwanakPartnerOpeningError?: ApplyToGwanakPartnerOpeningErrorResolvers<ContextType>;
  ApplyToGwanakPartnerOpeningPayload?: ApplyToGwanakPartnerOpeningPayloadResolvers<ContextType>;
  Date?: GraphQLScalarType;
  DateTime?: GraphQLScalarType;
  Employer?: EmployerResolvers<ContextType>;
  EmploymentCenter?: EmploymentCenterResolvers<ContextType>;
  GwanakOpeningApplication?: GwanakOpeningApplicationResolvers<ContextType>;
  GwanakPartnerEmployer?: GwanakPartnerEmployerResolvers<ContextType>;
  GwanakPartnerOpening?: GwanakPartnerOpeningResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  Person?: PersonResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  Region?: RegionResolvers<ContextType>;
  WithdrawGwanakOpeningApplicationError?: WithdrawGwanakOpeningApplicationErrorResolvers<ContextType>;
  WithdrawGwanakOpeningApplicationPayload?: WithdrawGwanakOpeningApplicationPayloadResolvers<ContextType>;
  federation__FieldSet?: GraphQLScalarType;
  federation__Policy?: GraphQLScalarType;
  federation__Scope?: GraphQLScalarType;
  link__Import?: GraphQLScalarType;
};

export type DirectiveResolvers<ContextType = GwanakContext> = {
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
