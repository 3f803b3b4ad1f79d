import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { type ApolloServer, type BaseContext, HeaderMap } from '@apollo/server';
import { HttpRequestError, readJsonBody } from './body.js';

/** A non-GraphQL route (health, readiness, static assets). */
export type RouteHandler = (request: IncomingMessage, response: ServerResponse) => Promise<void>;

export interface GraphQLHttpOptions<Context extends BaseContext> {
  readonly apollo: ApolloServer<Context>;
  readonly context: (request: IncomingMessage) => Promise<Context>;
  readonly host: string;
  readonly port: number;
  readonly path?: string;
  readonly routes?: Readonly<Record<string, RouteHandler>>;
  /** Largest request body accepted; bigger ones get 413 before they are buffered. */
  readonly bodyLimitBytes?: number;
  /** Browser origins allowed to call the endpoint (CORS); none when empty. */
  readonly corsOrigins?: readonly string[];
  /** Most operations in one batched request; batching is off at 1. */
  readonly maxBatchSize?: number;
  readonly onError?: (error: unknown) => void;
}

export interface GraphQLHttpServer {
  readonly server: Server;
  readonly port: number;
  readonly url: string;
  /** Stops accepting, lets requests in flight finish (up to `graceMs`), then closes. */
  close(graceMs?: number): Promise<void>;
}

/**
 * Apollo Server's own integration API (`executeHTTPGraphQLRequest`) on node:http: no framework
 * between the socket and GraphQL, keep-alive tuned for a gateway in front of it.
 */
export async function serveGraphQL<Context extends BaseContext>(
  options: GraphQLHttpOptions<Context>,
): Promise<GraphQLHttpServer> {
  const path = options.path ?? '/graphql';
  const bodyLimit = options.bodyLimitBytes ?? 1024 * 1024;
  const inFlight = new Set<ServerResponse>();

  const server = createServer((request, response) => {
    inFlight.add(response);
    response.on('close', () => inFlight.delete(response));
    const origin = request.headers.origin;
    if (origin && options.corsOrigins?.includes(origin)) {
      response.setHeader('access-control-allow-origin', origin);
      response.setHeader('vary', 'Origin');
    }
    handle(request, response).catch((error: unknown) => {
      options.onError?.(error);
      if (!response.headersSent) {
        respondJson(response, 500, {
          errors: [{ message: 'Internal error', extensions: { code: 'INTERNAL' } }],
        });
      } else {
        response.destroy();
      }
    });
  });
  // Longer than any client's idle timeout (the gateway's agent uses 30 s), so a client never
  // sends on a socket the server is closing.
  server.keepAliveTimeout = 65_000;
  server.headersTimeout = 66_000;
  server.requestTimeout = 60_000;

  async function handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const url = new URL(request.url ?? '/', 'http://localhost');
    const route = options.routes?.[url.pathname];
    if (route) return route(request, response);
    if (url.pathname !== path) {
      respondJson(response, 404, { error: 'not found' });
      return;
    }
    if (request.method === 'OPTIONS') {
      const allowed = response.hasHeader('access-control-allow-origin');
      response.writeHead(allowed ? 204 : 403, {
        ...(allowed
          ? {
              'access-control-allow-methods': 'GET, POST',
              'access-control-allow-headers':
                'content-type, authorization, x-access-reason, apollo-require-preflight',
              'access-control-max-age': '600',
            }
          : {}),
      });
      response.end();
      return;
    }
    let body: unknown;
    try {
      body = request.method === 'POST' ? await readJsonBody(request, bodyLimit) : undefined;
    } catch (error) {
      if (error instanceof HttpRequestError) {
        respondJson(response, error.status, {
          errors: [{ message: error.message, extensions: { code: 'BAD_REQUEST' } }],
        });
        return;
      }
      throw error;
    }
    const maxBatch = options.maxBatchSize ?? 1;
    if (Array.isArray(body) && maxBatch > 1 && body.length > maxBatch) {
      respondJson(response, 400, {
        errors: [
          {
            message: `a batch of ${body.length} operations is more than the ${maxBatch} allowed`,
            extensions: { code: 'BAD_REQUEST' },
          },
        ],
      });
      return;
    }
    const headers = new HeaderMap();
    for (const [name, value] of Object.entries(request.headers)) {
      if (value !== undefined) headers.set(name, Array.isArray(value) ? value.join(', ') : value);
    }
    const result = await options.apollo.executeHTTPGraphQLRequest({
      httpGraphQLRequest: { method: request.method ?? 'GET', headers, search: url.search, body },
      context: () => options.context(request),
    });
    for (const [name, value] of result.headers) response.setHeader(name, value);
    response.statusCode = result.status ?? 200;
    if (result.body.kind === 'complete') {
      response.end(result.body.string);
      return;
    }
    for await (const chunk of result.body.asyncIterator) response.write(chunk);
    response.end();
  }

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, options.host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const { port } = server.address() as AddressInfo;
  const shownHost =
    options.host === '0.0.0.0' || options.host === '::' ? 'localhost' : options.host;

  return {
    server,
    port,
    url: `http://${shownHost}:${port}${path}`,
    close: async (graceMs = 10_000) => {
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      server.closeIdleConnections();
      const deadline = Date.now() + graceMs;
      while (inFlight.size > 0 && Date.now() < deadline) {
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
      server.closeAllConnections();
      await closed;
    },
  };
}

export function respondJson(response: ServerResponse, status: number, payload: unknown): void {
  const text = JSON.stringify(payload);
  response.writeHead(status, {
    'content-type': 'application/json; charset=utf-8',
    'content-length': Buffer.byteLength(text),
  });
  response.end(text);
}
