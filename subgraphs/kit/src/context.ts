import type { Sql } from '@jobgraph/db';
import type { Logger } from '@jobgraph/runtime';
import type { PostgresJsDatabase } from 'drizzle-orm/postgres-js';
import type { LoaderRegistry } from './loaders.js';

export type Tables = Record<string, unknown>;
export type SubgraphDatabase<T extends Tables> = PostgresJsDatabase<T>;

/** What every resolver of a subgraph gets: this request's loaders, the database, a logger. */
export interface SubgraphContext<T extends Tables> {
  readonly requestId: string;
  readonly logger: Logger;
  readonly db: SubgraphDatabase<T>;
  readonly sql: Sql;
  readonly loaders: LoaderRegistry<SubgraphContext<T>>;
}
