import postgres, { type Sql } from 'postgres';

export type { Sql };

export interface ConnectOptions {
  readonly url: string;
  readonly poolSize: number;
  /** Server-side limit for any one statement, so a runaway query cannot hold a connection. */
  readonly statementTimeoutMs: number;
  readonly applicationName: string;
  /** Called for every statement sent; used to count statements per request in tests. */
  readonly onStatement?: (query: string) => void;
}

/** The one way jobgraph opens a connection pool: postgres.js, with our settings. */
export function connect(options: ConnectOptions): Sql {
  return postgres(options.url, {
    max: options.poolSize,
    idle_timeout: 30,
    connect_timeout: 10,
    onnotice: () => undefined,
    connection: {
      application_name: options.applicationName,
      statement_timeout: options.statementTimeoutMs,
    },
    ...(options.onStatement
      ? { debug: (_connection: number, query: string) => options.onStatement?.(query) }
      : {}),
  });
}

/** postgres.js reads the array types once on each new connection, whatever the request. */
const DRIVER_TYPE_LOOKUP = /from pg_catalog\.pg_type a/;

/**
 * Counts the statements the application sends; `connect({ onStatement: counter.record })`. The
 * driver's own type lookup on a fresh connection is not the application's and is not counted,
 * so a count does not depend on how warm the pool happens to be.
 */
export class StatementCounter {
  private total = 0;
  readonly record = (query: string): void => {
    if (DRIVER_TYPE_LOOKUP.test(query)) return;
    this.total += 1;
  };
  get count(): number {
    return this.total;
  }
}
