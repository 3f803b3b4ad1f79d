import { randomUUID } from 'node:crypto';
import { ApolloGateway } from '@apollo/gateway';
import { ApolloServer, type ApolloServerPlugin, type BaseContext } from '@apollo/server';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import { importInternalKey, signIdentity, type Viewer } from '@jobgraph/auth';
import {
  createErrorFormatter,
  ErrorCode,
  respondJson,
  serveGraphQL,
} from '@jobgraph/graphql-server';
import { createLogger, type Logger } from '@jobgraph/runtime';
import { RegistryClient } from '@jobgraph/schema-registry/client';
import { AuthorizingGateway } from './authorization/authorizing-gateway.js';
import { type IdentityCarrier, subgraphDataSource } from './data-source.js';
import type { GatewayConfig } from './env.js';
import { createKeepAliveFetcher, SubgraphFetchError } from './fetcher.js';
import { graphiqlAssetRoutes } from './graphiql/assets.js';
import { graphiqlLandingPage } from './graphiql/landing-page.js';
import { createAuthenticator } from './identity/authenticate.js';
import { acceptAuthorizationFeatures } from './supergraph/authorization-features.js';
import { composeFromSubgraphs } from './supergraph/compose.js';
import { fileSupergraph } from './supergraph/file.js';
import { registrySupergraph } from './supergraph/registry.js';
import type { SupergraphSource } from './supergraph/source.js';
import { usageReportingPlugin } from './usage/plugin.js';
import { UsageReporter } from './usage/reporter.js';
import { readKnownOperations, warmInBackground, warmQueryPlans } from './warm.js';

/** How long a supergraph switch may spend planning recent operations before it happens. */
const PRE_SWITCH_WARM_MS = 100;

export interface GatewayContext extends BaseContext, IdentityCarrier {
  readonly requestId: string;
  /** Who is asking, from their verified token; undefined for nobody. */
  readonly viewer: Viewer | undefined;
}

export interface RunningGateway {
  readonly url: string;
  readonly port: number;
  readonly gateway: ApolloGateway;
  readonly authorization: AuthorizingGateway;
  readonly logger: Logger;
  stop(): Promise<void>;
}

/** A subgraph that did not answer becomes a public error at its path; other data still returns. */
function classifyGatewayError(error: unknown) {
  if (error instanceof SubgraphFetchError) {
    return {
      code: ErrorCode.SERVICE_UNAVAILABLE,
      message: 'A service this part of the query needs is unavailable; the rest is answered.',
    };
  }
  return undefined;
}

