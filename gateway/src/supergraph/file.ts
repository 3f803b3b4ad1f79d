import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import type { Supergraph, SupergraphSource } from './source.js';

/** A supergraph composed elsewhere (by rover, the registry, or `jobgraph-gateway compose`). */
export function fileSupergraph(path: string): SupergraphSource {
  return {
    description: `supergraph file ${path}`,
    load: async (): Promise<Supergraph> => {
      let sdl: string;
      try {
        sdl = await readFile(path, 'utf8');
      } catch (error) {
        throw new Error(`cannot read the supergraph file ${path}: ${(error as Error).message}`);
      }
      return { id: createHash('sha256').update(sdl).digest('hex'), sdl };
    },
  };
}
