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

/**
 * Apollo Gateway with the federation authorization directives enforced, which @apollo/gateway
 * does not do by itself: before planning, fields the caller may not see are removed from the
 * operation (so never fetched), and the answer carries null and an error at each of them.
 */
export class AuthorizingGateway implements GatewayInterface {
  private requirements: Requirements = { byCoordinate: new Map() };
  private schema: GraphQLSchema | undefined;
  private readonly cache = new Map<string, AuthorizedOperation | 'all-allowed'>();

  constructor(
    readonly inner: ApolloGateway,
    private readonly viewerOf: (context: unknown) => Viewer | undefined,
  ) {}

  onSchemaLoadOrUpdate(callback: GatewaySchemaLoadOrUpdateCallback): GatewayUnsubscriber {
    return this.inner.onSchemaLoadOrUpdate((schemaContext) => {
      this.requirements = readRequirements(schemaContext.coreSupergraphSdl);
      this.schema = schemaContext.apiSchema;
      this.cache.clear();
      callback(schemaContext);
    });
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
    if (authorized === 'all-allowed') return executor(context);
    const source = print(authorized.document);
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
