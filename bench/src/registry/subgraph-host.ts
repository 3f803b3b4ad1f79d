import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';
import { buildSubgraphSchema } from '@apollo/subgraph';
import { type GraphQLSchema, graphql, parse } from 'graphql';

/** The resolver map `buildSubgraphSchema` takes. */
export type SubgraphResolvers = NonNullable<
  Extract<Parameters<typeof buildSubgraphSchema>[0], { typeDefs: unknown }>['resolvers']
>;

/**
 * Many subgraph services behind one HTTP server on 127.0.0.1, each at `/s/<name>/graphql`:
 * real @apollo/subgraph schemas answering `_service { sdl }`, `_entities` and queries, each
 * redeployable in place (a new SDL at the same URL, as a center's service between versions).
 */
export interface SubgraphHost {
  /** Serves (or redeploys) a subgraph; returns its URL. */
  deploy(name: string, sdl: string, resolvers?: SubgraphResolvers): string;
  url(name: string): string;
  close(): Promise<void>;
}

const PATH = /^\/s\/([a-z][a-z0-9-]*)\/graphql$/;

async function readBody(request: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

export async function startSubgraphHost(): Promise<SubgraphHost> {
  const schemas = new Map<string, GraphQLSchema>();
  const server = createServer((request, response) => {
    const match = PATH.exec(new URL(request.url ?? '/', 'http://host.invalid').pathname);
    const schema = match ? schemas.get(match[1] as string) : undefined;
    if (!schema || request.method !== 'POST') {
      response.writeHead(404).end();
      return;
    }
    readBody(request)
      .then(async (text) => {
        const body = JSON.parse(text || '{}') as {
          query?: string;
          variables?: Record<string, unknown>;
          operationName?: string;
        };
        const result = await graphql({
          schema,
          source: body.query ?? '',
          variableValues: body.variables ?? null,
          operationName: body.operationName ?? null,
        });
        response.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(result));
      })
      .catch(() => {
        if (!response.headersSent) response.writeHead(400).end();
      });
  });
  server.keepAliveTimeout = 65_000;
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', resolve);
  });
  const { port } = server.address() as AddressInfo;
  const url = (name: string) => `http://127.0.0.1:${port}/s/${name}/graphql`;
  return {
    deploy: (name, sdl, resolvers) => {
      schemas.set(
        name,
        buildSubgraphSchema({ typeDefs: parse(sdl), ...(resolvers ? { resolvers } : {}) }),
      );
      return url(name);
    },
    url,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
