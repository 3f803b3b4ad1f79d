import { createScratchDatabase, type ScratchDatabase } from '@jobgraph/db/testing';
import { inject } from 'vitest';

/** A database of its own for the calling test file, so files run in parallel. */
export function scratchDatabase(label: string): Promise<ScratchDatabase> {
  return createScratchDatabase(inject('adminDatabaseUrl'), label);
}
