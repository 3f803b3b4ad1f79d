import { randomUUID } from 'node:crypto';
import { ApolloGateway } from '@apollo/gateway';
import { ApolloServer, type BaseContext } from '@apollo/server';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import {
  createErrorFormatter,
  ErrorCode,
  respondJson,
  serveGraphQL,
} from '@jobgraph/graphql-server';
import { createLogger, type Logger } from '@jobgraph/runtime';
import { subgraphDataSource } from './data-source.js';
import type { GatewayConfig } from './env.js';
import { createKeepAliveFetcher, SubgraphFetchError } from './fetcher.js';
import { graphiqlAssetRoutes } from './graphiql/assets.js';
import { graphiqlLandingPage } from './graphiql/landing-page.js';
import { composeFromSubgraphs } from './supergraph/compose.js';
import { fileSupergraph } from './supergraph/file.js';
import type { SupergraphSource } from './supergraph/source.js';
import { readKnownOperations, warmQueryPlans } from './warm.js';

export interface GatewayContext extends BaseContext {
  readonly requestId: string;
}

export interface RunningGateway {
  readonly url: string;
  readonly port: number;
  readonly gateway: ApolloGateway;
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
  const source: SupergraphSource =
    config.supergraph.kind === 'file'
      ? fileSupergraph(config.supergraph.path)
      : composeFromSubgraphs({
          subgraphs: config.supergraph.subgraphs,
          fetcher,
          waitMs: config.supergraph.waitMs,
          log: (message) => logger.info(message),
        });

  const initial = await source.load();
  logger.info({ source: source.description, id: initial.id.slice(0, 12) }, 'supergraph loaded');
  const gateway = new ApolloGateway({
    supergraphSdl: async ({ update }) => {
      const stopWatching = source.watch?.((next) => update(next.sdl));
      return {
        supergraphSdl: initial.sdl,
        cleanup: async () => stopWatching?.(),
      };
    },
    buildService: ({ url }) => {
      if (!url) throw new Error('a subgraph in the supergraph has no URL');
      return subgraphDataSource(url, fetcher);
    },
    logger,
  });

  const endpoint = '/graphql';
  const apollo = new ApolloServer<GatewayContext>({
    gateway,
    formatError: createErrorFormatter(logger, classifyGatewayError),
    includeStacktraceInErrorResponses: false,
    // runMain owns signals: it drains HTTP first, then stops Apollo.
    stopOnTerminationSignals: false,
    logger,
    plugins: [
      config.graphiql ? graphiqlLandingPage(endpoint) : ApolloServerPluginLandingPageDisabled(),
    ],
  });
  await apollo.start();

  const known = await readKnownOperations(config.knownOperationsDir);
  const warmed = await warmQueryPlans(gateway, known);
  logger.info({ warmed }, 'query plans warmed');

  const http = await serveGraphQL({
    apollo,
    host: config.http.host,
    port: config.http.port,
    path: endpoint,
    bodyLimitBytes: config.http.bodyLimitBytes,
    onError: (error) => logger.error({ err: error }, 'request failed outside GraphQL'),
    context: async () => ({ requestId: randomUUID() }),
    routes: {
      '/health': async (_request, response) => respondJson(response, 200, { status: 'ok' }),
      '/ready': async (_request, response) =>
        respondJson(response, 200, { status: 'ready', supergraph: initial.id.slice(0, 12) }),
      ...(config.graphiql ? graphiqlAssetRoutes() : {}),
    },
  });
  logger.info({ url: http.url }, 'gateway ready');

  return {
    url: http.url,
    port: http.port,
    gateway,
    logger,
    stop: async () => {
      await http.close();
      await apollo.stop();
      fetcher.destroy();
    },
  };
}
