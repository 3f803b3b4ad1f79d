// The augmented module must be part of the program for the augmentation to apply.
import type {} from 'vitest';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Set by the test run's global setup: its PostgreSQL, with the right to create databases. */
    adminDatabaseUrl: string;
    /** Template databases prepared once for the run, by subgraph name (migrated and seeded). */
    templateDatabases: Record<string, string>;
    /** The run's gateway identity key pair (Ed25519 JWK JSON): subgraphs trust the public one. */
    gatewayIdentityKeys: { privateJwk: string; publicJwk: string };
  }
}
