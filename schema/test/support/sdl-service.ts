import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { buildSubgraphSchema } from '@apollo/subgraph';
import { type GraphQLSchema, graphql, parse } from 'graphql';

export type Resolvers = Record<string, Record<string, unknown>>;

/**
 * A real subgraph service whose schema can be redeployed in place, as a center's service is
 * between versions: it answers `_service { sdl }` and queries with the given resolvers.
 */
export interface SdlService {
  readonly url: string;
  deploy(sdl: string, resolvers?: Resolvers): void;
  close(): Promise<void>;
}

export async function startSdlService(sdl: string, resolvers: Resolvers = {}): Promise<SdlService> {
  let schema: GraphQLSchema;
  const deploy = (next: string, nextResolvers: Resolvers = resolvers) => {
    schema = buildSubgraphSchema({
      typeDefs: parse(next),
      resolvers: nextResolvers as Parameters<typeof buildSubgraphSchema>[0] extends {
        resolvers?: infer R;
      }
        ? R
        : never,
    });
  };
  deploy(sdl, resolvers);
  const server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      const body = JSON.parse(Buffer.concat(chunks).toString('utf8') || '{}') as {
        query?: string;
        variables?: Record<string, unknown>;
      };
      graphql({ schema, source: body.query ?? '', variableValues: body.variables ?? null }).then(
        (result) => {
          const text = JSON.stringify(result);
          response.writeHead(200, { 'content-type': 'application/json' }).end(text);
        },
        () => response.writeHead(500).end(),
      );
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/graphql`,
    deploy,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
