import { createScratchDatabase, type ScratchDatabase } from '@jobgraph/db/testing';
import { inject } from 'vitest';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Set by the global setup: the test run's PostgreSQL, with the right to create databases. */
    adminDatabaseUrl: string;
  }
}

/** A database of its own for the calling test file, so files run in parallel. */
export function scratchDatabase(label: string): Promise<ScratchDatabase> {
  return createScratchDatabase(inject('adminDatabaseUrl'), label);
}
