import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { PlacementRateRow } from '../graphql/rates.js';
import type { RegionParent, ProgramParent } from '../graphql/references.js';
import type { AnalyticsContext } from '../graphql/context.js';
export type Maybe<T> = T | null;
export type InputMaybe<T> = Maybe<T>;
export type RequireFields<T, K extends keyof T> = Omit<T, K> & { [P in K]-?: NonNullable<T[P]> };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  federation__FieldSet: { input: unknown; output: unknown; }
  federation__Policy: { input: unknown; output: unknown; }
  federation__Scope: { input: unknown; output: unknown; }
  link__Import: { input: unknown; output: unknown; }
};

/**
 * How a cohort's placement rate, retention and days to placement came out: the participations of
 * one region or programme that ended in one quarter (the cohort), counted from the warehouse's
 * report views. Cells of fewer than 5 people are suppressed, and so is the smallest sibling that
 * would give one away: their figures are null and `suppressed` is true. Analysts only.
 */
export type PlacementRate = {
  readonly __typename?: 'PlacementRate';
  /** The cohort: the quarter the participations ended, as `2025Q3`. */
  readonly cohort: Scalars['String']['output'];
  /**
   * Median days from a participation's end to its placement (0 for a job found before the end); null
   * when suppressed or nobody was placed.
   */
  readonly medianDaysToPlacement: Maybe<Scalars['Float']['output']>;
  /** Participations that ended in the quarter; null when suppressed. */
  readonly participants: Maybe<Scalars['Int']['output']>;
  /**
   * Of those, how many were followed by an insured job starting no later than six months after
   * their end; null when suppressed.
   */
  readonly placed: Maybe<Scalars['Int']['output']>;
  /** The six-month window of the quarter's last exits has not closed yet: the rate may still rise. */
  readonly provisional: Scalars['Boolean']['output'];
  /** `placed / participants`, 0–1 to four decimals; null when suppressed. */
  readonly rate: Maybe<Scalars['Float']['output']>;
  /**
   * Of the placements six months old or more, the share insured (by any employer) six months after
   * the job began; null when suppressed or none is known yet.
   */
  readonly retention6mRate: Maybe<Scalars['Float']['output']>;
  /** As `retention6mRate`, twelve months on. */
  readonly retention12mRate: Maybe<Scalars['Float']['output']>;
  /** Whether the figures are withheld to protect small groups (see `suppression`). */
  readonly suppressed: Scalars['Boolean']['output'];
  /** Why the figures are withheld; null when they are not. */
  readonly suppression: Maybe<PlacementSuppression>;
};

/** Why a cell's figures are withheld. */
export type PlacementSuppression =
  /**
   * The smallest sibling of a primary-suppressed cell (the sigungu of one sido, or the sido): the
   * suppressed cell could be recovered by subtraction from the total otherwise.
   */
  | 'COMPLEMENTARY'
  /** Fewer than 5 people. */
  | 'PRIMARY';

export type Program = {
  readonly __typename?: 'Program';
  readonly id: Scalars['ID']['output'];
  /**
   * The placement outcome of the programme's participations that ended in `period`, a quarter such
   * as `2025Q3`; null when none ended then. Analysts only.
   */
  readonly placementRate: Maybe<PlacementRate>;
  /**
   * Placement outcomes quarter by quarter, oldest first, from `from` to `to` (quarters such as
   * `2024Q1`, both included; either may be left open). Analysts only.
   */
  readonly placementRates: ReadonlyArray<PlacementRate>;
};


export type ProgramPlacementRateArgs = {
  period: Scalars['String']['input'];
};


export type ProgramPlacementRatesArgs = {
  from?: InputMaybe<Scalars['String']['input']>;
  to?: InputMaybe<Scalars['String']['input']>;
};

export type Region = {
  readonly __typename?: 'Region';
  readonly code: Scalars['ID']['output'];
  /**
   * The placement outcome of the participations of people living in this region that ended in
   * `period`, a quarter such as `2025Q3`; null when none ended then. Analysts only.
   */
  readonly placementRate: Maybe<PlacementRate>;
  /**
   * Placement outcomes quarter by quarter, oldest first, from `from` to `to` (quarters such as
   * `2024Q1`, both included; either may be left open). Analysts only.
   */
  readonly placementRates: ReadonlyArray<PlacementRate>;
};


export type RegionPlacementRateArgs = {
  period: Scalars['String']['input'];
};


export type RegionPlacementRatesArgs = {
  from?: InputMaybe<Scalars['String']['input']>;
  to?: InputMaybe<Scalars['String']['input']>;
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
  Program: Program;
  Region: Region;
};

/** Mapping of federation reference types */
export type FederationReferenceTypes = {
  Program:
    ( { __typename: 'Program' }
    & GraphQLRecursivePick<FederationTypes['Program'], {"id":true}> );
  Region:
    ( { __typename: 'Region' }
    & GraphQLRecursivePick<FederationTypes['Region'], {"code":true}> );
};



/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = {
  PlacementRate: ResolverTypeWrapper<PlacementRateRow>;
  Float: ResolverTypeWrapper<Scalars['Float']['output']>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  PlacementSuppression: PlacementSuppression;
  Program: ResolverTypeWrapper<ProgramParent>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  Region: ResolverTypeWrapper<RegionParent>;
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
  PlacementRate: PlacementRateRow;
  Float: Scalars['Float']['output'];
  Int: Scalars['Int']['output'];
  Program: ProgramParent;
  ID: Scalars['ID']['output'];
  Region: RegionParent;
  federation__FieldSet: Scalars['federation__FieldSet']['output'];
  federation__Policy: Scalars['federation__Policy']['output'];
  federation__Scope: Scalars['federation__Scope']['output'];
  link__Import: Scalars['link__Import']['output'];
  String: Scalars['String']['output'];
  Boolean: Scalars['Boolean']['output'];
};

