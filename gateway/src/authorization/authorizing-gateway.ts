import { createHash } from 'node:crypto';
import type { ApolloGateway } from '@apollo/gateway';
import type {
  GatewayExecutor,
  GatewayGraphQLRequestContext,
  GatewayInterface,
  GatewayLoadResult,
  GatewaySchemaLoadOrUpdateCallback,
  GatewayUnsubscriber,
} from '@apollo/server-gateway-interface';
import { hasScope, type Viewer } from '@jobgraph/auth';
import { GraphQLError, type GraphQLSchema, print } from 'graphql';
import { applyDenials } from './apply-denials.js';
import { type AuthorizedOperation, authorizeOperation } from './authorize-operation.js';
import { KNOWN_POLICIES, satisfiesPolicy } from './policies.js';
import { type Requirements, readRequirements } from './requirements.js';

type Executor = GatewayExecutor;
type RequestContext = GatewayGraphQLRequestContext;

const CACHE_LIMIT = 1000;
/** How many recently executed operations are re-planned when the supergraph changes. */
const RECENT_LIMIT = 200;

/** An operation as the gateway executed it (text byte for byte: plans are keyed by its hash). */
export interface ExecutedOperation {
  readonly document: string;
  readonly operationName: string | null;
}

/**
 * Apollo Gateway with the federation authorization directives enforced, which @apollo/gateway
 * does not do by itself: before planning, fields the caller may not see are removed from the
 * operation (so never fetched), and the answer carries null and an error at each of them.
 */
export class AuthorizingGateway implements GatewayInterface {
  private requirements: Requirements = { byCoordinate: new Map() };
  private schema: GraphQLSchema | undefined;
  private readonly cache = new Map<string, AuthorizedOperation | 'all-allowed'>();
  private readonly recent = new Map<string, ExecutedOperation>();

  constructor(
    readonly inner: ApolloGateway,
    private readonly viewerOf: (context: unknown) => Viewer | undefined,
    /** Runs on each new supergraph before Apollo Server switches to it (plan warming). */
    private readonly beforeSwitch?: () => void,
  ) {}

  onSchemaLoadOrUpdate(callback: GatewaySchemaLoadOrUpdateCallback): GatewayUnsubscriber {
    return this.inner.onSchemaLoadOrUpdate((schemaContext) => {
      this.requirements = readRequirements(schemaContext.coreSupergraphSdl);
      this.schema = schemaContext.apiSchema;
      this.cache.clear();
      this.beforeSwitch?.();
      callback(schemaContext);
    });
  }

  /** The operations executed lately, newest last. */
  recentOperations(): ExecutedOperation[] {
    return [...this.recent.values()];
  }

  private remember(document: string, operationName: string | null): void {
    const key = `${operationName ?? ''}|${document}`;
    if (this.recent.has(key)) this.recent.delete(key);
    else if (this.recent.size >= RECENT_LIMIT) {
      const oldest = this.recent.keys().next().value;
      if (oldest !== undefined) this.recent.delete(oldest);
    }
    this.recent.set(key, { document, operationName });
  }

  async load(options: Parameters<GatewayInterface['load']>[0]): Promise<GatewayLoadResult> {
    const loaded = (await this.inner.load(options)) as GatewayLoadResult;
    const executor = loaded.executor;
    if (!executor) return loaded;
    return { ...loaded, executor: (context: RequestContext) => this.execute(context, executor) };
  }

  stop(): Promise<void> {
    return this.inner.stop();
  }

  /** Which coordinates carry requirements; for the documentation and tests. */
  get coordinatesWithRequirements(): string[] {
    return [...this.requirements.byCoordinate.keys()].sort();
  }

  private authorize(context: RequestContext, viewer: Viewer | undefined) {
    // Two callers with the same standing get the same filtered operation: cache by standing.
    const standing = viewer
      ? `${viewer.scopes
          .filter((scope) => hasScope(viewer, scope))
          .sort()
          .join(
            ' ',
          )}|${KNOWN_POLICIES.filter((policy) => satisfiesPolicy(viewer, policy)).join(' ')}`
      : 'anonymous';
    const key = `${context.queryHash}|${context.operationName ?? ''}|${standing}`;
    let authorized = this.cache.get(key);
    if (authorized === undefined) {
      const result =
        this.schema &&
        authorizeOperation(
          this.schema,
          context.document,
          context.operationName,
          this.requirements,
          viewer,
        );
      authorized = !result || result.denials.length === 0 ? 'all-allowed' : result;
      if (this.cache.size >= CACHE_LIMIT) {
        const oldest = this.cache.keys().next().value;
        if (oldest !== undefined) this.cache.delete(oldest);
      }
      this.cache.set(key, authorized);
    }
    return authorized;
  }

  private async execute(context: RequestContext, executor: Executor): ReturnType<Executor> {
    const authorized = this.authorize(context, this.viewerOf(context.context));
    const operationName = context.request.operationName ?? null;
    if (authorized === 'all-allowed') {
      if (context.source) this.remember(context.source, operationName);
      return executor(context);
    }
    const source = print(authorized.document);
    if (authorized.operation.selectionSet.selections.length > 0)
      this.remember(source, operationName);
    const result =
      authorized.operation.selectionSet.selections.length > 0
        ? await executor({
            ...context,
            document: authorized.document,
            operation: authorized.operation,
            source,
            // The plan cache is keyed by this hash: a filtered operation has a plan of its own.
            queryHash: createHash('sha256').update(source).digest('hex'),
          })
        : { data: {} };
    const shaped = applyDenials(result.data, authorized);
    return {
      ...result,
      data: shaped.data,
      errors: [
        ...(result.errors ?? []),
        ...shaped.errors.map(
          (error) =>
            new GraphQLError(error.message, { path: error.path, extensions: error.extensions }),
        ),
      ],
    };
  }
}
