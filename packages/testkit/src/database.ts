import { createScratchDatabase, type ScratchDatabase } from '@jobgraph/db/testing';
import { inject } from 'vitest';

/** A database of its own for the calling test file, so files run in parallel. */
export function scratchDatabase(label: string): Promise<ScratchDatabase> {
  return createScratchDatabase(inject('adminDatabaseUrl'), label);
}

/**
 * A database of its own, copied from the run's template for that subgraph when there is one
 * (already migrated and seeded), else empty.
 */
export function subgraphDatabase(subgraph: string): Promise<ScratchDatabase> {
  const template = inject('templateDatabases')?.[subgraph];
  return createScratchDatabase(inject('adminDatabaseUrl'), subgraph, template);
}