export type AuthenticatedDirectiveArgs = { };

export type AuthenticatedDirectiveResolver<Result, Parent, ContextType = AnalyticsContext, Args = AuthenticatedDirectiveArgs> = DirectiveResolverFn<Result, Parent, ContextType, Args>;

export type InaccessibleDirectiveArgs = { };

export type InaccessibleDirectiveResolver<Result, Parent, ContextType = AnalyticsContext, Args = InaccessibleDirectiveArgs> = DirectiveResolverFn<Result, Parent, ContextType, Args>;

export type InterfaceObjectDirectiveArgs = { };

export type InterfaceObjectDirectiveResolver<Result, Parent, ContextType = AnalyticsContext, Args = InterfaceObjectDirectiveArgs> = DirectiveResolverFn<Result, Parent, ContextType, Args>;

export type LinkDirectiveArgs = {
  as?: Maybe<Scalars['String']['input']>;
  for?: Maybe<Link__Purpose>;
  import?: Maybe<ReadonlyArray<Maybe<Scalars['link__Import']['input']>>>;
  url: Scalars['String']['input'];
};

export type LinkDirectiveResolver<Result, Parent, ContextType = AnalyticsContext, Args = LinkDirectiveArgs> = DirectiveResolverFn<Result, Parent, ContextType, Args>;

export type OverrideDirectiveArgs = {
  from: Scalars['String']['input'];
  label?: Maybe<Scalars['String']['input']>;
};

export type OverrideDirectiveResolver<Result, Parent, ContextType = AnalyticsContext, Args = OverrideDirectiveArgs> = DirectiveResolverFn<Result, Parent, ContextType, Args>;

export type PolicyDirectiveArgs = {
  policies: ReadonlyArray<ReadonlyArray<Scalars['federation__Policy']['input']>>;
};

export type PolicyDirectiveResolver<Result, Parent, ContextType = AnalyticsContext, Args = PolicyDirectiveArgs> = DirectiveResolverFn<Result, Parent, ContextType, Args>;

export type RequiresScopesDirectiveArgs = {
  scopes: ReadonlyArray<ReadonlyArray<Scalars['federation__Scope']['input']>>;
};

export type RequiresScopesDirectiveResolver<Result, Parent, ContextType = AnalyticsContext, Args = RequiresScopesDirectiveArgs> = DirectiveResolverFn<Result, Parent, ContextType, Args>;

export type ShareableDirectiveArgs = { };

export type ShareableDirectiveResolver<Result, Parent, ContextType = AnalyticsContext, Args = ShareableDirectiveArgs> = DirectiveResolverFn<Result, Parent, ContextType, Args>;

export type TagDirectiveArgs = {
  name: Scalars['String']['input'];
};

export type TagDirectiveResolver<Result, Parent, ContextType = AnalyticsContext, Args = TagDirectiveArgs> = DirectiveResolverFn<Result, Parent, ContextType, Args>;

export type PlacementRateResolvers<ContextType = AnalyticsContext, ParentType extends ResolversParentTypes['PlacementRate'] = ResolversParentTypes['PlacementRate']> = {
  cohort?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  medianDaysToPlacement?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  participants?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  placed?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  provisional?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  rate?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  retention6mRate?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  retention12mRate?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  suppressed?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  suppression?: Resolver<Maybe<ResolversTypes['PlacementSuppression']>, ParentType, ContextType>;
};

export type ProgramResolvers<ContextType = AnalyticsContext, ParentType extends ResolversParentTypes['Program'] = ResolversParentTypes['Program'], FederationReferenceType extends FederationReferenceTypes['Program'] = FederationReferenceTypes['Program']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Program']> | FederationReferenceType, FederationReferenceType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  placementRate?: Resolver<Maybe<ResolversTypes['PlacementRate']>, ParentType, ContextType, RequireFields<ProgramPlacementRateArgs, 'period'>>;
  placementRates?: Resolver<ReadonlyArray<ResolversTypes['PlacementRate']>, ParentType, ContextType, Partial<ProgramPlacementRatesArgs>>;
};

export type RegionResolvers<ContextType = AnalyticsContext, ParentType extends ResolversParentTypes['Region'] = ResolversParentTypes['Region'], FederationReferenceType extends FederationReferenceTypes['Region'] = FederationReferenceTypes['Region']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Region']> | FederationReferenceType, FederationReferenceType, ContextType>;
  code?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  placementRate?: Resolver<Maybe<ResolversTypes['PlacementRate']>, ParentType, ContextType, RequireFields<RegionPlacementRateArgs, 'period'>>;
  placementRates?: Resolver<ReadonlyArray<ResolversTypes['PlacementRate']>, ParentType, ContextType, Partial<RegionPlacementRatesArgs>>;
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

export type Resolvers<ContextType = AnalyticsContext> = {
  PlacementRate?: PlacementRateResolvers<ContextType>;
  Program?: ProgramResolvers<ContextType>;
  Region?: RegionResolvers<ContextType>;
  federation__FieldSet?: GraphQLScalarType;
  federation__Policy?: GraphQLScalarType;
  federation__Scope?: GraphQLScalarType;
  link__Import?: GraphQLScalarType;
};

export type DirectiveResolvers<ContextType = AnalyticsContext> = {
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
