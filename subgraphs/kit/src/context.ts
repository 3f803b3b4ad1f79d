import type { Viewer } from '@jobgraph/auth';
import type { Sql } from '@jobgraph/db';
import type { Logger } from '@jobgraph/runtime';
import type { PostgresJsDatabase } from 'drizzle-orm/postgres-js';
import type { AccessRecorder } from './access-log.js';
import type { LoaderRegistry } from './loaders.js';

export type Tables = Record<string, unknown>;
export type SubgraphDatabase<T extends Tables> = PostgresJsDatabase<T>;

/**
 * What every resolver of a subgraph gets: who is asking (as the gateway signed it; undefined for
 * anyone else), this request's loaders, the database, a logger, the access recorder.
 */
export interface SubgraphContext<T extends Tables> {
  readonly requestId: string;
  readonly viewer: Viewer | undefined;
  readonly access: AccessRecorder;
  readonly logger: Logger;
  readonly db: SubgraphDatabase<T>;
  readonly sql: Sql;
  readonly loaders: LoaderRegistry<SubgraphContext<T>>;
}
