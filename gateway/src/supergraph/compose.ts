import { createHash } from 'node:crypto';
import { composeServices } from '@apollo/composition';
import { parse } from 'graphql';
import type { Fetcher } from '../fetcher.js';
import type { Supergraph, SupergraphSource } from './source.js';

export interface SubgraphEndpoint {
  readonly name: string;
  readonly url: string;
}

const SERVICE_SDL_QUERY = 'query __ApolloGetServiceDefinition__ { _service { sdl } }';

/** Thrown when the subgraphs' schemas do not compose; each message names its subgraph. */
export class CompositionError extends Error {
  constructor(readonly problems: readonly string[]) {
    super(
      `the subgraphs do not compose:\n${problems.map((problem) => `  - ${problem}`).join('\n')}`,
    );
    this.name = 'CompositionError';
  }
}

export async function fetchSubgraphSdl(
  fetcher: Fetcher,
  endpoint: SubgraphEndpoint,
): Promise<string> {
  const response = await fetcher(endpoint.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: SERVICE_SDL_QUERY }),
  });
  if (!response.ok) throw new Error(`${endpoint.name} answered HTTP ${response.status}`);
  const body = (await response.json()) as { data?: { _service?: { sdl?: string } } };
  const sdl = body.data?._service?.sdl;
  if (!sdl) throw new Error(`${endpoint.name} did not return its SDL`);
  return sdl;
}

/** Composes a supergraph from subgraph SDLs with @apollo/composition. */
export function composeSupergraph(
  subgraphs: ReadonlyArray<SubgraphEndpoint & { readonly sdl: string }>,
): Supergraph {
  const result = composeServices(
    subgraphs.map(({ name, url, sdl }) => ({ name, url, typeDefs: parse(sdl) })),
  );
  if (result.errors) {
    throw new CompositionError(result.errors.map((error) => error.message));
  }
  const sdl = result.supergraphSdl;
  return { id: createHash('sha256').update(sdl).digest('hex'), sdl };
}

export interface ComposeOptions {
  readonly subgraphs: readonly SubgraphEndpoint[];
  readonly fetcher: Fetcher;
  /** How long to wait for subgraphs that are still starting. */
  readonly waitMs: number;
  readonly log?: (message: string) => void;
}

/**
 * Composes at start from the running subgraphs' `_service { sdl }`, waiting for those still
 * starting; a subgraph that never answers is named in the error.
 */
export function composeFromSubgraphs(options: ComposeOptions): SupergraphSource {
  return {
    description: `composition of ${options.subgraphs.map((subgraph) => subgraph.name).join(', ')}`,
    load: async () => {
      const deadline = Date.now() + options.waitMs;
      const sdls = await Promise.all(
        options.subgraphs.map(async (endpoint) => {
          for (let attempt = 1; ; attempt += 1) {
            try {
              return { ...endpoint, sdl: await fetchSubgraphSdl(options.fetcher, endpoint) };
            } catch (error) {
              if (Date.now() > deadline) {
                throw new Error(
                  `subgraph ${endpoint.name} at ${endpoint.url} did not answer: ${(error as Error).message}`,
                );
              }
              if (attempt === 1) options.log?.(`waiting for subgraph ${endpoint.name}`);
              await new Promise((resolve) => setTimeout(resolve, Math.min(1000, 100 * attempt)));
            }
          }
        }),
      );
      return composeSupergraph(sdls);
    },
  };
}