export async function startGateway(config: GatewayConfig): Promise<RunningGateway> {
  const logger = createLogger({ service: 'gateway', level: config.logLevel });
  const fetcher = createKeepAliveFetcher({
    timeoutMs: config.subgraphFetch.timeoutMs,
    maxSocketsPerSubgraph: config.subgraphFetch.maxSockets,
  });
  const supergraphConfig = config.supergraph;
  const source: SupergraphSource =
    supergraphConfig.kind === 'registry'
      ? registrySupergraph({
          ...supergraphConfig,
          publicKey: await importInternalKey(supergraphConfig.publicKey),
          logger,
        })
      : supergraphConfig.kind === 'file'
        ? fileSupergraph(supergraphConfig.path)
        : composeFromSubgraphs({
            subgraphs: supergraphConfig.subgraphs,
            fetcher,
            waitMs: supergraphConfig.waitMs,
            log: (message) => logger.info(message),
          });

  const usage =
    supergraphConfig.kind === 'registry'
      ? new UsageReporter(
          new RegistryClient({ url: supergraphConfig.url, token: supergraphConfig.token }),
          logger,
          supergraphConfig.usageFlushMs,
        )
      : undefined;

  let live = await source.load();
  logger.info({ source: source.description, id: live.id.slice(0, 12) }, 'supergraph loaded');
  const gateway = new ApolloGateway({
    supergraphSdl: async ({ update }) => {
      const stopWatching = source.watch?.((next) => {
        const started = performance.now();
        try {
          // Synchronous: the new schema, its warmed plans and Apollo's switch happen together;
          // requests already running finish on the plans they were given.
          update(acceptAuthorizationFeatures(next.sdl));
          live = next;
          logger.info(
            { id: next.id, ms: Math.round(performance.now() - started) },
            'supergraph updated',
          );
          return true;
        } catch (error) {
          logger.error(
            { err: error, id: next.id },
            'could not switch to the new supergraph; keeping the current one',
          );
          return false;
        }
      });
      return {
        supergraphSdl: acceptAuthorizationFeatures(live.sdl),
        cleanup: async () => stopWatching?.(),
      };
    },
    // A supergraph from the registry was validated by its composition and is verified by its
    // signature; validating it again would double the cost of every switch.
    validateSupergraph: supergraphConfig.kind !== 'registry',
    buildService: ({ url }) => {
      if (!url) throw new Error('a subgraph in the supergraph has no URL');
      return subgraphDataSource(url, fetcher);
    },
    logger,
  });

  const known = await readKnownOperations(config.knownOperationsDir);
  let switched = false;
  const authorization: AuthorizingGateway = new AuthorizingGateway(
    gateway,
    (context) => (context as GatewayContext).viewer,
    () => {
      // Before Apollo switches to a new supergraph: plan the operations clients used lately,
      // newest first, within a budget (the switch waits for it); the rest and the known
      // operations are planned right after, between requests.
      const first = !switched;
      switched = true;
      const recent = authorization.recentOperations().reverse();
      const before = warmQueryPlans(
        gateway,
        first ? [...known, ...recent] : recent,
        first ? Number.POSITIVE_INFINITY : performance.now() + PRE_SWITCH_WARM_MS,
      );
      warmInBackground(gateway, first ? before.rest : [...before.rest, ...known], (after) =>
        logger.info({ warmed: before.warmed + after }, 'query plans warmed'),
      );
    },
  );
  const authenticator = createAuthenticator(config.auth, (error) =>
    logger.warn(
      { err: error },
      'could not refresh the identity provider’s keys; keeping the last ones',
    ),
  );
  const signingKey = config.identitySigningKey
    ? await importInternalKey(config.identitySigningKey)
    : undefined;
  if (!signingKey) logger.warn('no identity signing key: subgraphs see every caller as anonymous');

  // Operation limits from graphql-armor; field suggestions would map the schema in production.
  const armor = new ApolloArmor({
    maxDepth: { n: config.limits.depth },
    maxAliases: { n: config.limits.aliases },
    maxDirectives: { n: config.limits.directives },
    // graphql-armor's token limit throws from a plugin hook, which Apollo answers with HTTP 500;
    // graphql-js's own limit (parseOptions below) refuses the same documents as a 400.
    maxTokens: { enabled: false },
    costLimit: { maxCost: config.limits.cost },
    blockFieldSuggestion: { enabled: config.mode === 'production' },
  }).protect();

  const endpoint = '/graphql';
  const apollo = new ApolloServer<GatewayContext>({
    gateway: authorization,
    formatError: createErrorFormatter(logger, classifyGatewayError),
    includeStacktraceInErrorResponses: false,
    introspection: config.introspection,
    parseOptions: { maxTokens: config.limits.tokens },
    allowBatchedHttpRequests: config.limits.batch > 1,
    validationRules: armor.validationRules,
    // runMain owns signals: it drains HTTP first, then stops Apollo.
    stopOnTerminationSignals: false,
    logger,
    plugins: [
      // graphql-armor's typings name Apollo Server's CommonJS build; the plugins are the same.
      ...(armor.plugins as unknown as Array<ApolloServerPlugin<GatewayContext>>),
      ...(usage ? [usageReportingPlugin(usage) as ApolloServerPlugin<GatewayContext>] : []),
      config.graphiql
        ? (graphiqlLandingPage(endpoint) as ApolloServerPlugin<GatewayContext>)
        : ApolloServerPluginLandingPageDisabled(),
    ],
  });
  await apollo.start();

  const http = await serveGraphQL({
    apollo,
    host: config.http.host,
    port: config.http.port,
    path: endpoint,
    bodyLimitBytes: config.http.bodyLimitBytes,
    onError: (error) => logger.error({ err: error }, 'request failed outside GraphQL'),
    corsOrigins: config.corsOrigins,
    maxBatchSize: config.limits.batch,
    context: async (request) => {
      const viewer = await authenticator.viewerFor(request);
      let signed: Promise<string | undefined> | undefined;
      return {
        requestId: randomUUID(),
        viewer,
        // Signed once, on the first subgraph call that needs it.
        signedIdentity: () => {
          signed ??=
            viewer && signingKey ? signIdentity(viewer, signingKey) : Promise.resolve(undefined);
          return signed;
        },
      };
    },
    routes: {
      '/health': async (_request, response) => respondJson(response, 200, { status: 'ok' }),
      '/ready': async (_request, response) =>
        respondJson(response, 200, { status: 'ready', supergraph: live.id.slice(0, 12) }),
      ...(config.graphiql ? graphiqlAssetRoutes() : {}),
    },
  });
  logger.info({ url: http.url }, 'gateway ready');

  return {
    url: http.url,
    port: http.port,
    gateway,
    authorization,
    logger,
    stop: async () => {
      await http.close();
      await apollo.stop();
      await usage?.stop();
      authenticator.close();
      fetcher.destroy();
    },
  };
}
