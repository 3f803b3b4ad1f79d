import type { Sql } from '@jobgraph/db';
import type { Logger } from '@jobgraph/runtime';
import type { PostgresJsDatabase } from 'drizzle-orm/postgres-js';
import type { CryptoKey } from 'jose';
import type { AnalysisPool } from './check/worker-pool.js';
import type * as tables from './db/schema.js';

export type RegistryDatabase = PostgresJsDatabase<typeof tables>;
/** A transaction of the registry's database (drizzle's, typed by our tables). */
export type RegistryTransaction = Parameters<Parameters<RegistryDatabase['transaction']>[0]>[0];
export type Queryable = RegistryDatabase | RegistryTransaction;

/** What the registry's operations share. */
export interface RegistryContext {
  readonly db: RegistryDatabase;
  readonly sql: Sql;
  readonly pool: AnalysisPool;
  readonly signingKey: CryptoKey;
  readonly logger: Logger;
  readonly settings: {
    /** A breaking change to coordinates no operation used in this many days is safe. */
    readonly usageWindowDays: number;
    /** How long to wait for a subgraph's `_service { sdl }` before calling it unreachable. */
    readonly driftTimeoutMs: number;
  };
}

/** Who is calling: the token's identity, never its secret. */
export interface Principal {
  readonly tokenId: string;
  readonly role: 'admin' | 'publisher' | 'gateway';
  readonly owner: string | null;
  readonly label: string;
  readonly clientAddress: string | undefined;
}
