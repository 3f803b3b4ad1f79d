import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { type CenterSubgraph, centerSubgraph } from './center-subgraph.js';

/** The agencies' subgraphs, as they are in the repository; each owns itself. */
const AGENCIES = ['city', 'districts', 'fiftyplus', 'ministry'] as const;

export interface BenchSubgraph {
  readonly name: string;
  readonly owner: string;
  readonly sdl: string;
  readonly resolvers?: CenterSubgraph['resolvers'];
}

/** The four agencies and `centers` generated regional centers (`center-01` …). */
export async function networkSubgraphs(centers: number): Promise<BenchSubgraph[]> {
  const agencies = await Promise.all(
    AGENCIES.map(async (name) => ({
      name,
      owner: name,
      sdl: await readFile(
        fileURLToPath(new URL(`../../../subgraphs/${name}/schema.graphql`, import.meta.url)),
        'utf8',
      ),
    })),
  );
  const generated = Array.from({ length: centers }, (_, index) => centerSubgraph(index + 1));
  return [...agencies, ...generated];
}
