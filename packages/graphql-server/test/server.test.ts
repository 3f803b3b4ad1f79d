import { ApolloServer } from '@apollo/server';
import { createLogger } from '@jobgraph/runtime';
import { GraphQLError } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  badUserInput,
  createErrorFormatter,
  type GraphQLHttpServer,
  respondJson,
  serveGraphQL,
} from '../src/index.js';

class DriverError extends Error {}

let server: GraphQLHttpServer;
const logged: unknown[] = [];

async function startServer(): Promise<GraphQLHttpServer> {
  const logger = createLogger({ service: 'test', level: 'silent' });
  logger.error = ((payload: unknown) => {
    logged.push(payload);
  }) as typeof logger.error;
  const apollo = new ApolloServer({
    typeDefs:
      'type Query { ok: String, bad(n: Int!): String, broken: String, known: String, slow: String }',
    resolvers: {
      Query: {
        ok: () => 'yes',
        bad: (_: unknown, { n }: { n: number }) => {
          throw badUserInput(`n must be positive, got ${n}`, [{ field: 'n', message: 'positive' }]);
        },
        broken: () => {
          throw new DriverError('relation "city.secret" does not exist at 10.0.0.7:5432');
        },
        known: () => {
          throw new DriverError('known failure');
        },
        slow: () => new Promise((resolve) => setTimeout(() => resolve('done'), 300)),
      },
    },
    formatError: createErrorFormatter(logger, (error) =>
      error instanceof DriverError && error.message === 'known failure'
        ? { code: 'SERVICE_UNAVAILABLE', message: 'try later' }
        : undefined,
    ),
    includeStacktraceInErrorResponses: true,
    stopOnTerminationSignals: false,
  });
  await apollo.start();
  return serveGraphQL({
    apollo,
    host: '127.0.0.1',
    port: 0,
    bodyLimitBytes: 2048,
    context: async () => ({}),
    routes: {
      '/health': async (_request, response) => respondJson(response, 200, { status: 'ok' }),
    },
  });
}

beforeAll(async () => {
  server = await startServer();
});
afterAll(() => server?.close());

async function post(body: string, contentType = 'application/json', url = server.url) {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': contentType },
    body,
  });
  return { status: response.status, body: (await response.json()) as Record<string, unknown> };
}

describe('serveGraphQL', () => {
  it('answers GraphQL and plain routes', async () => {
    expect((await post('{"query":"{ ok }"}')).body).toEqual({ data: { ok: 'yes' } });
    const health = await fetch(server.url.replace('/graphql', '/health'));
    expect(await health.json()).toEqual({ status: 'ok' });
    expect((await fetch(server.url.replace('/graphql', '/nope'))).status).toBe(404);
  });

  it('refuses a body over the limit with 413 before parsing it', async () => {
    const { status, body } = await post(JSON.stringify({ query: `{ ok } #${'x'.repeat(4096)}` }));
    expect(status).toBe(413);
    expect(JSON.stringify(body)).toContain('exceeds 2048 bytes');
  });

  it('refuses invalid JSON with 400', async () => {
    const { status, body } = await post('{"query": ');
    expect(status).toBe(400);
    expect(JSON.stringify(body)).toContain('not valid JSON');
  });

  it('lets requests in flight finish when closing, then refuses new ones', async () => {
    const draining = await startServer();
    const pending = post('{"query":"{ slow }"}', 'application/json', draining.url);
    await new Promise((resolve) => setTimeout(resolve, 50));
    const closing = draining.close(2000);
    expect((await pending).body).toEqual({ data: { slow: 'done' } });
    await closing;
    await expect(post('{"query":"{ ok }"}', 'application/json', draining.url)).rejects.toThrow();
  });
});

describe('the error boundary', () => {
  it('keeps public errors with their code and problems, without stack traces', async () => {
    const { body } = await post('{"query":"{ bad(n: -1) }"}');
    const [error] = body.errors as Array<{ message: string; extensions: Record<string, unknown> }>;
    expect(error?.message).toBe('n must be positive, got -1');
    expect(error?.extensions).toEqual({
      code: 'BAD_USER_INPUT',
      problems: [{ field: 'n', message: 'positive' }],
    });
  });

  it('hides internal errors behind an incident id and logs the cause', async () => {
    const { body } = await post('{"query":"{ broken }"}');
    const text = JSON.stringify(body);
    expect(text).not.toContain('city.secret');
    expect(text).not.toContain('10.0.0.7');
    expect(text).not.toContain('stacktrace');
    const [error] = body.errors as Array<{
      message: string;
      extensions: { code: string; incident: string };
    }>;
    expect(error?.message).toBe('Internal error');
    expect(error?.extensions.code).toBe('INTERNAL');
    expect(JSON.stringify(logged)).toContain(error?.extensions.incident);
  });

  it('classifies known failures', async () => {
    const { body } = await post('{"query":"{ known }"}');
    expect(body.errors).toEqual([
      {
        message: 'try later',
        locations: [{ line: 1, column: 3 }],
        path: ['known'],
        extensions: { code: 'SERVICE_UNAVAILABLE' },
      },
    ]);
  });

  it('passes protocol errors through', async () => {
    const { body } = await post('{"query":"{ nope }"}');
    const [error] = body.errors as Array<{ extensions: { code: string } }>;
    expect(error?.extensions.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(new GraphQLError('x').extensions).toEqual({});
  });
});
